<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms only (the source texts write "(s)"); kept by hand beside the bokmål catalogue. -->
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>fv::ApplicationForm</name>
    <message numerus="yes">
        <source>%1 – %n to fix</source>
        <translation>
            <numerusform>%1 – %n to fix</numerusform>
            <numerusform>%1 – %n to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The application is not saved: %n field(s) to put right.</source>
        <translation>
            <numerusform>The application is not saved: %n field to put right.</numerusform>
            <numerusform>The application is not saved: %n fields to put right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, each marked in red at its field.</source>
        <translation>
            <numerusform>… and %n more, each marked in red at its field.</numerusform>
            <numerusform>… and %n more, each marked in red at its field.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fv::CaseView</name>
    <message numerus="yes">
        <source>%n earlier version(s) kept.</source>
        <translation>
            <numerusform>%n earlier version kept.</numerusform>
            <numerusform>%n earlier versions kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fv::CaseworkPanel</name>
    <message numerus="yes">
        <source>All %n required check(s) settled.</source>
        <translation>
            <numerusform>All %n required check settled.</numerusform>
            <numerusform>All %n required checks settled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 (%n working day(s))</source>
        <translation>
            <numerusform>%1–%2 (%n working day)</numerusform>
            <numerusform>%1–%2 (%n working days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fv::CaseworkText</name>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Overdue by %n working day</numerusform>
            <numerusform>Overdue by %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more dated task(s) on this case</source>
        <translation>
            <numerusform>%n more dated task on this case</numerusform>
            <numerusform>%n more dated tasks on this case</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fv::ConditionLibraryDialog</name>
    <message numerus="yes">
        <source>%n standard condition(s) saved; new decision drafts start from them.</source>
        <translation>
            <numerusform>%n standard condition saved; new decision drafts start from them.</numerusform>
            <numerusform>%n standard conditions saved; new decision drafts start from them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fv::DecisionEditor</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; = base price %2 for %n source(s) + %3 started hour(s) × %4.&lt;br&gt;%5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; = base price %2 for %n source + %3 started hour(s) × %4.&lt;br&gt;%5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; = base price %2 for %n sources + %3 started hour(s) × %4.&lt;br&gt;%5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fv::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n application(s): %1</source>
        <translation>
            <numerusform>Imported %n application: %1</numerusform>
            <numerusform>Imported %n applications: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1: %n case(s); only you can read the file.</source>
        <translation>
            <numerusform>Backup written to %1: %n case; only you can read the file.</numerusform>
            <numerusform>Backup written to %1: %n cases; only you can read the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored from %1: %n case(s). The database it replaced is kept as %2.</source>
        <translation>
            <numerusform>Restored from %1: %n case. The database it replaced is kept as %2.</numerusform>
            <numerusform>Restored from %1: %n cases. The database it replaced is kept as %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database is in order: the file is intact, the audit trail of %1 events is unbroken and all %n case(s) are whole.</source>
        <translation>
            <numerusform>The database is in order: the file is intact, the audit trail of %1 events is unbroken and its one case is whole.</numerusform>
            <numerusform>The database is in order: the file is intact, the audit trail of %1 events is unbroken and all %n cases are whole.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s):</source>
        <translation>
            <numerusform>The check found one problem:</numerusform>
            <numerusform>The check found %n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n waiting letter(s): folder for the PDF files</source>
        <translation>
            <numerusform>Send %n waiting letter: folder for the PDF files</numerusform>
            <numerusform>Send %n waiting letters: folder for the PDF files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent and saved in %1.</source>
        <translation>
            <numerusform>%n letter sent and saved in %1.</numerusform>
            <numerusform>%n letters sent and saved in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fv::TimelineView</name>
    <message numerus="yes">
        <source>Clock paused: %n working day(s)</source>
        <translation>
            <numerusform>Clock paused: %n working day</numerusform>
            <numerusform>Clock paused: %n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fv::Cli</name>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n day old</numerusform>
            <numerusform>%n days old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fv::JournalModel</name>
    <message numerus="yes">
        <source>open, %n day(s)</source>
        <translation>
            <numerusform>open, %n day</numerusform>
            <numerusform>open, %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fv::JournalWindow</name>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
</context>
</TS>
