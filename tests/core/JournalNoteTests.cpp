// Internal notes in the journal (Noark 5 N and X) and an application's attachments in the
// extract: one operation through the rule book, audited; a refused one changes nothing; a note
// closes an incoming entry; screened notes stay out of the public journal; the extract carries
// the notes' texts and the attachments in an archive format and lists what it could not archive.
#include "ArchiveSupport.h"
#include "ReliabilitySupport.h"
#include "application/Attachments.h"
#include "archive/ArchiveFormats.h"
#include "archive/JournalService.h"
#include "casework/CaseworkService.h"

#include <QBuffer>
#include <QImage>

using namespace fv;
using fv::test::TempDb;

namespace {

int count(TempDb &t, const char *sql)
{
    return t.db().scalar(QLatin1String(sql))->toInt();
}

// What a refused operation must leave as it was.
QString snapshot(TempDb &t)
{
    auto q = t.db().exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM event) || '/' || (SELECT count(*) FROM case_note) || '/' || "
        "(SELECT group_concat(id || type || screened || coalesce(closed_on, '') || coalesce(closing_method, ''), "
        "'|') FROM journal_entry)"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toString();
}

JournalNoteRequest note(const QString &title, const QString &text = {})
{
    JournalNoteRequest n;
    n.title = title;
    n.text = text;
    return n;
}

// Everything decidedAndSent does after registering: the case approved and its letter sent.
void decideAndSend(TempDb &t, const QString &number)
{
    auto ola = t.as(QStringLiteral("ola"));
    REQUIRE(test::prepareForDraft(ola, number).ok());
    REQUIRE(DecisionService(ola).draft(number).ok());
    test::settleAssessment(t, number);
    REQUIRE(DecisionService(ola).submit(number).ok());
    auto kari = t.as(QStringLiteral("kari"));
    REQUIRE(DecisionService(kari).approve(number).ok());
    test::ensureGuiApplication();
    REQUIRE(DocumentService(ola).send(number, LetterKind::Decision).ok());
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray pngBytes()
{
    test::ensureGuiApplication();
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A plain PDF 1.4 (not PDF/A): what an applicant typically sends.
QByteArray plainPdf()
{
    const QByteArray text = "BT /F1 12 Tf 72 760 Td (Protokoll) Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(text.size()) + " >>\nstream\n" + text + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

bool haveGhostscript()
{
    return !QStandardPaths::findExecutable(QStringLiteral("gs")).isEmpty();
}

} // namespace

TEST_CASE("an internal note is journalled as X or N, audited, its text kept as an internal case note",
          "[journal][note]")
{
    TempDb t;
    const QString number = test::registerAs(t, test::exampleApplication(QStringLiteral("HD-2026-7501")));
    auto ola = t.as(QStringLiteral("ola"));
    JournalService journal(ola);
    const int events = count(t, "SELECT count(*) FROM event");

    auto x = journal.journalNote(
        number,
        note(QStringLiteral("Telefon med prosjektleder"),
             QStringLiteral("Prosjektleder bekreftet at REK-vedtaket kommer.")));
    INFO((x ? std::string() : x.error().toString().toStdString()));
    REQUIRE(x.ok());
    CHECK(x->type == JournalType::InternalNoFollowUp);
    CHECK(x->number == 2);
    CHECK(x->kindTitle == QStringLiteral("Notat"));
    CHECK(x->title == QStringLiteral("Telefon med prosjektleder"));
    CHECK(x->status == JournalStatus::Registered);
    CHECK(x->source.startsWith(QStringLiteral("note:")));
    CHECK_FALSE(x->isOpen()); // an internal note is not on the restanse list
    REQUIRE(x->parties.size() == 1);
    CHECK(x->partyType(x->parties[0]) == QStringLiteral("Intern avsender"));
    CHECK(count(t, "SELECT count(*) FROM event") == events + 1);
    CHECK(count(t, "SELECT count(*) FROM event WHERE kind = 'journal-note'") == 1);
    CHECK(t.db()
              .scalar(QStringLiteral("SELECT text FROM case_note WHERE audience = 'internal'"))
              ->toString()
              .contains(QStringLiteral("REK-vedtaket")));

    // Without text: an entry without a document, and no case note.
    JournalNoteRequest followUp = note(QStringLiteral("Vurder behov for møte"));
    followUp.followUp = true;
    auto n = journal.journalNote(number, followUp);
    REQUIRE(n.ok());
    CHECK(n->type == JournalType::InternalFollowUp);
    CHECK(n->source == QStringLiteral("note"));
    CHECK(count(t, "SELECT count(*) FROM case_note") == 1);
    CHECK(toCode(n->type) == QStringLiteral("N"));
    CHECK(noarkName(n->type) == QStringLiteral("Organinternt dokument for oppfølging"));

    // An existing internal note, by its number among the case's internal notes.
    REQUIRE(CaseworkService(ola)
                .addNote(number, QStringLiteral("Sjekket databehandleravtalen."), NoteAudience::Internal)
                .ok());
    JournalNoteRequest existing = note(QStringLiteral("Databehandleravtale"));
    existing.fromNote = 2;
    auto fromNote = journal.journalNote(number, existing);
    REQUIRE(fromNote.ok());
    CHECK(count(t, "SELECT count(*) FROM case_note") == 2);
    const QString again = snapshot(t);
    auto twice = journal.journalNote(number, existing);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("already in the journal")));
    CHECK(snapshot(t) == again);
}

