#include "archive/ArchiveExport.h"

#include "Clock.h"
#include "archive/Addml.h"
#include "archive/ArchiveDocuments.h"
#include "archive/ArchiveStructure.h"
#include "archive/JournalXml.h"
#include "casework/AuditLog.h"
#include "casework/CaseService.h"
#include "rules/Operation.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace fv {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Archive)
};

Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush())
        return fail(Tr::tr("could not write the file: %1").arg(f.errorString()), path);
    return ok();
}

// Refused unless `dir` is absent or an empty folder.
Status requireEmptyTarget(const QString &dir)
{
    const QFileInfo info(dir);
    if (!info.exists())
        return ok();
    if (!info.isDir())
        return fail(Tr::tr("there is a file where the extract's folder should be; choose a new folder"), dir);
    if (!QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(Tr::tr("the folder is not empty; an extract is written into a new or empty folder only"), dir);
    return ok();
}

Status writeXml(const QString &path, const std::function<void(QIODevice &)> &write)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(Tr::tr("could not write the file: %1").arg(f.errorString()), path);
    write(f);
    if (!f.flush() || f.error() != QFile::NoError)
        return fail(Tr::tr("could not write the file: %1").arg(f.errorString()), path);
    return ok();
}

// What one extract is made of.
struct ExtractJob
{
    Database &db;
    const std::vector<ArchivedCase> &cases;
    ArchiveCreator creator;
    QDate from, to;
    QString by;
    const ExportProgress &progress;
};

Status copySchemas(const QString &root)
{
    for (const QString &xsd : ArchiveExport::schemaFiles()) {
        const QString to = root + QLatin1Char('/') + xsd;
        if (!QFile::copy(QStringLiteral(":/noark5/") + xsd, to))
            return fail(Tr::tr("could not copy the schema %1 into the extract").arg(xsd), root);
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    }
    return ok();
}

// Every file of the extract into `root`: the documents, the four XML files, the schemas and
// last the ADDML with their checksums.
Result<ExportSummary> writeFiles(const ExtractJob &job, const QString &root)
{
    if (!QDir(root).mkdir(QStringLiteral("DOKUMENT")))
        return fail(Tr::tr("could not make the folder DOKUMENT"), root);
    std::vector<JournalEntry> entries;
    qint64 total = 0;
    for (const ArchivedCase &c : job.cases)
        for (const JournalEntry &e : c.entries) {
            entries.push_back(e);
            total += e.documentNumber > 0 ? 2 : 1;
        }
    std::sort(entries.begin(), entries.end(), [](const JournalEntry &a, const JournalEntry &b) {
        return std::tie(a.year, a.sequence) < std::tie(b.year, b.sequence);
    });
    DocumentsJob documents{job.db, job.cases, root, total, job.progress, 0, {}};
    auto docs = writeDocuments(documents);
    if (!docs)
        return docs.error();
    ExportSummary summary;
    summary.notArchived = documents.notArchived;
    StructureCounts counts;
    const QDateTime at = now();
    if (auto s = writeXml(
            root + QStringLiteral("/arkivstruktur.xml"),
            [&](QIODevice &f) {
                counts = writeArkivstruktur(f, job.cases, docs.value(), job.creator, job.from, job.to, job.by);
            });
        !s)
        return s.error();
    if (auto s = writeXml(root + QStringLiteral("/endringslogg.xml"),
                          [&](QIODevice &f) { summary.changes = writeEndringslogg(f, job.cases, job.by, at); });
        !s)
        return s.error();
    const QDate first = std::min(job.from, entries.front().journalDate);
    const QDate last = std::max(job.to, entries.back().journalDate);
    if (auto s = writeBytes(
            root + QStringLiteral("/loependeJournal.xml"), runningJournalXml(entries, first, last, job.creator));
        !s)
        return s.error();
    if (auto s = writeBytes(
            root + QStringLiteral("/offentligJournal.xml"), publicJournalXml(entries, first, last, job.creator));
        !s)
        return s.error();
    if (auto s = copySchemas(root); !s)
        return s.error();
    summary.cases = static_cast<int>(job.cases.size());
    summary.entries = static_cast<int>(entries.size());
    for (const auto &[entry, files] : docs.value())
        summary.documents += static_cast<int>(files.size());
    if (auto s = writeAddml(root, AddmlFacts{job.from, job.to, job.creator, counts, summary.entries, summary.changes});
        !s)
        return s.error();
    if (job.progress && !job.progress(total, total))
        return fail(Tr::tr("the extract was cancelled; nothing was written"));
    return summary;
}

