#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace fv {

class Database;

// A file received in a case outside the application (schema 13): the appeal itself, or the
// appeal body's decision. Kept byte for byte with its SHA-256 in incoming_document, never
// changed or removed, and journalled as the main document of its incoming journal entry. Never
// health data. The case's sent letters stay in `document`.
struct IncomingDocument
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind; // appeal, appeal-result
    QString fileName;
    QString mediaType; // application/pdf, image/png, image/jpeg, image/tiff, text/plain, message/rfc822, …
    qint64 size = 0;
    QString sha256;
    qint64 journalEntryId = 0;
    QDateTime createdAt;
};

// A file read for storing: its name without the folder, and its bytes.
struct IncomingFile
{
    QString fileName;
    QByteArray bytes;

    bool isEmpty() const { return fileName.isEmpty(); }
};

namespace incoming {

// The largest file kept: the limit of the application's attachments (Attachments::maxBytes).
qint64 maxBytes();
// Reads `path`; refused, naming the file, when it is missing, unreadable, empty or over maxBytes().
Result<IncomingFile> readFile(const QString &path);
// The same checks for bytes already read (the GUI's file dialog reads through this too).
Status checkFile(const IncomingFile &file);
// The media type told by the bytes (as the archive's format detection reads them), else by
// the file name's suffix for e-mail; application/octet-stream when unknown.
QString mediaType(const QByteArray &bytes, const QString &fileName);
// The text of a plain UTF-8 text file (an e-mail saved as text) of at most 1 MB, else empty.
QString textOf(const IncomingFile &file);
QString sha256Hex(const QByteArray &bytes);

} // namespace incoming

// The SQL of incoming_document; writes inside the caller's transaction.
class IncomingDocumentStore
{
public:
    // Stores the file of `kind` in the case, linked to its journal entry; returns its id.
    static Result<qint64> insert(Database &db, qint64 caseId, const QString &kind, const IncomingFile &file,
                                 qint64 journalEntryId, qint64 userId);
    static Result<std::vector<IncomingDocument>> forCase(Database &db, qint64 caseId);
    // The stored bytes of the case's file `id`, their SHA-256 checked on the way out.
    static Result<QByteArray> content(Database &db, qint64 caseId, qint64 id);
    // Every stored file whose bytes no longer match their SHA-256, as "case NUMBER: …" lines.
    static Status checkAll(Database &db, QStringList &problems);
};

} // namespace fv
