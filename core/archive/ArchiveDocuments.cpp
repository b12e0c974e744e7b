#include "archive/ArchiveDocuments.h"

#include "archive/ArchiveFormats.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

#include <set>

namespace fv {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Archive)
};

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString fileStem(const QString &caseNumber)
{
    return QStringLiteral("DOKUMENT/") + QString(caseNumber).replace(QLatin1Char('/'), QLatin1Char('-'));
}

// The bytes in an archive format: as they are, or a plain PDF converted to PDF/A. Empty, with
// `why`, when they cannot be archived.
std::pair<QByteArray, std::optional<ArchiveFormat>> inArchiveFormat(const QByteArray &bytes, QString &why)
{
    if (auto format = archiveFormat(bytes))
        return {bytes, format};
    if (!isPlainPdf(bytes)) {
        why = Tr::tr("not in a format the national archive accepts (PDF/A, plain text, PNG, JPEG)");
        return {{}, std::nullopt};
    }
    auto converted = convertToPdfA(bytes);
    if (!converted) {
        why = converted.error().message;
        return {{}, std::nullopt};
    }
    return {converted.value(), archiveFormat(converted.value())};
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush())
        return fail(Tr::tr("could not write the file: %1").arg(f.errorString()), path);
    return ok();
}

// `d` filled with the file's name, checksum, size and format, and the file written.
Status place(DocumentsJob &job, ArchivedDocument &d, const QString &stem, const QByteArray &bytes,
             const ArchiveFormat &format)
{
    d.file = stem + QLatin1Char('.') + format.extension;
    d.sha256 = sha256Hex(bytes);
    d.size = bytes.size();
    d.format = format.pronom;
    d.formatDetails = format.details;
    return writeFile(job.root + QLatin1Char('/') + d.file, bytes);
}

// The stored letters the case's entries refer to, checked against their SHA-256.
Status writeLetters(DocumentsJob &job, const ArchivedCase &c, ArchivedDocuments &docs)
{
    std::map<int, const JournalEntry *> byDocument;
    for (const JournalEntry &e : c.entries)
        if (e.documentNumber > 0)
            byDocument[e.documentNumber] = &e;
    if (byDocument.empty())
        return ok();
    auto q = job.db.exec(QStringLiteral("SELECT d.doc_no, d.sha256, d.content, d.created_at, u.login FROM document d "
                                        "JOIN app_user u ON u.id = d.created_by WHERE d.case_id = ? ORDER BY d.doc_no"),
                         {c.id});
    if (!q)
        return q.error();
    while (q->next()) {
        const int number = q->value(0).toInt();
        const auto entry = byDocument.find(number);
        if (entry == byDocument.end())
            continue;
        const QByteArray stored = q->value(2).toByteArray();
        const QString where = c.number + QLatin1Char('-') + QString::number(number);
        if (sha256Hex(stored) != q->value(1).toString())
            return fail(Tr::tr("the stored document is damaged (its SHA-256 differs from when it was stored); "
                               "no extract was written"),
                        where);
        if (stored.isEmpty())
            return fail(Tr::tr("the stored document is empty; no extract was written"), where);
        QString why;
        const auto [bytes, format] = inArchiveFormat(stored, why);
        if (!format) {
            job.notArchived << Tr::tr("%1 (document %2): %3").arg(c.number).arg(number).arg(why);
            continue;
        }
        ArchivedDocument d;
        d.createdAt = QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs);
        d.createdBy = q->value(4).toString();
        d.idNumber = c.id * 100000 + number;
        if (auto s = place(job, d, fileStem(c.number) + QLatin1Char('-') + QString::number(number), bytes, *format); !s)
            return s;
        docs[entry->second->id].push_back(d);
        if (job.progress && !job.progress(++job.done, job.total))
            return fail(Tr::tr("the extract was cancelled; nothing was written"));
    }
    return ok();
}