// The audit event and the rename together: a failed rename leaves no event, a failed commit
// no folder.
Status publish(const ExtractJob &job, const ExportSummary &summary, const QString &root, const QFileInfo &target)
{
    Transaction tx(job.db);
    if (!tx.isOpen())
        return tx.error();
    if (auto s = AuditLog::append(
            job.db, 0, job.by, QStringLiteral("archive-exported"),
            QStringLiteral("Noark 5 extract of %1 cases (%2 journal entries, %3 documents) "
                           "created from %4 to %5")
                    .arg(summary.cases)
                    .arg(summary.entries)
                    .arg(summary.documents)
                    .arg(job.from.toString(Qt::ISODate), job.to.toString(Qt::ISODate))
                + (summary.notArchived.isEmpty() ? QString()
                                                 : QStringLiteral("; left out, not in an archive format: ")
                           + summary.notArchived.join(QStringLiteral("; "))));
        !s)
        return s;
    if (target.exists() && !QDir().rmdir(target.absoluteFilePath()))
        return fail(Tr::tr("the empty folder could not be replaced by the extract"), target.filePath());
    if (!QDir().rename(root, target.absoluteFilePath()))
        return fail(Tr::tr("the finished extract could not be moved into place"), target.filePath());
    if (auto c = tx.commit(); !c) {
        QDir(target.absoluteFilePath()).removeRecursively();
        return c;
    }
    return ok();
}

} // namespace

ArchiveExport::ArchiveExport(CaseService &cases) : m_cases(cases)
{}

QStringList ArchiveExport::xmlFiles()
{
    return {QStringLiteral("arkivstruktur.xml"), QStringLiteral("endringslogg.xml"),
            QStringLiteral("loependeJournal.xml"), QStringLiteral("offentligJournal.xml")};
}

QStringList ArchiveExport::schemaFiles()
{
    return {QStringLiteral("arkivstruktur.xsd"),   QStringLiteral("endringslogg.xsd"),
            QStringLiteral("loependeJournal.xsd"), QStringLiteral("offentligJournal.xsd"),
            QStringLiteral("metadatakatalog.xsd"), QStringLiteral("addml.xsd")};
}

Result<ExportSummary> ArchiveExport::write(const QDate &from, const QDate &to, const QString &dir,
                                           const ExportProgress &progress)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(Tr::tr("the period must be two dates, the first not after the second"));
    Database &db = m_cases.database();
    if (auto s = canNow(db, m_cases.actor(), Action::ExportArchive); !s)
        return s.error();
    if (auto s = requireEmptyTarget(dir); !s)
        return s.error();
    auto cases = loadArchivedCases(db, from, to);
    if (!cases)
        return cases.error();
    if (cases->empty())
        return fail(Tr::tr("no closed case was created from %1 to %2, so there is nothing to extract")
                        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    auto creator = archiveCreator(db);
    if (!creator)
        return creator.error();
    // Written beside the target and renamed at the end: the target is whole or absent.
    const QFileInfo target(dir);
    QTemporaryDir work(target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral("-XXXXXX"));
    if (!work.isValid())
        return fail(Tr::tr("could not make a working folder beside the extract: %1").arg(work.errorString()), dir);
    ExtractJob job{db, cases.value(), creator.value(), from, to, m_cases.actor().login, progress};
    auto summary = writeFiles(job, work.path());
    if (!summary)
        return summary.error();
    if (auto s = publish(job, summary.value(), work.path(), target); !s)
        return s.error();
    work.setAutoRemove(false);
    return summary;
}

} // namespace fv
