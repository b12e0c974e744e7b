#pragma once

#include "Result.h"
#include "archive/JournalTypes.h"
#include "archive/JournalXml.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>
#include <map>
#include <vector>

class QIODevice;

namespace fv {

class Database;

// A case as the extract describes it (saksmappe).
struct ArchivedCase
{
    qint64 id = 0;
    QString number;
    int year = 0;
    int sequence = 0;
    QString title;
    QDateTime createdAt;
    QDateTime closedAt;
    QString closedBy;
    QString createdBy;
    QString caseworker;     // saksansvarlig
    QString screeningBasis; // the whole case screened, else empty
    std::vector<JournalEntry> entries;
};

// A document written to DOKUMENT/: a stored letter, an application's attachment, a note's text.
struct ArchivedDocument
{
    QString file; // "DOKUMENT/26-00012-3.pdf"
    QString sha256;
    qint64 size = 0;
    QDateTime createdAt;
    QString createdBy;
    QString title;                              // empty: the entry's title
    QString format = QStringLiteral("fmt/477"); // PRONOM
    QString formatDetails = QStringLiteral("PDF/A-2b");
    QString documentType = QStringLiteral("Brev"); // dokumenttype
    bool attachment = false;                       // Vedlegg, else Hoveddokument
    int number = 1;                                // dokumentnummer within the entry
    QString idKind;                                // with idNumber: the document's systemIDs
    qint64 idNumber = 0;
};

// Key: the journal entry's id; the entry's documents in their order.
using ArchivedDocuments = std::map<qint64, std::vector<ArchivedDocument>>;

// Counts of the structure, for the ADDML.
struct StructureCounts
{
    int folders = 0;
    int registrations = 0;
    int documentDescriptions = 0;
    int documentObjects = 0;
};

// The closed cases created from `from` to `to`, with their journal entries.
Result<std::vector<ArchivedCase>> loadArchivedCases(Database &db, const QDate &from, const QDate &to);

// arkivstruktur.xml, streamed to `out`.
StructureCounts writeArkivstruktur(
    QIODevice &out, const std::vector<ArchivedCase> &cases, const ArchivedDocuments &documents,
    const ArchiveCreator &creator, const QDate &from, const QDate &to, const QString &exportedBy);
// endringslogg.xml: each case's status Avsluttet and each entry's Arkivert at delivery.
int writeEndringslogg(QIODevice &out, const std::vector<ArchivedCase> &cases, const QString &exportedBy,
                      const QDateTime &at);

// The Noark names written in an extract.
QString screeningRestriction(const QString &basis); // "Offl. § 13 jf. fvl. § 13" → "13"

} // namespace fv
