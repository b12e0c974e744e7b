#include "archive/JournalTypes.h"

#include <QCoreApplication>

namespace fv {

QString toCode(JournalType type)
{
    switch (type) {
    case JournalType::Incoming: return QStringLiteral("I");
    case JournalType::Outgoing: return QStringLiteral("U");
    case JournalType::InternalFollowUp: return QStringLiteral("N");
    case JournalType::InternalNoFollowUp: return QStringLiteral("X");
    }
    return {};
}

QString toCode(JournalStatus status)
{
    switch (status) {
    case JournalStatus::Registered: return QStringLiteral("J");
    case JournalStatus::Dispatched: return QStringLiteral("E");
    case JournalStatus::Archived: return QStringLiteral("A");
    case JournalStatus::Cancelled: return QStringLiteral("U");
    }
    return {};
}

std::optional<JournalType> journalTypeFromCode(const QString &code)
{
    for (JournalType t :
         {JournalType::Incoming, JournalType::Outgoing, JournalType::InternalFollowUp, JournalType::InternalNoFollowUp})
        if (toCode(t) == code)
            return t;
    return std::nullopt;
}

std::optional<JournalStatus> journalStatusFromCode(const QString &code)
{
    for (JournalStatus s :
         {JournalStatus::Registered, JournalStatus::Dispatched, JournalStatus::Archived, JournalStatus::Cancelled})
        if (toCode(s) == code)
            return s;
    return std::nullopt;
}

QString noarkName(JournalType type)
{
    switch (type) {
    case JournalType::Incoming: return QStringLiteral("Inngående dokument");
    case JournalType::Outgoing: return QStringLiteral("Utgående dokument");
    case JournalType::InternalFollowUp: return QStringLiteral("Organinternt dokument for oppfølging");
    case JournalType::InternalNoFollowUp: return QStringLiteral("Organinternt dokument uten oppfølging");
    }
    return {};
}

QString noarkName(JournalStatus status)
{
    switch (status) {
    case JournalStatus::Registered: return QStringLiteral("Journalført");
    case JournalStatus::Dispatched: return QStringLiteral("Ekspedert");
    case JournalStatus::Archived: return QStringLiteral("Arkivert");
    case JournalStatus::Cancelled: return QStringLiteral("Utgår");
    }
    return {};
}

QString displayName(JournalType type)
{
    switch (type) {
    case JournalType::Incoming: return QCoreApplication::translate("fv::Journal", "incoming");
    case JournalType::Outgoing: return QCoreApplication::translate("fv::Journal", "outgoing");
    case JournalType::InternalFollowUp: return QCoreApplication::translate("fv::Journal", "internal, follow-up");
    case JournalType::InternalNoFollowUp: return QCoreApplication::translate("fv::Journal", "internal");
    }
    return {};
}

QString displayName(JournalStatus status)
{
    switch (status) {
    case JournalStatus::Registered: return QCoreApplication::translate("fv::Journal", "registered");
    case JournalStatus::Dispatched: return QCoreApplication::translate("fv::Journal", "dispatched");
    case JournalStatus::Archived: return QCoreApplication::translate("fv::Journal", "archived");
    case JournalStatus::Cancelled: return QCoreApplication::translate("fv::Journal", "cancelled");
    }
    return {};
}

QString JournalEntry::journalNumber() const
{
    return QString::number(year) + QLatin1Char('/') + QString::number(sequence);
}

QString JournalEntry::reference() const
{
    return caseNumber + QLatin1Char('-') + QString::number(number);
}

QString JournalEntry::publicTitle() const
{
    if (isScreened())
        return kindTitle + QLatin1Char(' ') + screenedText();
    QString shown = title;
    for (const JournalParty &p : parties)
        if (p.privateCapacity && !p.name.trimmed().isEmpty())
            shown.replace(p.name.trimmed(), screenedText(), Qt::CaseInsensitive);
    return shown;
}

QString JournalEntry::publicName(const JournalParty &party) const
{
    if (isScreened() || party.privateCapacity)
        return screenedText();
    if (party.organisation.isEmpty() || party.organisation == party.name)
        return party.name;
    return party.name + QStringLiteral(", ") + party.organisation;
}

QString JournalEntry::partyType(const JournalParty &party) const
{
    const bool internal = type == JournalType::InternalFollowUp || type == JournalType::InternalNoFollowUp;
    if (party.role == JournalParty::Role::Recipient)
        return internal ? QStringLiteral("Intern mottaker") : QStringLiteral("Mottaker");
    return internal ? QStringLiteral("Intern avsender") : QStringLiteral("Avsender");
}

} // namespace fv
