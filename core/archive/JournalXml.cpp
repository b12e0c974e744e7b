#include "archive/JournalXml.h"

#include <QUuid>
#include <QXmlStreamWriter>

namespace fv {
namespace {

const QString offentligNs = QStringLiteral("http://www.arkivverket.no/standarder/noark5/offentligJournal");
const QString loependeNs = QStringLiteral("http://www.arkivverket.no/standarder/noark5/loependeJournal");

QString fullName(const JournalParty &p)
{
    if (p.organisation.isEmpty() || p.organisation == p.name)
        return nonEmpty(p.name, p.organisation);
    return nonEmpty(p.name, p.organisation) + QStringLiteral(", ") + p.organisation;
}

// The case's title as the public may see it.
QString publicCaseTitle(const JournalEntry &e)
{
    if (e.caseScreened)
        return QStringLiteral("Søknad om tilgang til helsedata ") + screenedText();
    QString shown = e.caseTitle;
    for (const JournalParty &p : e.parties)
        if (p.privateCapacity && !p.name.trimmed().isEmpty())
            shown.replace(p.name.trimmed(), screenedText(), Qt::CaseInsensitive);
    return nonEmpty(shown, QStringLiteral("Søknad om tilgang til helsedata"));
}

// What of an entry is screened, in Noark's words (skjermingMetadata).
QString screenedMetadata(const JournalEntry &e)
{
    if (e.isScreened())
        return QStringLiteral("Tittel og korrespondansepart");
    return QStringLiteral("Korrespondansepart");
}

bool anyPrivate(const JournalEntry &e)
{
    return std::any_of(e.parties.begin(), e.parties.end(), [](const JournalParty &p) { return p.privateCapacity; });
}

QString basisOf(const JournalEntry &e)
{
    return nonEmpty(e.screeningBasis, QStringLiteral("Offl. § 13 jf. fvl. § 13"));
}

void writeHead(QXmlStreamWriter &w, const std::vector<JournalEntry> &entries, const QDate &from, const QDate &to,
               const ArchiveCreator &creator)
{
    w.writeStartElement(QStringLiteral("journalhode"));
    w.writeTextElement(QStringLiteral("journalStartDato"), xmlDate(from));
    w.writeTextElement(QStringLiteral("journalSluttDato"), xmlDate(to));
    w.writeTextElement(QStringLiteral("seleksjon"), QStringLiteral("journaldato"));
    w.writeTextElement(QStringLiteral("antallJournalposter"), QString::number(entries.size()));
    w.writeStartElement(QStringLiteral("arkivskaper"));
    w.writeTextElement(QStringLiteral("arkivskaperID"), creator.id);
    w.writeTextElement(QStringLiteral("arkivskaperNavn"), creator.name);
    w.writeEndElement();
    w.writeEndElement();
}

void writeClosure(QXmlStreamWriter &w, const JournalEntry &e)
{
    if (!e.closure)
        return;
    w.writeTextElement(QStringLiteral("avskrivningsdato"), xmlDate(e.closure->on));
    w.writeTextElement(QStringLiteral("avskrivningsmaate"), closingMethodName(e.closure->method));
}

void writeReferenceToAnswer(QXmlStreamWriter &w, const JournalEntry &e)
{
    if (e.closure && e.closure->byEntryId > 0)
        w.writeTextElement(QStringLiteral("referanseAvskrivesAvJournalpost"),
                           noarkSystemId(QStringLiteral("journalpost"), e.closure->byEntryId));
}

void writePublicEntry(QXmlStreamWriter &w, const JournalEntry &e)
{
    w.writeStartElement(QStringLiteral("journalregistrering"));
    w.writeStartElement(QStringLiteral("saksmappe"));
    w.writeTextElement(QStringLiteral("saksaar"), QString::number(e.caseYear));
    w.writeTextElement(QStringLiteral("sakssekvensnummer"), QString::number(e.caseSequence));
    w.writeTextElement(QStringLiteral("offentligTittel"), publicCaseTitle(e));
    if (e.caseScreened)
        w.writeTextElement(QStringLiteral("skjermingshjemmel"), basisOf(e));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("journalpost"));
    w.writeTextElement(QStringLiteral("systemID"), noarkSystemId(QStringLiteral("journalpost"), e.id));
    w.writeTextElement(QStringLiteral("journalaar"), QString::number(e.year));
    w.writeTextElement(QStringLiteral("journalsekvensnummer"), QString::number(e.sequence));
    w.writeTextElement(QStringLiteral("journalpostnummer"), QString::number(e.number));
    w.writeTextElement(QStringLiteral("offentligTittel"), nonEmpty(e.publicTitle(), e.kindTitle));
    if (e.isScreened() || anyPrivate(e))
        w.writeTextElement(QStringLiteral("skjermingMetadata"), screenedMetadata(e));
    w.writeTextElement(QStringLiteral("journaldato"), xmlDate(e.journalDate));
    w.writeTextElement(QStringLiteral("dokumentetsDato"), xmlDate(e.documentDate));
    writeClosure(w, e);
    writeReferenceToAnswer(w, e);
    if (e.isScreened() || anyPrivate(e))
        w.writeTextElement(QStringLiteral("skjermingshjemmel"), basisOf(e));
    for (const JournalParty &p : e.parties) {
        w.writeStartElement(QStringLiteral("korrespondansepart"));
        w.writeTextElement(QStringLiteral("korrespondanseparttype"), e.partyType(p));
        w.writeTextElement(QStringLiteral("korrespondansepartNavn"), nonEmpty(e.publicName(p), screenedText()));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
}

void writeRunningEntry(QXmlStreamWriter &w, const JournalEntry &e)
{
    w.writeStartElement(QStringLiteral("journalregistrering"));
    w.writeStartElement(QStringLiteral("saksmappe"));
    w.writeTextElement(QStringLiteral("saksaar"), QString::number(e.caseYear));
    w.writeTextElement(QStringLiteral("sakssekvensnummer"), QString::number(e.caseSequence));
    w.writeTextElement(
        QStringLiteral("tittel"), nonEmpty(e.caseTitle, QStringLiteral("Søknad om tilgang til helsedata")));
    w.writeTextElement(QStringLiteral("offentligTittel"), publicCaseTitle(e));
    if (e.caseScreened)
        w.writeTextElement(QStringLiteral("skjermingMetadata"), QStringLiteral("Tittel"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("journalpost"));
    w.writeTextElement(QStringLiteral("systemID"), noarkSystemId(QStringLiteral("journalpost"), e.id));
    w.writeTextElement(QStringLiteral("journalaar"), QString::number(e.year));
    w.writeTextElement(QStringLiteral("journalsekvensnummer"), QString::number(e.sequence));
    w.writeTextElement(QStringLiteral("journalpostnummer"), QString::number(e.number));
    w.writeTextElement(QStringLiteral("tittel"), nonEmpty(e.title, e.kindTitle));
    w.writeTextElement(QStringLiteral("offentligTittel"), nonEmpty(e.publicTitle(), e.kindTitle));
    if (e.isScreened() || anyPrivate(e))
        w.writeTextElement(QStringLiteral("skjermingMetadata"), screenedMetadata(e));
    w.writeTextElement(QStringLiteral("journaldato"), xmlDate(e.journalDate));
    w.writeTextElement(QStringLiteral("dokumentetsDato"), xmlDate(e.documentDate));
    writeClosure(w, e);
    w.writeTextElement(QStringLiteral("saksbehandler"), nonEmpty(e.createdBy, QStringLiteral("system")));
    writeReferenceToAnswer(w, e);
    if (e.isScreened() || anyPrivate(e))
        w.writeTextElement(QStringLiteral("skjermingshjemmel"), basisOf(e));
    for (const JournalParty &p : e.parties) {
        w.writeStartElement(QStringLiteral("korrespondansepart"));
        w.writeTextElement(QStringLiteral("korrespondanseparttype"), e.partyType(p));
        w.writeTextElement(QStringLiteral("korrespondansepartNavn"), fullName(p));
        if (e.isScreened() || p.privateCapacity)
            w.writeTextElement(QStringLiteral("skjermingMetadata"), QStringLiteral("Korrespondansepart"));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
}

QByteArray journalXml(const QString &root, const QString &ns, const std::vector<JournalEntry> &entries,
                      const QDate &from, const QDate &to, const ArchiveCreator &creator, bool isPublic)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(ns);
    w.writeStartElement(ns, root);
    writeHead(w, entries, from, to, creator);
    for (const JournalEntry &e : entries)
        isPublic ? writePublicEntry(w, e) : writeRunningEntry(w, e);
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace

QString noarkSystemId(const QString &kind, qint64 id)
{
    static const QUuid ns(QStringLiteral("{6f1c1f0e-8d0a-4f57-9a55-fe11e5ed0a4c}"));
    return QUuid::createUuidV5(ns, kind + QLatin1Char(':') + QString::number(id)).toString(QUuid::WithoutBraces);
}

QString closingMethodName(const QString &code)
{
    if (code == QLatin1String("BU"))
        return QStringLiteral("Besvart med utgående dokument");
    if (code == QLatin1String("TE"))
        return QStringLiteral("Tatt til etterretning");
    if (code == QLatin1String("TO"))
        return QStringLiteral("Tatt til orientering");
    return nonEmpty(code, QStringLiteral("Tatt til etterretning"));
}

QString xmlDate(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QString xmlDateTime(const QDateTime &at)
{
    return at.toString(Qt::ISODate);
}

QString nonEmpty(const QString &text, const QString &fallback)
{
    return text.trimmed().isEmpty() ? fallback : text;
}

QByteArray publicJournalXml(const std::vector<JournalEntry> &entries, const QDate &from, const QDate &to,
                            const ArchiveCreator &creator)
{
    return journalXml(QStringLiteral("offentligJournal"), offentligNs, entries, from, to, creator, true);
}

QByteArray runningJournalXml(const std::vector<JournalEntry> &entries, const QDate &from, const QDate &to,
                             const ArchiveCreator &creator)
{
    return journalXml(QStringLiteral("loependeJournal"), loependeNs, entries, from, to, creator, false);
}

} // namespace fv
