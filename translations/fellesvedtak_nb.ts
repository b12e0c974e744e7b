<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/LetterOutput.cpp" line="17" />
        <source>Print preview – %1</source>
        <translation>Forhåndsvisning – %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="42" />
        <location filename="../app/gui/main.cpp" line="49" />
        <source>Fellesvedtak</source>
        <translation>Fellesvedtak</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43" />
        <source>The case database could not be opened.

%1</source>
        <translation>Saksdatabasen kunne ikke åpnes.

%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50" />
        <source>There is no case %1 in this database.</source>
        <translation>Det finnes ingen sak %1 i denne databasen.</translation>
    </message>
</context>
<context>
    <name>fv::ApplicationHtml</name>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="41" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="41" />
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="48" />
        <source>Medical and health research</source>
        <translation>Medisinsk og helsefaglig forskning</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="49" />
        <source>Other research</source>
        <translation>Annen forskning</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="50" />
        <source>Statistics</source>
        <translation>Statistikk</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="51" />
        <source>Health analysis</source>
        <translation>Helseanalyse</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="52" />
        <source>Quality improvement</source>
        <translation>Kvalitetsforbedring</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="53" />
        <source>Planning</source>
        <translation>Planlegging</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="54" />
        <source>Management</source>
        <translation>Styring</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="55" />
        <source>Preparedness</source>
        <translation>Beredskap</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="56" />
        <source>Clinical decision support</source>
        <translation>Klinisk beslutningsstøtte</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="65" />
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="67" />
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="69" />
        <source>Not needed</source>
        <translation>Ikke nødvendig</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="76" />
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="77" />
        <source>Indirectly identifiable</source>
        <translation>Indirekte identifiserbare</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="78" />
        <source>Directly identifiable</source>
        <translation>Direkte identifiserbare</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="86" />
        <source>Norwegian bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="87" />
        <source>Norwegian nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="88" />
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="96" />
        <source>Your ref.</source>
        <translation>Deres ref.</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="97" />
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="98" />
        <source>Language of letters</source>
        <translation>Målform i brev</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="99" />
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="100" />
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="101" />
        <source>Project period</source>
        <translation>Prosjektperiode</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="103" />
        <source>Deletion date</source>
        <translation>Slettedato</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="104" />
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="106" />
        <source>Change of</source>
        <translation>Endring av</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="108" />
        <source> (not in this database)</source>
        <translation> (ikke i denne databasen)</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="109" />
        <source>What changes</source>
        <translation>Hva endres</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="110" />
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="129" />
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="130" />
        <source>Project leader</source>
        <translation>Prosjektleder</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="131" />
        <source>Controller</source>
        <translation>Behandlingsansvarlig</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="133" />
        <source>org. no. %1</source>
        <translation>org.nr. %1</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="135" />
        <source>Persons with access</source>
        <translation>Personer med tilgang</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="143" />
        <source>GDPR</source>
        <translation>Personvernforordningen</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="144" />
        <source>Art. 6(1)(%1) and art. 9(2)(%2)</source>
        <translation>Art. 6 nr. 1 bokstav %1 og art. 9 nr. 2 bokstav %2</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="145" />
        <source>DPIA</source>
        <translation>Personvernkonsekvensvurdering (DPIA)</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="146" />
        <source>Data protection officer consulted</source>
        <translation>Personvernombud rådspurt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="149" />
        <source>Approved by the institution</source>
        <translation>Godkjent av institusjonen</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="150" />
        <source>REK approval</source>
        <translation>REK-godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="151" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="152" />
        <location filename="../ui/ApplicationHtml.cpp" line="168" />
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="153" />
        <source>Identifiability</source>
        <translation>Identifiserbarhet</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="155" />
        <source>Reasons for direct identifiers</source>
        <translation>Særlige grunner for direkte identifikasjon</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="156" />
        <source>Population</source>
        <translation>Utvalg</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="159" />
        <location filename="../ui/ApplicationHtml.cpp" line="168" />
        <source>Linkage</source>
        <translation>Sammenstilling</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="161" />
        <source>Keys: %1</source>
        <translation>Koblingsnøkler: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="164" />
        <source>External sources: %1</source>
        <translation>Eksterne kilder: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="170" />
        <source>Storage</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="173" />
        <source>Legal basis and protection</source>
        <translation>Rettslig grunnlag og personvern</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="178" />
        <source>Data sources</source>
        <translation>Datakilder</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="188" />
        <source>Not in the registry's catalogue</source>
        <translation>Finnes ikke i registerets variabelliste</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="195" />
        <source>Registry manager</source>
        <translation>Registerforvalter</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="197" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="199" />
        <source>Variables</source>
        <translation>Variabler</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="200" />
        <source>Why</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="208" />
        <source>Attachments listed</source>
        <translation>Vedlegg oppgitt</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="224" />
        <source>Case %1 · %2 · %3</source>
        <translation>Sak %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="242" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="242" />
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="242" />
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../ui/ApplicationHtml.cpp" line="243" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>fv::CaseListModel</name>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="65" />
        <source>Change: %1</source>
        <translation>Endring: %1</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="93" />
        <source>Case no.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="94" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="95" />
        <source>Your ref.</source>
        <translation>Deres ref.</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="96" />
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="97" />
        <source>Controller</source>
        <translation>Behandlingsansvarlig</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="98" />
        <source>Registries</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="99" />
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../ui/CaseListModel.cpp" line="100" />
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
</context>
<context>
    <name>fv::CaseStatus</name>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="103" />
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="104" />
        <source>Completeness check</source>
        <translation>Kontroll av komplett søknad</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="105" />
        <source>Waiting for applicant</source>
        <translation>Venter på søker</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="106" />
        <source>Under assessment</source>
        <translation>Under vurdering</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="107" />
        <source>Decision draft</source>
        <translation>Vedtaksutkast</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="108" />
        <source>Awaiting approval</source>
        <translation>Til godkjenning</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="109" />
        <source>Decided</source>
        <translation>Vedtatt</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="110" />
        <source>Letter sent</source>
        <translation>Brev sendt</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="111" />
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="112" />
        <source>Forwarded</source>
        <translation>Videresendt</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="113" />
        <source>Withdrawn</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <location filename="../core/casework/CaseStatus.cpp" line="114" />
        <source>Rejected, no reply</source>
        <translation>Avvist, ikke svart</translation>
    </message>