TEST_CASE("a refused journal note changes nothing and says why", "[journal][note]")
{
    TempDb t;
    const QString number = test::registerAs(t, test::exampleApplication(QStringLiteral("HD-2026-7502")));
    auto ola = t.as(QStringLiteral("ola"));
    JournalService journal(ola);
    const QString before = snapshot(t);
    const auto refusal = [&](const JournalNoteRequest &n, const QString &contains) {
        auto r = journal.journalNote(number, n);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().toString().toStdString());
        CHECK(r.error().toString().contains(contains));
        CHECK(snapshot(t) == before);
    };
    refusal(note(QStringLiteral("   "), QStringLiteral("text")), QStringLiteral("needs a title"));
    JournalNoteRequest screened = note(QStringLiteral("T"), QStringLiteral("text"));
    screened.screeningBasis = QStringLiteral("Offl. § 99");
    refusal(screened, QStringLiteral("not a screening basis"));
    JournalNoteRequest closesNothing = note(QStringLiteral("T"), QStringLiteral("text"));
    closesNothing.closes = 7;
    refusal(closesNothing, QStringLiteral("no journal entry 7"));
    JournalNoteRequest noSuchNote = note(QStringLiteral("T"));
    noSuchNote.fromNote = 3;
    refusal(noSuchNote, QStringLiteral("no internal note 3"));
    JournalNoteRequest both = note(QStringLiteral("T"), QStringLiteral("text"));
    both.fromNote = 1;
    refusal(both, QStringLiteral("not both"));
    // The rule book: an admin does not journal casework.
    auto admin = t.as(QStringLiteral("admin"));
    auto byAdmin = JournalService(admin).journalNote(number, note(QStringLiteral("T"), QStringLiteral("text")));
    REQUIRE_FALSE(byAdmin.ok());
    CHECK(byAdmin.error().message.contains(QStringLiteral("admin")));
    CHECK(snapshot(t) == before);
    // A note cannot close an entry that is not an open incoming one (here: another note).
    REQUIRE(journal.journalNote(number, note(QStringLiteral("Første notat"))).ok());
    const QString withNote = snapshot(t);
    JournalNoteRequest closesNote = note(QStringLiteral("T"));
    closesNote.closes = 2;
    auto wrong = journal.journalNote(number, closesNote);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QStringLiteral("not an incoming document")));
    CHECK(snapshot(t) == withNote);
}

