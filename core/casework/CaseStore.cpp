#include "casework/CaseStore.h"

#include "Clock.h"
#include "casework/CaseService.h"
#include "casework/CaseStatus.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace fv {

Result<QString> allocateCaseNumber(Database &db, int year, int *sequence)
{
    // One statement both creates the year's counter and takes the next number, inside the
    // caller's IMMEDIATE transaction: no two writers see the same value, and a rolled-back
    // import gives its number back, so numbers have no gaps.
    auto r = db.exec(QStringLiteral("INSERT INTO case_sequence (year, last) VALUES (?, 1) "
                                    "ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last"),
                     {year});
    if (!r)
        return r.error();
    if (!r->next())
        return fail(QCoreApplication::translate("fv::Casework", "Could not allocate a case number"));
    const int seq = r->value(0).toInt();
    if (seq > 99999)
        return fail(
            QCoreApplication::translate("fv::Casework", "The case numbers of %1 are used up (99 999)").arg(year));
    if (sequence)
        *sequence = seq;
    return QStringLiteral("%1/%2").arg(year % 100, 2, 10, QLatin1Char('0')).arg(seq, 5, 10, QLatin1Char('0'));
}

Result<std::optional<qint64>> CaseStore::idOf(Database &db, const QString &caseNumber)
{
    auto id = db.scalar(QStringLiteral("SELECT id FROM fv_case WHERE case_number = ?"), {caseNumber.trimmed()});
    if (!id)
        return id.error();
    if (!id->isValid() || id->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(id->toLongLong());
}

Result<QString> CaseStore::numberOfReference(Database &db, const QString &reference, qint64 exceptCaseId)
{
    auto other = db.scalar(QStringLiteral("SELECT c.case_number FROM application a JOIN fv_case c ON c.id = a.case_id "
                                          "WHERE a.reference = ? AND a.case_id <> ?"),
                           {reference, exceptCaseId});
    if (!other)
        return other.error();
    return other->isValid() ? other->toString() : QString();
}

Result<QString> CaseStore::statusCode(Database &db, qint64 caseId)
{
    auto current = db.scalar(QStringLiteral("SELECT status FROM fv_case WHERE id = ?"), {caseId});
    if (!current)
        return current.error();
    return current->toString();
}

Result<std::optional<CaseStore::Header>> CaseStore::header(Database &db, const QString &caseNumber)
{
    auto q = db.exec(QStringLiteral("SELECT c.id, c.completed_on, c.row_version, e.case_number, "
                                    "c.preliminary_reply_on FROM fv_case c "
                                    "LEFT JOIN fv_case e ON e.id = c.change_of WHERE c.case_number = ?"),
                     {caseNumber});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Header>();
    Header h;
    h.id = q->value(0).toLongLong();
    h.completedOn = dateFromStorage(q->value(1));
    h.rowVersion = q->value(2).toLongLong();
    h.changeOfCaseNumber = q->value(3).toString();
    h.preliminaryReplyOn = dateFromStorage(q->value(4));
    return std::optional<Header>(std::move(h));
}

Result<std::vector<StoredDocument>> CaseStore::documents(Database &db, qint64 caseId)
{
    auto docs = db.exec(
        QStringLiteral("SELECT d.doc_no, d.kind, d.language, d.title, d.created_at, u.login, d.sha256 "
                       "FROM document d JOIN app_user u ON u.id = d.created_by WHERE d.case_id = ? "
                       "ORDER BY d.doc_no"),
        {caseId});
    if (!docs)
        return docs.error();
    std::vector<StoredDocument> out;
    while (docs->next())
        out.push_back({docs->value(0).toInt(), docs->value(1).toString(), docs->value(2).toString(),
                       docs->value(3).toString(), QDateTime::fromString(docs->value(4).toString(), Qt::ISODateWithMs),
                       docs->value(5).toString(), docs->value(6).toString()});
    return out;
}

Result<qint64> CaseStore::insert(Database &db, const QString &caseNumber, int year, int sequence,
                                 const QString &statusCode, const QVariant &changeOf)
{
    const QString at = toStorage(now());
    auto ins = db.exec(
        QStringLiteral("INSERT INTO fv_case (case_number, year, seq, status, created_at, updated_at, change_of) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {caseNumber, year, sequence, statusCode, at, at, changeOf});
    if (!ins)
        return ins.error();
    return ins->lastInsertId().toLongLong();
}

} // namespace fv

namespace fv {

Result<std::pair<qint64, QString>> CaseStore::newCase(Database &db, const QVariant &changeOf)
{
    if (db.isServer()) { // the server numbers the case (gapless, its own date) and inserts it
        auto q = db.exec(QStringLiteral("SELECT id, case_number FROM fv_new_case(?)"), {changeOf});
        if (!q)
            return q.error();
        if (!q->next())
            return fail(QCoreApplication::translate("fv::Casework", "Could not allocate a case number"));
        return std::pair<qint64, QString>(q->value(0).toLongLong(), q->value(1).toString());
    }
    const QDate day = today();
    int seq = 0;
    auto number = allocateCaseNumber(db, day.year(), &seq);
    if (!number)
        return number.error();
    auto inserted = insert(db, number.value(), day.year(), seq, toCode(CaseStatus::Received), changeOf);
    if (!inserted)
        return inserted.error();
    return std::pair<qint64, QString>(inserted.value(), number.value());
}

} // namespace fv