</context>
<context>
    <name>fv::CaseView</name>
    <message>
        <location filename="../ui/CaseView.cpp" line="26" />
        <source>granted</source>
        <translation>innvilget</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="27" />
        <source>partly granted</source>
        <translation>delvis innvilget</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="28" />
        <source>refused</source>
        <translation>avslått</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="36" />
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="37" />
        <source>Awaiting approval</source>
        <translation>Til godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="38" />
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="39" />
        <source>Superseded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="48" />
        <source>Choose a case in the list.</source>
        <translation>Velg en sak i listen.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="63" />
        <source>&amp;Application</source>
        <translation>&amp;Søknad</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="80" />
        <source>Joint &amp;decision</source>
        <translation>Felles &amp;vedtak</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="81" />
        <source>&amp;Events</source>
        <translation>&amp;Hendelser</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="115" />
        <source>&lt;b&gt;No decision yet.&lt;/b&gt; Make a draft with &lt;i&gt;Case → Make decision draft&lt;/i&gt; (Ctrl+D).</source>
        <translation>&lt;b&gt;Ikke noe vedtak ennå.&lt;/b&gt; Lag et utkast med &lt;i&gt;Sak → Lag vedtaksutkast&lt;/i&gt; (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="119" />
        <source>&lt;b&gt;Decision %1: %2&lt;/b&gt; – overall result: &lt;b&gt;%3&lt;/b&gt;. Drafted by %4</source>
        <translation>&lt;b&gt;Vedtak %1: %2&lt;/b&gt; – samlet resultat: &lt;b&gt;%3&lt;/b&gt;. Utarbeidet av %4</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="123" />
        <source>, approved by %1 on %2</source>
        <translation>, godkjent av %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="128" />
        <source>Returned with the comment: %1</source>
        <translation>Returnert med kommentaren: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CaseView.cpp" line="131" />
        <source>%n earlier version(s) kept.</source>
        <translation>
            <numerusform>%n tidligere versjon er tatt vare på.</numerusform><numerusform>%n tidligere versjoner er tatt vare på.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="134" />
        <source>Exemption from the duty of confidentiality</source>
        <translation>Dispensasjon fra taushetsplikt</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="136" />
        <source>Not needed: the data are anonymous.</source>
        <translation>Ikke nødvendig: opplysningene er anonyme.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="139" />
        <source>Granted.</source>
        <translation>Innvilget.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="139" />
        <source>Not granted.</source>
        <translation>Ikke innvilget.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="140" />
        <source>Legal basis: %1.</source>
        <translation>Hjemmel: %1.</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="141" />
        <source>Legal basis</source>
        <translation>Rettslig grunnlag</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="142" />
        <source>Reasons</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../ui/CaseView.cpp" line="143" />
        <source>Conditions</source>
        <translation>Vilkår</translation>
    </message>
</context>
<context>
    <name>fv::DecisionEntryModel</name>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="25" />
        <source>Granted</source>
        <translation>Innvilget</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="26" />
        <source>Partly granted</source>
        <translation>Delvis innvilget</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="27" />
        <source>Refused</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="28" />
        <source>Forwarded to the registry manager</source>
        <translation>Videresendt til registerforvalter</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="65" />
        <source>  (removed: %1)</source>
        <translation>  (fjernet: %1)</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="88" />
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="89" />
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="90" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="91" />
        <source>Variables</source>
        <translation>Variabler</translation>
    </message>
    <message>
        <location filename="../ui/DecisionEntryModel.cpp" line="92" />
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
</context>
<context>
    <name>fv::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="43" />
        <source>Fellesvedtak – Helsedataservice</source>
        <translation>Fellesvedtak – Helsedataservice</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69" />
        <source>&amp;New database…</source>
        <translation>&amp;Ny database …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70" />
        <source>New &amp;demo database…</source>
        <translation>Ny &amp;demodatabase …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72" />
        <source>&amp;Open database…</source>
        <translation>Å&amp;pne database …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73" />
        <source>&amp;Import applications…</source>
        <translation>&amp;Importer søknader …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76" />
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78" />
        <source>Make decision &amp;draft</source>
        <translation>Lag vedtaks&amp;utkast</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="79" />
        <source>&amp;Submit for approval</source>
        <translation>&amp;Send til godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="79" />
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82" />
        <source>&amp;Approve decision</source>
        <translation>&amp;Godkjenn vedtak</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82" />
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83" />
        <source>&amp;Return to drafter…</source>
        <translation>&amp;Returner til saksbehandler …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85" />
        <source>&amp;Print decision letter…</source>
        <translation>Skriv &amp;ut vedtaksbrev …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86" />
        <source>Save decision letter as P&amp;DF…</source>
        <translation>Lagre vedtaksbrev som P&amp;DF …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86" />
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88" />
        <source>&amp;About Fellesvedtak</source>
        <translation>&amp;Om Fellesvedtak</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116" />
        <source>&amp;Case</source>
        <translation>&amp;Sak</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126" />
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155" />
        <source>Filter cases (number, reference, title, institution…)</source>
        <translation>Filtrer saker (saksnummer, referanse, tittel, institusjon …)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206" />
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="283" />
        <source>You drafted this decision; another decision-maker must approve it.</source>
        <translation>Du har utarbeidet dette vedtaket; en annen beslutningstaker må godkjenne det.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305" />
        <source>Decision draft made for %1</source>
        <translation>Vedtaksutkast laget for %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="314" />
        <source>%1 submitted for approval</source>
        <translation>%1 er sendt til godkjenning</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320" />
        <source>Approve decision</source>
        <translation>Godkjenn vedtak</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321" />
        <source>Approve the joint decision in case %1? An approved decision is locked.</source>
        <translation>Godkjenne det felles vedtaket i sak %1? Et godkjent vedtak låses.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="324" />
        <source>Decision in %1 approved</source>
        <translation>Vedtaket i %1 er godkjent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330" />
        <source>Return to drafter</source>
        <translation>Returner til saksbehandler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330" />
        <source>Why does the draft go back?</source>
        <translation>Hvorfor returneres utkastet?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334" />
        <source>Draft in %1 returned</source>
        <translation>Utkastet i %1 er returnert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360" />
        <source>Save decision letter as PDF</source>
        <translation>Lagre vedtaksbrev som PDF</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="367" />
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="18" />
        <source>New case database</source>
        <translation>Ny saksdatabase</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="18" />
        <location filename="../ui/MainWindowFiles.cpp" line="27" />
        <source>Case databases (*.db)</source>
        <translation>Saksdatabaser (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="21" />
        <source>New database %1</source>
        <translation>Ny database %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="27" />
        <source>New demo database</source>
        <translation>Ny demodatabase</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="30" />
        <source>Demo database %1</source>
        <translation>Demodatabase %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="36" />
        <source>Open case database</source>
        <translation>Åpne saksdatabase</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="36" />
        <source>Case databases (*.db);;All files (*)</source>
        <translation>Saksdatabaser (*.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="42" />
        <source>Opened %1</source>
        <translation>Åpnet %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="47" />
        <source>Import applications</source>
        <translation>Importer søknader</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="47" />
        <source>Applications (*.json)</source>
        <translation>Søknader (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="55" />
        <source>%1: cannot read the file: %2</source>
        <translation>%1: kan ikke lese filen: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="68" />
        <source>%1 of %2 files imported. Refused:
%3</source>
        <translation>%1 av %2 filer importert. Avvist:
%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFiles.cpp" line="74" />
        <source>Imported %n application(s): %1</source>
        <translation>
            <numerusform>Importerte %n søknad: %1</numerusform><numerusform>Importerte %n søknader: %1</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="93" />
        <source>About Fellesvedtak</source>
        <translation>Om Fellesvedtak</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="94" />
        <source>&lt;h3&gt;Fellesvedtak %1&lt;/h3&gt;&lt;p&gt;Casework for Helsedataservice: one joint decision on access to the central health registries, with exemption from the duty of confidentiality.&lt;/p&gt;&lt;p&gt;The case database holds application and case data only – never health data.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fellesvedtak %1&lt;/h3&gt;&lt;p&gt;Saksbehandling for Helsedataservice: ett felles vedtak om tilgang til de sentrale helseregistrene, med dispensasjon fra taushetsplikt.&lt;/p&gt;&lt;p&gt;Saksdatabasen inneholder bare søknads- og saksopplysninger – aldri helseopplysninger.&lt;/p&gt;&lt;p&gt;Lisens: EUPL-1.2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fv::MessageBar</name>
    <message>
        <location filename="../ui/MessageBar.cpp" line="25" />
        <source>Close the message</source>
        <translation>Lukk meldingen</translation>
    </message>
</context>
<context>
    <name>fv::Session</name>
    <message>
        <location filename="../ui/Session.cpp" line="38" />
        <source>the file exists already; demo data goes into a new database</source>
        <translation>filen finnes allerede; demodata legges i en ny database</translation>
    </message>
    <message>
        <location filename="../ui/Session.cpp" line="52" />
        <source>the file exists already</source>
        <translation>filen finnes allerede</translation>
    </message>
</context>
<context>
    <name>fv::Users</name>
    <message>
        <location filename="../core/casework/Users.cpp" line="40" />
        <source>Adviser</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <location filename="../core/casework/Users.cpp" line="41" />
        <source>Lawyer</source>
        <translation>Jurist</translation>
    </message>
    <message>
        <location filename="../core/casework/Users.cpp" line="42" />
        <source>Decision-maker</source>
        <translation>Beslutningstaker</translation>
    </message>
    <message>
        <location filename="../core/casework/Users.cpp" line="43" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
</TS>