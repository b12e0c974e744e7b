#pragma once

#include "Result.h"
#include "archive/ArchiveExport.h"
#include "archive/ArchiveStructure.h"

#include <QStringList>

namespace fv {

class Database;

// What goes under DOKUMENT/ and is counted while it is written.
struct DocumentsJob
{
    Database &db;
    const std::vector<ArchivedCase> &cases;
    QString root;
    qint64 total = 0;
    const ExportProgress &progress;
    qint64 done = 0;
    QStringList notArchived; // files left out, each with its case and reason
};

// Writes the documents of the cases' journal entries into DOKUMENT/: the stored letters (their
// SHA-256 checked), the application's attachments as attachments of its incoming entry (a plain
// PDF converted to PDF/A; a format Arkivverket does not accept is left out and listed in
// `notArchived`), the text of a journalled note as plain UTF-8 text, and a received file (the
// appeal, the appeal body's decision) as the main document of its incoming entry.
Result<ArchivedDocuments> writeDocuments(DocumentsJob &job);

} // namespace fv
