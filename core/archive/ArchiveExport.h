#pragma once

#include "Result.h"
#include "archive/JournalTypes.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

namespace fv {

class CaseService;

// What an extract holds.
struct ExportSummary
{
    int cases = 0;
    int entries = 0;
    int documents = 0;
    int changes = 0; // endringslogg
    // The files left out because they are in no format the national archive accepts, each
    // with its case and the reason: the export's report, never dropped silently.
    QStringList notArchived;
};

// How far the extract has come (entries and documents written of all); false cancels it.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

// The Noark 5 v5.0 extract (arkivuttrekk) of the closed cases created in a period:
// arkivstruktur.xml, endringslogg.xml, loependeJournal.xml, offentligJournal.xml, the ADDML
// description arkivuttrekk.xml with the SHA-256 of every other XML and XSD file, the schemas,
// and under DOKUMENT/ the stored PDF/A letters, the applications' attachments in an archive
// format and the text of journalled notes. Written into a folder beside the target and
// renamed at the end, so the target is whole or absent; a non-empty target is refused. An
// admin's action, audited.
class ArchiveExport
{
public:
    explicit ArchiveExport(CaseService &cases);
    Result<ExportSummary> write(const QDate &from, const QDate &to, const QString &dir,
                                const ExportProgress &progress = {});

    // The extract's files besides the documents, in the order the ADDML lists them.
    static QStringList xmlFiles();
    static QStringList schemaFiles();

private:
    CaseService &m_cases;
};

} // namespace fv