TEST_CASE("a note closes an incoming entry (TE for follow-up, TO without) and leaves the restanse list",
          "[journal][note][restanse]")
{
    TempDb t;
    const QString number = test::registerAs(t, test::exampleApplication(QStringLiteral("HD-2026-7503")));
    auto ola = t.as(QStringLiteral("ola"));
    JournalService journal(ola);
    JournalQuery open;
    open.openOnly = true;
    REQUIRE(journal.find(open)->size() == 1);
    JournalNoteRequest n = note(QStringLiteral("Søknaden er registrert og fordelt"));
    n.closes = 1;
    auto made = journal.journalNote(number, n);
    REQUIRE(made.ok());
    CHECK(journal.find(open)->empty());
    auto first = journal.forCase(number)->front();
    REQUIRE(first.closure);
    CHECK(first.closure->method == QStringLiteral("TO"));
    CHECK(first.closure->byEntryNumber == made->number);
    CHECK(first.closure->note == QStringLiteral("Søknaden er registrert og fordelt"));
    // Closed already: a second note may not close it again, and changes nothing.
    const QString before = snapshot(t);
    n.followUp = true;
    CHECK_FALSE(journal.journalNote(number, n).ok());
    CHECK(snapshot(t) == before);
}

TEST_CASE("a screened note stays out of the public journal; both journals validate", "[journal][note][public]")
{
    TempDb t;
    const QString number = test::registerAs(t, test::exampleApplication(QStringLiteral("HD-2026-7504")));
    auto ola = t.as(QStringLiteral("ola"));
    JournalService journal(ola);
    JournalNoteRequest secret = note(QStringLiteral("Samtale om Hemmelighetsfulle Opplysninger"));
    secret.screeningBasis = QStringLiteral("Offl. § 13 jf. fvl. § 13");
    REQUIRE(journal.journalNote(number, secret).ok());
    REQUIRE(journal.journalNote(number, note(QStringLiteral("Åpent notat om fristen"))).ok());
    const QString publicPath = t.dir() + QStringLiteral("/offentligJournal.xml");
    const QString runningPath = t.dir() + QStringLiteral("/loependeJournal.xml");
    REQUIRE(journal.writePublicJournal(today().addDays(-1), today(), publicPath).ok());
    REQUIRE(journal.writeRunningJournal(today().addDays(-1), today(), runningPath).ok());
    const QString published = QString::fromUtf8(test::readFile(publicPath));
    CHECK_FALSE(published.contains(QStringLiteral("Hemmelighetsfulle")));
    CHECK(published.contains(QStringLiteral("Notat *****")));
    CHECK(published.contains(QStringLiteral("Åpent notat om fristen")));
    CHECK(published.contains(QStringLiteral("Intern avsender")));
    const QString running = QString::fromUtf8(test::readFile(runningPath));
    CHECK(running.contains(QStringLiteral("Hemmelighetsfulle")));
    CHECK(running.contains(QStringLiteral("<korrespondanseparttype>Intern avsender</korrespondanseparttype>")));
    if (!test::haveXmllint())
        SKIP("xmllint is not installed: the journals were not validated against Arkivverket's schemas");
    CHECK(test::schemaErrors(publicPath, QStringLiteral("offentligJournal.xsd")).toStdString() == std::string());
    CHECK(test::schemaErrors(runningPath, QStringLiteral("loependeJournal.xsd")).toStdString() == std::string());
}

