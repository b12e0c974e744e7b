#include "archive/ArchiveStructure.h"

#include "archive/Journal.h"
#include "storage/Database.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QXmlStreamWriter>

namespace fv {
namespace {

const QString arkivstrukturNs = QStringLiteral("http://www.arkivverket.no/standarder/noark5/arkivstruktur");
const QString endringsloggNs = QStringLiteral("http://www.arkivverket.no/standarder/noark5/endringslogg");
const QString xsiNs = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

QString when(const QDateTime &at, const QDateTime &fallback)
{
    return xmlDateTime(at.isValid() ? at : fallback);
}

void text(QXmlStreamWriter &w, const char *name, const QString &value)
{
    w.writeTextElement(QLatin1String(name), value);
}

void writeScreening(QXmlStreamWriter &w, const QString &basis, const QStringList &what)
{
    w.writeStartElement(QStringLiteral("skjerming"));
    text(w, "tilgangsrestriksjon", screeningRestriction(basis));
    text(w, "skjermingshjemmel", basis);
    for (const QString &m : what)
        text(w, "skjermingMetadata", m);
    w.writeEndElement();
}

void writeDocument(QXmlStreamWriter &w, const JournalEntry &e, const ArchivedDocument &d)
{
    w.writeStartElement(QStringLiteral("dokumentbeskrivelse"));
    text(w, "systemID", noarkSystemId(QStringLiteral("dokumentbeskrivelse") + d.idKind, d.idNumber));
    text(w, "dokumenttype", d.documentType);
    text(w, "dokumentstatus", QStringLiteral("Dokumentet er ferdigstilt"));
    text(w, "tittel", nonEmpty(d.title, nonEmpty(e.title, e.kindTitle)));
    text(w, "opprettetDato", when(d.createdAt, e.createdAt));
    text(w, "opprettetAv", nonEmpty(d.createdBy, e.createdBy));
    text(w, "tilknyttetRegistreringSom", d.attachment ? QStringLiteral("Vedlegg") : QStringLiteral("Hoveddokument"));
    text(w, "dokumentnummer", QString::number(d.number));
    text(w, "tilknyttetDato", when(d.createdAt, e.createdAt));
    text(w, "tilknyttetAv", nonEmpty(d.createdBy, e.createdBy));
    w.writeStartElement(QStringLiteral("dokumentobjekt"));
    text(w, "systemID", noarkSystemId(QStringLiteral("dokumentobjekt") + d.idKind, d.idNumber));
    text(w, "versjonsnummer", QStringLiteral("1"));
    text(w, "variantformat", QStringLiteral("Arkivformat"));
    text(w, "format", d.format);
    text(w, "formatDetaljer", d.formatDetails);
    text(w, "opprettetDato", when(d.createdAt, e.createdAt));
    text(w, "opprettetAv", nonEmpty(d.createdBy, e.createdBy));
    text(w, "referanseDokumentfil", d.file);
    text(w, "sjekksum", d.sha256);
    text(w, "sjekksumAlgoritme", QStringLiteral("SHA256"));
    text(w, "filstoerrelse", QString::number(d.size));
    w.writeEndElement();
    w.writeEndElement();
}

void writeEntry(QXmlStreamWriter &w, const ArchivedCase &c, const JournalEntry &e, const ArchivedDocuments &docs,
                const QString &exportedBy, StructureCounts &counts)
{
    ++counts.registrations;
    w.writeStartElement(QStringLiteral("registrering"));
    w.writeAttribute(xsiNs, QStringLiteral("type"), QStringLiteral("journalpost"));
    text(w, "systemID", noarkSystemId(QStringLiteral("journalpost"), e.id));
    text(w, "opprettetDato", when(e.createdAt, c.createdAt));
    text(w, "opprettetAv", nonEmpty(e.createdBy, c.createdBy));
    text(w, "arkivertDato", when(c.closedAt, c.createdAt));
    text(w, "arkivertAv", exportedBy);
    const bool anyPrivate = std::any_of(e.parties.begin(), e.parties.end(), [](const JournalParty &p) {
        return p.privateCapacity;
    });
    if (e.isScreened())
        writeScreening(w, e.screeningBasis, {QStringLiteral("Tittel"), QStringLiteral("Korrespondansepart")});
    else if (anyPrivate)
        writeScreening(w, QStringLiteral("Offl. § 13 jf. fvl. § 13"), {QStringLiteral("Korrespondansepart")});
    if (const auto d = docs.find(e.id); d != docs.end()) {
        for (const ArchivedDocument &doc : d->second) {
            ++counts.documentDescriptions;
            ++counts.documentObjects;
            writeDocument(w, e, doc);
        }
    }
    text(w, "tittel", nonEmpty(e.title, e.kindTitle));
    text(w, "offentligTittel", nonEmpty(e.publicTitle(), e.kindTitle));
    for (const JournalParty &p : e.parties) {
        w.writeStartElement(QStringLiteral("korrespondansepart"));
        text(w, "korrespondanseparttype", e.partyType(p));
        // An institution is the party, the person acting for it its contact.
        text(w, "korrespondansepartNavn", nonEmpty(p.organisation, nonEmpty(p.name, QStringLiteral("Ukjent"))));
        if (!p.organisation.isEmpty() && !p.name.trimmed().isEmpty() && p.organisation != p.name)
            text(w, "kontaktperson", p.name);
        w.writeEndElement();
    }
    text(w, "journalaar", QString::number(e.year));
    text(w, "journalsekvensnummer", QString::number(e.sequence));
    text(w, "journalpostnummer", QString::number(e.number));
    text(w, "journalposttype", noarkName(e.type));
    // At delivery every entry of a closed case is archived (the change is in endringslogg.xml).
    text(w, "journalstatus", noarkName(e.status == JournalStatus::Cancelled ? e.status : JournalStatus::Archived));
    text(w, "journaldato", xmlDate(e.journalDate));
    text(w, "dokumentetsDato", xmlDate(e.documentDate));
    text(w, e.type == JournalType::Incoming ? "mottattDato" : "sendtDato", when(e.createdAt, c.createdAt));
    if (e.closure) {
        w.writeStartElement(QStringLiteral("avskrivning"));
        text(w, "avskrivningsdato", xmlDate(e.closure->on));
        text(w, "avskrevetAv", nonEmpty(e.closure->by, exportedBy));
        text(w, "avskrivningsmaate", closingMethodName(e.closure->method));
        if (e.closure->byEntryId > 0)
            text(w, "referanseAvskrivesAvJournalpost",
                 noarkSystemId(QStringLiteral("journalpost"), e.closure->byEntryId));
        w.writeEndElement();
    }
    w.writeEndElement();
}

void writeCase(QXmlStreamWriter &w, const ArchivedCase &c, const ArchivedDocuments &docs, const QString &exportedBy,
               StructureCounts &counts)
{
    ++counts.folders;
    w.writeStartElement(QStringLiteral("mappe"));
    w.writeAttribute(xsiNs, QStringLiteral("type"), QStringLiteral("saksmappe"));
    text(w, "systemID", noarkSystemId(QStringLiteral("saksmappe"), c.id));
    text(w, "mappeID", c.number);
    text(w, "tittel", nonEmpty(c.title, QStringLiteral("Søknad om tilgang til helsedata")));
    if (!c.entries.empty())
        text(w, "offentligTittel",
             c.screeningBasis.isEmpty() ? nonEmpty(c.entries.front().publicTitle(), c.title)
                                        : QStringLiteral("Søknad om tilgang til helsedata ") + screenedText());
    text(w, "opprettetDato", when(c.createdAt, c.createdAt));
    text(w, "opprettetAv", c.createdBy);
    text(w, "avsluttetDato", when(c.closedAt, c.createdAt));
    text(w, "avsluttetAv", c.closedBy);
    if (!c.screeningBasis.isEmpty())
        writeScreening(w, c.screeningBasis, {QStringLiteral("Tittel")});
    for (const JournalEntry &e : c.entries)
        writeEntry(w, c, e, docs, exportedBy, counts);
    text(w, "saksaar", QString::number(c.year));
    text(w, "sakssekvensnummer", QString::number(c.sequence));
    text(w, "saksdato", xmlDate(c.createdAt.date()));
    text(w, "administrativEnhet", QStringLiteral("Helsedataservice"));
    text(w, "saksansvarlig", c.caseworker);
    text(w, "saksstatus", QStringLiteral("Avsluttet"));
    w.writeEndElement();
}

} // namespace

QString screeningRestriction(const QString &basis)
{
    static const QRegularExpression paragraph(QStringLiteral("§\\s*(\\d+)"));
    const auto m = paragraph.match(basis);
    return m.hasMatch() ? m.captured(1) : QStringLiteral("13");
}

Result<std::vector<ArchivedCase>> loadArchivedCases(Database &db, const QDate &from, const QDate &to)
{
    auto q = db.exec(
        QStringLiteral(
            "SELECT c.id, c.case_number, c.year, c.seq, a.title, c.created_at, u.full_name, s.basis, "
            "(SELECT actor FROM event e WHERE e.case_id = c.id ORDER BY e.id LIMIT 1), "
            "(SELECT actor FROM event e WHERE e.case_id = c.id ORDER BY e.id DESC LIMIT 1), "
            "(SELECT at FROM event e WHERE e.case_id = c.id ORDER BY e.id DESC LIMIT 1) "
            "FROM fv_case c JOIN application a ON a.case_id = c.id LEFT JOIN app_user u ON u.id = c.assignee "
            "LEFT JOIN case_screening s ON s.case_id = c.id "
            "WHERE c.status IN (%1) AND substr(c.created_at, 1, 10) >= ? AND substr(c.created_at, 1, 10) <= ? "
            "ORDER BY c.year, c.seq")
            .arg(Journal::finishedStatusesSql()),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    std::vector<ArchivedCase> cases;
    std::map<qint64, size_t> index;
    while (q->next()) {
        ArchivedCase c;
        c.id = q->value(0).toLongLong();
        c.number = q->value(1).toString();
        c.year = q->value(2).toInt();
        c.sequence = q->value(3).toInt();
        c.title = q->value(4).toString();
        c.createdAt = QDateTime::fromString(q->value(5).toString(), Qt::ISODateWithMs);
        c.caseworker = nonEmpty(q->value(6).toString(), QStringLiteral("Helsedataservice"));
        c.screeningBasis = q->value(7).toString();
        c.createdBy = nonEmpty(q->value(8).toString(), QStringLiteral("system"));
        c.closedBy = nonEmpty(q->value(9).toString(), c.createdBy);
        c.closedAt = QDateTime::fromString(q->value(10).toString(), Qt::ISODateWithMs);
        index[c.id] = cases.size();
        cases.push_back(c);
    }
    JournalQuery query;
    query.closedCasesOnly = true;
    query.caseFrom = from;
    query.caseTo = to;
    auto entries = Journal::find(db, query);
    if (!entries)
        return entries.error();
    for (JournalEntry &e : entries.value())
        if (const auto it = index.find(e.caseId); it != index.end())
            cases[it->second].entries.push_back(std::move(e));
    for (ArchivedCase &c : cases)
        std::sort(c.entries.begin(), c.entries.end(), [](const JournalEntry &a, const JournalEntry &b) {
            return a.number < b.number;
        });
    return cases;
}

StructureCounts writeArkivstruktur(
    QIODevice &out, const std::vector<ArchivedCase> &cases, const ArchivedDocuments &documents,
    const ArchiveCreator &creator, const QDate &from, const QDate &to, const QString &exportedBy)
{
    StructureCounts counts;
    const QDateTime now = QDateTime::currentDateTime();
    const QString created = xmlDateTime(cases.empty() ? now : cases.front().createdAt);
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(arkivstrukturNs);
    w.writeNamespace(xsiNs, QStringLiteral("xsi"));
    w.writeStartElement(arkivstrukturNs, QStringLiteral("arkiv"));
    w.writeAttribute(xsiNs, QStringLiteral("schemaLocation"), arkivstrukturNs + QStringLiteral(" arkivstruktur.xsd"));
    text(w, "systemID", noarkSystemId(QStringLiteral("arkiv"), 1));
    text(w, "tittel", QStringLiteral("Fellesvedtak – søknader om tilgang til helsedata"));
    text(w, "arkivstatus", QStringLiteral("Avsluttet"));
    text(w, "dokumentmedium", QStringLiteral("Elektronisk arkiv"));
    text(w, "opprettetDato", created);
    text(w, "opprettetAv", exportedBy);
    text(w, "avsluttetDato", xmlDateTime(now));
    text(w, "avsluttetAv", exportedBy);
    w.writeStartElement(QStringLiteral("arkivskaper"));
    text(w, "arkivskaperID", creator.id);
    text(w, "arkivskaperNavn", creator.name);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("arkivdel"));
    text(w, "systemID", noarkSystemId(QStringLiteral("arkivdel"), from.toJulianDay() * 100000 + to.toJulianDay()));
    text(w, "tittel", QStringLiteral("Saker opprettet %1–%2").arg(xmlDate(from), xmlDate(to)));
    text(w, "arkivdelstatus", QStringLiteral("Avsluttet periode"));
    text(w, "opprettetDato", created);
    text(w, "opprettetAv", exportedBy);
    text(w, "avsluttetDato", xmlDateTime(now));
    text(w, "avsluttetAv", exportedBy);
    text(w, "arkivperiodeStartDato", xmlDate(from));
    text(w, "arkivperiodeSluttDato", xmlDate(to));
    w.writeStartElement(QStringLiteral("klassifikasjonssystem"));
    text(w, "systemID", noarkSystemId(QStringLiteral("klassifikasjonssystem"), 1));
    text(w, "klassifikasjonstype", QStringLiteral("Funksjonsbasert, hierarkisk"));
    text(w, "tittel", QStringLiteral("Helsedataservice"));
    text(w, "opprettetDato", created);
    text(w, "opprettetAv", exportedBy);
    w.writeStartElement(QStringLiteral("klasse"));
    text(w, "systemID", noarkSystemId(QStringLiteral("klasse"), 1));
    text(w, "klasseID", QStringLiteral("HDS-TILGANG"));
    text(w, "tittel", QStringLiteral("Tilgang til helsedata fra de sentrale helseregistrene"));
    text(w, "opprettetDato", created);
    text(w, "opprettetAv", exportedBy);
    for (const ArchivedCase &c : cases)
        writeCase(w, c, documents, exportedBy, counts);
    w.writeEndElement(); // klasse
    w.writeEndElement(); // klassifikasjonssystem
    w.writeEndElement(); // arkivdel
    w.writeEndElement(); // arkiv
    w.writeEndDocument();
    return counts;
}

int writeEndringslogg(QIODevice &out, const std::vector<ArchivedCase> &cases, const QString &exportedBy,
                      const QDateTime &at)
{
    int changes = 0;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(endringsloggNs);
    w.writeStartElement(endringsloggNs, QStringLiteral("endringslogg"));
    auto change = [&](const QString &ref, const char *field, const QString &was, const QString &now,
                      const QDateTime &on, const QString &by) {
        ++changes;
        w.writeStartElement(QStringLiteral("endring"));
        text(w, "referanseArkivenhet", ref);
        text(w, "referanseMetadata", QLatin1String(field));
        text(w, "endretDato", xmlDateTime(on));
        text(w, "endretAv", by);
        text(w, "tidligereVerdi", was);
        text(w, "nyVerdi", now);
        w.writeEndElement();
    };
    for (const ArchivedCase &c : cases) {
        change(noarkSystemId(QStringLiteral("saksmappe"), c.id), "saksstatus", QStringLiteral("Under behandling"),
               QStringLiteral("Avsluttet"), c.closedAt.isValid() ? c.closedAt : c.createdAt, c.closedBy);
        for (const JournalEntry &e : c.entries)
            if (e.status != JournalStatus::Archived && e.status != JournalStatus::Cancelled)
                change(noarkSystemId(QStringLiteral("journalpost"), e.id), "journalstatus", noarkName(e.status),
                       noarkName(JournalStatus::Archived), at, exportedBy);
    }
    w.writeEndElement();
    w.writeEndDocument();
    return changes;
}

} // namespace fv
