#pragma once

#include "Result.h"
#include "archive/JournalTypes.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

class QXmlStreamWriter;

namespace fv {

class Database;

// Who made the archive (arkivskaper): the agency, from the settings.
struct ArchiveCreator
{
    QString id;   // the organisation number
    QString name; // "Folkehelseinstituttet – Helsedataservice"
};

// The agency from the settings (archive.creator-id, the letters' sender name).
Result<ArchiveCreator> archiveCreator(Database &db);

// A Noark 5 systemID: a UUID that is the same for the same thing in every file of an extract
// (and every extract), made from what it identifies ("journalpost", 17).
QString noarkSystemId(const QString &kind, qint64 id);
// Noark's names for the ways of closing an incoming entry (BU, TE, TO).
QString closingMethodName(const QString &code);
// An XML date (YYYY-MM-DD) and date-time.
QString xmlDate(const QDate &day);
QString xmlDateTime(const QDateTime &at);
// `text`, or `fallback` when it is blank: Noark's elements are never empty.
QString nonEmpty(const QString &text, const QString &fallback);

// offentligJournal.xml: the public journal of the entries (for eInnsyn). Screened titles and
// names are written as *****, with their basis; nothing screened is written anywhere in it.
QByteArray publicJournalXml(const std::vector<JournalEntry> &entries, const QDate &from, const QDate &to,
                            const ArchiveCreator &creator);
// loependeJournal.xml: the running journal, whole titles and names, with what is screened marked.
QByteArray runningJournalXml(const std::vector<JournalEntry> &entries, const QDate &from, const QDate &to,
                             const ArchiveCreator &creator);

} // namespace fv