// The files that came with the application, as attachments (Vedlegg) of its incoming entry.
Status writeAttachments(DocumentsJob &job, const ArchivedCase &c, ArchivedDocuments &docs)
{
    const auto application = std::find_if(c.entries.begin(), c.entries.end(), [](const JournalEntry &e) {
        return e.source == QLatin1String("application");
    });
    if (application == c.entries.end())
        return ok();
    auto q = job.db.exec(QStringLiteral("SELECT pos, file_name, sha256, content FROM attachment "
                                        "WHERE case_id = ? AND content IS NOT NULL ORDER BY pos"),
                         {c.id});
    if (!q)
        return q.error();
    std::vector<ArchivedDocument> &mine = docs[application->id];
    while (q->next()) {
        const int pos = q->value(0).toInt();
        const QString name = q->value(1).toString();
        const QByteArray stored = q->value(3).toByteArray();
        if (sha256Hex(stored) != q->value(2).toString())
            return fail(Tr::tr("the stored attachment %1 is damaged (its SHA-256 differs from the application's); "
                               "no extract was written")
                            .arg(name),
                        c.number);
        QString why = Tr::tr("the file is empty");
        const auto [bytes, format] = stored.isEmpty()
            ? std::pair<QByteArray, std::optional<ArchiveFormat>>()
            : inArchiveFormat(stored, why);
        if (!format) {
            job.notArchived << Tr::tr("%1 (attachment %2): %3").arg(c.number, name, why);
            continue;
        }
        ArchivedDocument d;
        d.title = name;
        d.documentType = QStringLiteral("Vedlegg");
        d.attachment = true;
        d.number = static_cast<int>(mine.size()) + 1;
        d.createdAt = application->createdAt;
        d.createdBy = application->createdBy;
        d.idKind = QStringLiteral("-vedlegg");
        d.idNumber = c.id * 1000 + pos;
        if (auto s = place(job, d, fileStem(c.number) + QStringLiteral("-%1-v%2").arg(application->number).arg(pos),
                           bytes, *format);
            !s)
            return s;
        mine.push_back(d);
    }
    if (mine.empty())
        docs.erase(application->id);
    return ok();
}

// The files received outside the application (the appeal, the appeal body's decision), each the
// main document of its incoming entry, checked against its SHA-256 like the letters.
Status writeReceived(DocumentsJob &job, const ArchivedCase &c, ArchivedDocuments &docs)
{
    for (const JournalEntry &e : c.entries) {
        if (e.fileId <= 0)
            continue;
        auto q = job.db.exec(
            QStringLiteral("SELECT sha256, content FROM incoming_document WHERE id = ? AND case_id = ?"),
            {e.fileId, c.id});
        if (!q)
            return q.error();
        if (!q->next())
            continue;
        const QByteArray stored = q->value(1).toByteArray();
        if (sha256Hex(stored) != q->value(0).toString())
            return fail(Tr::tr("the received file %1 is damaged (its SHA-256 differs from when it was received); "
                               "no extract was written")
                            .arg(e.fileName),
                        c.number);
        QString why;
        const auto [bytes, format] = inArchiveFormat(stored, why);
        if (!format) {
            job.notArchived << Tr::tr("%1 (received file %2): %3").arg(c.number, e.fileName, why);
            continue;
        }
        ArchivedDocument d;
        d.createdAt = e.createdAt;
        d.createdBy = e.createdBy;
        d.idKind = QStringLiteral("-mottatt");
        d.idNumber = e.fileId;
        if (auto s = place(job, d, fileStem(c.number) + QStringLiteral("-m%1").arg(e.number), bytes, *format); !s)
            return s;
        docs[e.id].insert(docs[e.id].begin(), d); // the main document, before any attachment
    }
    return ok();
}

// The text of each journalled note with one (its source "note:ID"), as plain UTF-8 text.
Status writeNotes(DocumentsJob &job, const ArchivedCase &c, ArchivedDocuments &docs)
{
    for (const JournalEntry &e : c.entries) {
        if (!e.source.startsWith(QLatin1String("note:")))
            continue;
        auto text = job.db.scalar(QStringLiteral("SELECT text FROM case_note WHERE id = ? AND case_id = ?"),
                                  {e.source.mid(5).toLongLong(), c.id});
        if (!text)
            return text.error();
        const QByteArray bytes = text->toString().toUtf8();
        if (bytes.isEmpty())
            continue;
        ArchivedDocument d;
        d.documentType = QStringLiteral("Notat");
        d.createdAt = e.createdAt;
        d.createdBy = e.createdBy;
        d.idKind = QStringLiteral("-notat");
        d.idNumber = e.id;
        const ArchiveFormat plain{
            QStringLiteral("x-fmt/111"), QStringLiteral("Ren tekst, UTF-8"), QStringLiteral("txt")};
        if (auto s = place(job, d, fileStem(c.number) + QStringLiteral("-n%1").arg(e.number), bytes, plain); !s)
            return s;
        docs[e.id].push_back(d);
    }
    return ok();
}

} // namespace

Result<ArchivedDocuments> writeDocuments(DocumentsJob &job)
{
    ArchivedDocuments docs;
    for (const ArchivedCase &c : job.cases) {
        if (auto s = writeLetters(job, c, docs); !s)
            return s.error();
        if (auto s = writeAttachments(job, c, docs); !s)
            return s.error();
        if (auto s = writeNotes(job, c, docs); !s)
            return s.error();
        if (auto s = writeReceived(job, c, docs); !s)
            return s.error();
    }
    return docs;
}

} // namespace fv
