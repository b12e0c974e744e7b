#pragma once

#include "Result.h"
#include "casework/CaseService.h"

#include <QByteArray>
#include <QString>

namespace fv {

// The files behind the attachments an application lists (protocol, REK approval, …),
// kept in the case database with their SHA-256 checked against the list. Never health data.
class Attachments
{
public:
    static constexpr qint64 maxBytes = 20 * 1024 * 1024;

    struct Info
    {
        int position = 0;
        QString kind;
        QString fileName;
        QString sha256;
        qint64 size = -1; // -1: listed, but the file itself is not attached
    };

    explicit Attachments(CaseService &cases);

    Result<std::vector<Info>> list(const QString &caseNumber);
    // Attaches `bytes` to the listed attachment with the same SHA-256 (or, failing that,
    // the same file name — then the hashes must agree). Refused above maxBytes.
    Result<Info> attach(const QString &caseNumber, const QString &fileName, const QByteArray &bytes);
    // The stored file, its hash checked again on the way out.
    Result<QByteArray> content(const QString &caseNumber, const QString &fileName);

private:
    CaseService &m_cases;
};

} // namespace fv
