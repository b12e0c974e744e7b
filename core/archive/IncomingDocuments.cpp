#include "archive/IncomingDocuments.h"

#include "Clock.h"
#include "application/Attachments.h"
#include "archive/ArchiveFormats.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QStringDecoder>

namespace fv {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::IncomingDocument)
};

constexpr qint64 maxTextBytes = 1024 * 1024;

const QString columns = QStringLiteral(
    "id, case_id, kind, file_name, media_type, size, sha256, journal_entry_id, created_at");

IncomingDocument fromRow(const QSqlQuery &q)
{
    IncomingDocument d;
    d.id = q.value(0).toLongLong();
    d.caseId = q.value(1).toLongLong();
    d.kind = q.value(2).toString();
    d.fileName = q.value(3).toString();
    d.mediaType = q.value(4).toString();
    d.size = q.value(5).toLongLong();
    d.sha256 = q.value(6).toString();
    d.journalEntryId = q.value(7).toLongLong();
    d.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    return d;
}

bool looksLikeMail(const QByteArray &bytes)
{
    for (const char *header : {"From:", "Received:", "Return-Path:", "MIME-Version:", "Message-ID:", "Date:"})
        if (bytes.startsWith(header))
            return true;
    return false;
}

} // namespace

namespace incoming {

qint64 maxBytes()
{
    return Attachments::maxBytes;
}

Status checkFile(const IncomingFile &file)
{
    if (file.bytes.isEmpty())
        return fail(Tr::tr("the file is empty: attach the appeal's letter, scan or saved e-mail"), file.fileName);
    if (file.bytes.size() > maxBytes())
        return fail(Tr::tr("the file is %1 MB; the most a file may be is %2 MB")
                        .arg(QLocale().toString(double(file.bytes.size()) / (1024 * 1024), 'f', 1))
                        .arg(maxBytes() / (1024 * 1024)),
                    file.fileName);
    return ok();
}

Result<IncomingFile> readFile(const QString &path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile())
        return Error{Tr::tr("there is no such file"), path};
    if (!f.open(QIODevice::ReadOnly))
        return Error{Tr::tr("cannot read the file: %1").arg(f.errorString()), path};
    if (f.size() > maxBytes()) // refused before reading a huge file into memory
        return Error{Tr::tr("the file is %1 MB; the most a file may be is %2 MB")
                         .arg(QLocale().toString(double(f.size()) / (1024 * 1024), 'f', 1))
                         .arg(maxBytes() / (1024 * 1024)),
                     path};
    IncomingFile file{QFileInfo(path).fileName(), f.readAll()};
    if (f.error() != QFileDevice::NoError)
        return Error{Tr::tr("cannot read the file: %1").arg(f.errorString()), path};
    if (auto s = checkFile(file); !s)
        return Error{s.error().message, path};
    return file;
}

QString mediaType(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (auto format = archiveFormat(bytes)) {
        if (format->extension == QLatin1String("png"))
            return QStringLiteral("image/png");
        if (format->extension == QLatin1String("jpg"))
            return QStringLiteral("image/jpeg");
    }
    if (bytes.startsWith("II*\0") || bytes.startsWith("MM\0*"))
        return QStringLiteral("image/tiff");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (!textOf(IncomingFile{fileName, bytes}).isEmpty())
        return looksLikeMail(bytes) || fileName.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive)
            ? QStringLiteral("message/rfc822")
            : QStringLiteral("text/plain");
    return QStringLiteral("application/octet-stream");
}

QString textOf(const IncomingFile &file)
{
    if (file.bytes.size() > maxTextBytes || file.bytes.contains('\0'))
        return {};
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(file.bytes);
    if (utf8.hasError())
        return {};
    for (QChar c : text)
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t' && c != u'\f')
            return {};
    return text;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace incoming

Result<qint64> IncomingDocumentStore::insert(Database &db, qint64 caseId, const QString &kind, const IncomingFile &file,
                                             qint64 journalEntryId, qint64 userId)
{
    if (auto s = incoming::checkFile(file); !s)
        return s.error();
    return db.insert(
        QStringLiteral("INSERT INTO incoming_document (case_id, kind, file_name, media_type, size, sha256, content, "
                       "journal_entry_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {caseId, kind, file.fileName, incoming::mediaType(file.bytes, file.fileName), qint64(file.bytes.size()),
         incoming::sha256Hex(file.bytes), file.bytes, journalEntryId, userId, toStorage(now())});
}

Result<std::vector<IncomingDocument>> IncomingDocumentStore::forCase(Database &db, qint64 caseId)
{
    auto q = db.exec(
        QStringLiteral("SELECT %1 FROM incoming_document WHERE case_id = ? ORDER BY id").arg(columns), {caseId});
    if (!q)
        return q.error();
    std::vector<IncomingDocument> out;
    while (q->next())
        out.push_back(fromRow(q.value()));
    return out;
}

Result<QByteArray> IncomingDocumentStore::content(Database &db, qint64 caseId, qint64 id)
{
    auto q = db.exec(QStringLiteral("SELECT file_name, sha256, content FROM incoming_document "
                                    "WHERE id = ? AND case_id = ?"),
                     {id, caseId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{Tr::tr("the case has no received file with the number %1").arg(id), {}};
    const QByteArray bytes = q->value(2).toByteArray();
    if (incoming::sha256Hex(bytes) != q->value(1).toString())
        return Error{Tr::tr("the stored file is damaged: its SHA-256 differs from when it was received"),
                     q->value(0).toString()};
    return bytes;
}

Status IncomingDocumentStore::checkAll(Database &db, QStringList &problems)
{
    // One row at a time: the bytes are read and hashed here, as SQLite has no SHA-256 of its own.
    auto q = db.exec(QStringLiteral("SELECT c.case_number, d.file_name, d.sha256, d.content, d.size "
                                    "FROM incoming_document d JOIN fv_case c ON c.id = d.case_id ORDER BY d.id"));
    if (!q)
        return q.error();
    while (q->next()) {
        const QByteArray bytes = q->value(3).toByteArray();
        if (incoming::sha256Hex(bytes) != q->value(2).toString() || bytes.size() != q->value(4).toLongLong())
            problems << QCoreApplication::translate(
                            "fv::Storage", "case %1: the received file %2 does not match its SHA-256")
                            .arg(q->value(0).toString(), q->value(1).toString());
    }
    return ok();
}

} // namespace fv
