#pragma once

#include "Result.h"
#include "archive/ArchiveStructure.h"
#include "archive/JournalXml.h"

#include <QDate>
#include <QString>

namespace fv {

// What the ADDML says about an extract besides its files' checksums.
struct AddmlFacts
{
    QDate from, to;
    ArchiveCreator creator;
    StructureCounts counts;
    int journalEntries = 0;
    int changes = 0;
};

// arkivuttrekk.xml in `root`: the ADDML description of the extract, naming every XML and XSD
// file in it with its SHA-256 (all but itself) and the counts of the structure.
Status writeAddml(const QString &root, const AddmlFacts &facts);

// The SHA-256 of a file, in lower-case hex; empty when it cannot be read.
QString fileSha256(const QString &path);

} // namespace fv
