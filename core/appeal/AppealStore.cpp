#include "appeal/AppealStore.h"

#include "Clock.h"
#include "archive/IncomingDocuments.h"
#include "casework/CaseService.h"
#include "casework/Deadlines.h"
#include "letters/LetterInput.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace fv {
namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : sqlNull();
}

const QString columns = QStringLiteral(
    "id, decision_version, letter_document, letter_sent_on, received_on, posted_on, appellant, contests, text, "
    "attachment_id, last_day, in_time, late_handling, late_reason, late_decided_on, preparation_due, outcome, "
    "outcome_on, reversing_version, forwarded_on, hds_view, comment_due, body_result, body_result_on, "
    "body_reference, body_document_id");

Appeal fromRow(const QSqlQuery &q)
{
    Appeal a;
    a.id = q.value(0).toLongLong();
    a.decisionVersion = q.value(1).toInt();
    a.letterDocument = q.value(2).toInt();
    a.letterSentOn = dateFromStorage(q.value(3));
    a.receivedOn = dateFromStorage(q.value(4));
    a.postedOn = dateFromStorage(q.value(5));
    a.appellant = q.value(6).toString();
    a.contests = q.value(7).toString();
    a.text = q.value(8).toString();
    a.attachmentId = q.value(9).toLongLong();
    a.lastDay = dateFromStorage(q.value(10));
    a.inTime = q.value(11).toInt() != 0;
    a.late = lateHandlingFromCode(q.value(12).toString()).value_or(LateHandling::None);
    a.lateReason = q.value(13).toString();
    a.lateDecidedOn = dateFromStorage(q.value(14));
    a.preparationDue = dateFromStorage(q.value(15));
    a.outcome = hdsOutcomeFromCode(q.value(16).toString()).value_or(HdsOutcome::None);
    a.outcomeOn = dateFromStorage(q.value(17));
    a.reversingVersion = q.value(18).toInt();
    a.forwardedOn = dateFromStorage(q.value(19));
    a.hdsView = q.value(20).toString();
    a.commentDue = dateFromStorage(q.value(21));
    a.bodyResult = bodyResultFromCode(q.value(22).toString()).value_or(BodyResult::None);
    a.bodyResultOn = dateFromStorage(q.value(23));
    a.bodyReference = q.value(24).toString();
    a.bodyDocumentId = q.value(25).toLongLong();
    return a;
}

} // namespace

Status AppealStore::load(Database &db, CaseRecord &record)
{
    AppealRecord &r = record.appeals;
    r = AppealRecord{};
    auto settings = loadCaseworkSettings(db);
    if (!settings)
        return settings.error();
    r.deliveryDays = settings->appealDeliveryDays;
    r.preparationWorkingDays = settings->appealPreparationWorkingDays;
    r.commentDays = settings->appealCommentDays;
    r.appealBody = Settings::letterSettings(db).appealBody;
    auto q = db.exec(
        QStringLiteral("SELECT %1 FROM appeal WHERE case_id = ? ORDER BY id").arg(columns), {record.summary.id});
    if (!q)
        return q.error();
    while (q->next())
        r.appeals.push_back(fromRow(q.value()));
    auto files = IncomingDocumentStore::forCase(db, record.summary.id);
    if (!files)
        return files.error();
    r.files = std::move(files.value());
    return ok();
}

Result<qint64> AppealStore::insert(Database &db, qint64 caseId, const Appeal &a, qint64 userId)
{
    const QString at = toStorage(now());
    return db.insert(
        QStringLiteral("INSERT INTO appeal (case_id, decision_version, letter_document, letter_sent_on, received_on, "
                       "posted_on, appellant, contests, text, attachment_id, last_day, in_time, preparation_due, "
                       "created_by, created_at, changed_by, changed_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {caseId, a.decisionVersion, a.letterDocument, dateOrNull(a.letterSentOn), toStorage(a.receivedOn),
         dateOrNull(a.postedOn), a.appellant, a.contests, a.text, idOrNull(a.attachmentId), dateOrNull(a.lastDay),
         a.inTime ? 1 : 0, dateOrNull(a.preparationDue), userId, at, userId, at});
}

Status AppealStore::update(Database &db, const Appeal &a, qint64 userId)
{
    auto r = db.exec(
        QStringLiteral(
            "UPDATE appeal SET late_handling = ?, late_reason = ?, late_decided_on = ?, preparation_due = ?, "
            "outcome = ?, outcome_on = ?, reversing_version = ?, forwarded_on = ?, hds_view = ?, "
            "comment_due = ?, body_result = ?, body_result_on = ?, body_reference = ?, "
            "body_document_id = ?, changed_by = ?, changed_at = ? WHERE id = ?"),
        {toCode(a.late), a.lateReason, dateOrNull(a.lateDecidedOn), dateOrNull(a.preparationDue), toCode(a.outcome),
         dateOrNull(a.outcomeOn), a.reversingVersion, dateOrNull(a.forwardedOn), a.hdsView, dateOrNull(a.commentDue),
         toCode(a.bodyResult), dateOrNull(a.bodyResultOn), a.bodyReference, idOrNull(a.bodyDocumentId), userId,
         toStorage(now()), a.id});
    return r ? ok() : Status(r.error());
}

} // namespace fv