TEST_CASE("the archive formats: PDF/A by its identification, text, PNG, JPEG; a plain PDF converted",
          "[archive][formats]")
{
    CHECK(archiveFormat(QByteArray("Notat\nmed æ, ø og å\n"))->pronom == QStringLiteral("x-fmt/111"));
    CHECK(archiveFormat(pngBytes())->pronom == QStringLiteral("fmt/13"));
    CHECK(archiveFormat(QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", 13))->pronom
          == QStringLiteral("fmt/43"));
    CHECK_FALSE(archiveFormat(QByteArray("PK\x03\x04\x00\x00word", 10)));
    CHECK_FALSE(archiveFormat(plainPdf()));
    CHECK(isPlainPdf(plainPdf()));
    CHECK(archiveFormat(QByteArray("%PDF-1.7 <pdfaid:part>2</pdfaid:part><pdfaid:conformance>B"))->pronom
          == QStringLiteral("fmt/477"));
    CHECK(archiveFormat(QByteArray("%PDF-1.4 pdfaid:part='1' pdfaid:conformance='B'"))->details
          == QStringLiteral("PDF/A-1b"));
    CHECK_FALSE(archiveFormat(QByteArray("%PDF-1.7 pdfaid:part=\"3\" pdfaid:conformance=\"B\""))); // not for deposit
    if (!haveGhostscript())
        SKIP("Ghostscript is not installed (tools/install-deps.sh installs it): no conversion tested");
    auto converted = convertToPdfA(plainPdf());
    INFO((converted ? std::string() : converted.error().toString().toStdString()));
    REQUIRE(converted.ok());
    CHECK(archiveFormat(converted.value())->pronom == QStringLiteral("fmt/477"));
}

TEST_CASE("the extract carries notes' texts and the application's attachments, reports what it cannot archive, and "
          "stays consistent",
          "[archive][note][attachments]")
{
    TempDb t;
    Application a = test::exampleApplication(QStringLiteral("HD-2026-7505"));
    const QByteArray text = QByteArrayLiteral("Informasjonsskriv til deltakerne – æ, ø og å.\n");
    const QByteArray png = pngBytes();
    const QByteArray pdf = plainPdf();
    static const char wordBytes[] = "PK\x03\x04\x00\x00\x01word/document.xml";
    const QByteArray word(wordBytes, sizeof wordBytes - 1); // the length from the literal (the NULs are content)
    a.attachments.push_back({QStringLiteral("information-letter"), QStringLiteral("informasjon.txt"), sha256(text)});
    a.attachments.push_back({QStringLiteral("other"), QStringLiteral("flytskjema.png"), sha256(png)});
    a.attachments.push_back({QStringLiteral("other"), QStringLiteral("protokoll-vedlegg.pdf"), sha256(pdf)});
    a.attachments.push_back({QStringLiteral("other"), QStringLiteral("budsjett.docx"), sha256(word)});
    a.attachments.push_back({QStringLiteral("other"), QStringLiteral("aldri-sendt.pdf"), QString(64, u'a')});
    const QString number = test::registerAs(t, a);
    auto ola = t.as(QStringLiteral("ola"));
    for (const auto &[name, bytes] :
         {std::pair{QStringLiteral("informasjon.txt"), text}, std::pair{QStringLiteral("flytskjema.png"), png},
          std::pair{QStringLiteral("protokoll-vedlegg.pdf"), pdf}, std::pair{QStringLiteral("budsjett.docx"), word}}) {
        auto attached = Attachments(ola).attach(number, name, bytes);
        INFO((attached ? std::string() : attached.error().toString().toStdString()));
        REQUIRE(attached.ok());
    }
    JournalService journal(ola);
    REQUIRE(journal
                .journalNote(number,
                             note(QStringLiteral("Vurdering av formålet"),
                                  QStringLiteral("Formålet er tydelig beskrevet; æøå.")))
                .ok());
    REQUIRE(journal.journalNote(number, note(QStringLiteral("Notat uten tekst"))).ok());
    decideAndSend(t, number);

    const QString dir = t.dir() + QStringLiteral("/uttrekk");
    auto admin = t.as(QStringLiteral("admin"));
    auto summary = ArchiveExport(admin).write(QDate(2000, 1, 1), today(), dir);
    INFO((summary ? std::string() : summary.error().toString().toStdString()));
    REQUIRE(summary.ok());
    CHECK(summary->entries == 4); // the application, two notes, the decision letter
    // The letter, the note's text, the text, the PNG and (converted) the PDF attachment.
    const bool gs = haveGhostscript();
    CHECK(summary->documents == (gs ? 5 : 4));
    REQUIRE(summary->notArchived.size() == (gs ? 1 : 2));
    CHECK(summary->notArchived.join(u'\n').contains(QStringLiteral("budsjett.docx")));
    CHECK_FALSE(summary->notArchived.join(u'\n').contains(QStringLiteral("aldri-sendt"))); // never received
    CHECK(t.db()
              .scalar(QStringLiteral("SELECT detail FROM event WHERE kind = 'archive-exported'"))
              ->toString()
              .contains(QStringLiteral("budsjett.docx")));
    CHECK(test::extractProblems(dir).join(u'\n').toStdString() == std::string());
    const QString structure = QString::fromUtf8(test::readFile(dir + QStringLiteral("/arkivstruktur.xml")));
    CHECK(structure.count(QStringLiteral("<journalposttype>Organinternt dokument uten oppfølging</journalposttype>"))
          == 2);
    CHECK(structure.count(QStringLiteral("<tilknyttetRegistreringSom>Vedlegg</tilknyttetRegistreringSom>"))
          == (gs ? 3 : 2));
    CHECK(structure.contains(QStringLiteral("<format>x-fmt/111</format>")));
    CHECK(structure.contains(QStringLiteral("<format>fmt/13</format>")));
    CHECK(structure.contains(QStringLiteral("<format>fmt/477</format>"))); // the letter: PDF/A-2b
    CHECK_FALSE(structure.contains(QStringLiteral("budsjett.docx")));
    const QString stem = dir + QStringLiteral("/DOKUMENT/") + QString(number).replace(u'/', u'-');
    CHECK(test::readFile(stem + QStringLiteral("-n2.txt"))
          == QStringLiteral("Formålet er tydelig beskrevet; æøå.").toUtf8());
    // The attachments are files of the application's entry (1), named by their place in its list.
    const QDir documents(dir + QStringLiteral("/DOKUMENT"));
    const QStringList texts = documents.entryList({QStringLiteral("*-1-v*.txt")});
    REQUIRE(texts.size() == 1);
    CHECK(test::readFile(documents.filePath(texts.front())) == text);
    CHECK(documents.entryList({QStringLiteral("*-1-v*.png")}).size() == 1);
    const QStringList pdfs = documents.entryList({QStringLiteral("*-1-v*.pdf")});
    REQUIRE(pdfs.size() == (gs ? 1 : 0));
    if (gs)
        CHECK(archiveFormat(test::readFile(documents.filePath(pdfs.front())))->pronom == QStringLiteral("fmt/477"));
    if (test::haveXmllint())
        test::requireValidExtract(dir);
    // The consistency checks see a changed attachment and a changed note's text.
    for (const QString &changed : {documents.filePath(texts.front()), stem + QStringLiteral("-n2.txt")}) {
        QFile f(changed);
        REQUIRE(f.open(QIODevice::Append));
        f.write("x");
    }
    const QString problems = test::extractProblems(dir).join(u'\n');
    CHECK(problems.contains(QStringLiteral("sjekksum of DOKUMENT/") + texts.front()));
    CHECK(problems.contains(QStringLiteral("-n2.txt does not match")));
}

TEST_CASE("journal note on the command line: JSON, exit codes, a refused one changes nothing", "[journal][note][cli]")
{
    TempDb t;
    const QString number = test::registerAs(t, test::exampleApplication(QStringLiteral("HD-2026-7506")));
    const QString db = t.path();
    t.close();
    const auto base = QStringList{QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("ola")};
    const auto journalNote = [&](const QStringList &rest) {
        return test::cli(base + QStringList{QStringLiteral("journal"), QStringLiteral("note")} + rest);
    };
    CHECK(journalNote({number}).status == 2); // --title is required
    CHECK(journalNote(
              {number, QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--closes"), QStringLiteral("x")})
              .status
          == 2);
    CHECK(journalNote({number, QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--from-note"),
                       QStringLiteral("0")})
              .status
          == 2);
    auto refused = journalNote(
        {number, QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--closes"), QStringLiteral("5")});
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(QStringLiteral("no journal entry 5")));
    auto made = test::cli(
        base
        + QStringList{QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("note"), number,
                      QStringLiteral("--title"), QStringLiteral("Oppfølging av REK"), QStringLiteral("--text"),
                      QStringLiteral("Ring REK om vedtaket."), QStringLiteral("--follow-up"),
                      QStringLiteral("--closes"), number + QStringLiteral("-1")});
    INFO(made.err.toStdString());
    REQUIRE(made.status == 0);
    const QJsonArray entries = QJsonDocument::fromJson(made.out.toUtf8()).array();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].toObject()[QStringLiteral("type")].toString() == QStringLiteral("N"));
    CHECK(entries[0].toObject()[QStringLiteral("entry")].toInt() == 2);
    auto listed = test::cli(base + QStringList{QStringLiteral("journal"), number});
    CHECK(listed.out.contains(QStringLiteral("Oppfølging av REK")));
    CHECK(listed.out.contains(QStringLiteral("closed ")));
    auto restanse = test::cli(base + QStringList{QStringLiteral("journal"), QStringLiteral("restanse")});
    CHECK_FALSE(restanse.out.contains(number));
}
