#include "application/Attachments.h"

#include "application/ApplicationStore.h"
#include "casework/AuditLog.h"
#include "rules/Operation.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>

namespace fv {
namespace {

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// lupdate and the running program agree on the context only through a declared one.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Application)
};

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(static_cast<double>(bytes) / (1024 * 1024), 'f', 1);
}

} // namespace

Attachments::Attachments(CaseService &cases) : m_cases(cases)
{}

Result<std::vector<Attachments::Info>> Attachments::list(const QString &caseNumber)
{
    auto id = m_cases.caseId(caseNumber);
    if (!id)
        return id.error();
    auto q = m_cases.database().exec(
        QStringLiteral("SELECT pos, kind, file_name, sha256, size FROM attachment "
                       "WHERE case_id = ? ORDER BY pos"),
        {id.value()});
    if (!q)
        return q.error();
    std::vector<Info> out;
    while (q->next())
        out.push_back({q->value(0).toInt(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                       q->value(4).isNull() ? -1 : q->value(4).toLongLong()});
    return out;
}

Result<Attachments::Info> Attachments::attach(const QString &caseNumber, const QString &fileName,
                                              const QByteArray &bytes)
{
    const QString name = QFileInfo(fileName).fileName();
    if (bytes.size() > maxBytes)
        return fail(Tr::tr("The file is %1 MB; attachments may be at most %2 MB")
                        .arg(megabytes(bytes.size()), megabytes(maxBytes)),
                    fileName);
    if (bytes.isEmpty())
        return fail(Tr::tr("The file is empty"), fileName);
    Info result;
    // The runner checks the role (rules/Permissions.h) and records nothing unless the event is written.
    Status s = Operation(m_cases, Action::AttachFile).run(caseNumber, [&](CaseRecord &r, const User &actor) -> Status {
        auto listed = list(caseNumber);
        if (!listed)
            return listed.error();
        const QString hash = sha256Of(bytes);
        const Info *match = nullptr;
        for (const Info &i : listed.value())
            if (i.sha256 == hash)
                match = &i;
        if (!match) {
            for (const Info &i : listed.value()) {
                if (i.fileName == name)
                    return fail(Tr::tr("The file's SHA-256 is %1, but the application lists %2 for %3: it is not the "
                                       "file the applicant sent")
                                    .arg(hash, i.sha256, i.fileName),
                                fileName);
            }
            QStringList names;
            for (const Info &i : listed.value())
                names << i.fileName;
            return fail(Tr::tr("The application lists no attachment with this content (listed: %1)")
                            .arg(names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "))),
                        fileName);
        }
        result = *match;
        if (auto stored = ApplicationStore::storeAttachmentContent(
                m_cases.database(), r.summary.id, result.position, bytes);
            !stored)
            return stored;
        return AuditLog::append(
            m_cases.database(), r.summary.id, actor.login, QStringLiteral("attachment-stored"),
            QStringLiteral("%1 (%2, %3 bytes, SHA-256 verified)").arg(result.fileName, result.kind).arg(bytes.size()));
    });
    if (!s)
        return s.error();
    result.size = bytes.size();
    return result;
}

Result<QByteArray> Attachments::content(const QString &caseNumber, const QString &fileName)
{
    auto id = m_cases.caseId(caseNumber);
    if (!id)
        return id.error();
    auto q = m_cases.database().exec(
        QStringLiteral("SELECT sha256, content FROM attachment WHERE case_id = ? AND file_name = ?"),
        {id.value(), fileName});
    if (!q)
        return q.error();
    if (!q->next())
        return fail(
            QCoreApplication::translate("fv::Application", "the case lists no attachment named %1").arg(fileName),
            caseNumber);
    if (q->value(1).isNull())
        return fail(
            QCoreApplication::translate("fv::Application", "%1 is listed, but the file itself has not been attached")
                .arg(fileName),
            caseNumber);
    const QByteArray bytes = q->value(1).toByteArray();
    if (sha256Of(bytes) != q->value(0).toString())
        return fail(QCoreApplication::translate(
                        "fv::Application", "the stored %1 does not match its SHA-256: the database is damaged")
                        .arg(fileName),
                    caseNumber);
    return bytes;
}

} // namespace fv
