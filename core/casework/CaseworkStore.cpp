#include "casework/CaseworkStore.h"

#include "Clock.h"
#include "casework/CaseService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace fv {
namespace {

QDateTime timeFromStorage(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

Consultation consultationFromRow(const QSqlQuery &q)
{
    Consultation c;
    c.id = q.value(0).toLongLong();
    c.registry = q.value(1).toString();
    c.sentOn = dateFromStorage(q.value(2));
    c.due = dateFromStorage(q.value(3));
    c.sentBy = q.value(4).toString();
    c.answeredOn = dateFromStorage(q.value(5));
    if (!q.value(6).isNull())
        c.answer = consultationAnswerFromCode(q.value(6).toString());
    c.note = q.value(7).toString();
    c.answeredBy = q.value(8).toString();
    return c;
}

const QString consultationColumns = QStringLiteral(
    "c.id, c.registry, c.sent_on, c.due, us.login, c.answered_on, c.answer, c.note, COALESCE(ua.login, '') "
    "FROM consultation c JOIN app_user us ON us.id = c.sent_by LEFT JOIN app_user ua ON ua.id = c.answered_by ");

InfoRequest infoRequestFromRow(const QSqlQuery &q)
{
    InfoRequest r;
    r.id = q.value(0).toLongLong();
    r.requestedOn = dateFromStorage(q.value(1));
    r.text = q.value(2).toString();
    r.answerDue = dateFromStorage(q.value(3));
    r.requestedBy = q.value(4).toString();
    r.resumeTo = caseStatusFromCode(q.value(5).toString()).value_or(CaseStatus::UnderAssessment);
    r.remindedOn = dateFromStorage(q.value(6));
    r.reminderDue = dateFromStorage(q.value(7));
    r.answeredOn = dateFromStorage(q.value(8));
    return r;
}

const QString infoRequestColumns = QStringLiteral(
    "r.id, r.requested_on, r.text, r.answer_due, u.login, r.resume_status, r.reminded_on, r.reminder_due, "
    "r.answered_on FROM info_request r JOIN app_user u ON u.id = r.requested_by ");

QString openStatusList()
{
    QStringList codes;
    for (CaseStatus s : allCaseStatuses())
        if (isOpen(s))
            codes << QLatin1Char('\'') + toCode(s) + QLatin1Char('\'');
    return QLatin1Char('(') + codes.join(QLatin1Char(',')) + QLatin1Char(')');
}

QDate earlier(const QDate &a, const QDate &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

} // namespace

Result<Assessment> CaseworkStore::assessment(Database &db, qint64 caseId, const Application &app,
                                             const AssessmentRules &rules)
{
    Assessment a = makeAssessment(app, rules);
    auto q = db.exec(QStringLiteral("SELECT s.item, s.result, s.note, u.login, s.assessed_at FROM assessment s "
                                    "JOIN app_user u ON u.id = s.assessed_by WHERE s.case_id = ?"),
                     {caseId});
    if (!q)
        return q.error();
    while (q->next()) {
        const auto item = assessmentItemFromCode(q->value(0).toString());
        AssessmentEntry *e = item ? a.find(*item) : nullptr;
        if (!e)
            continue;
        e->result = assessmentResultFromCode(q->value(1).toString()).value_or(AssessmentResult::Unsettled);
        e->note = q->value(2).toString();
        e->assessedBy = q->value(3).toString();
        e->assessedAt = timeFromStorage(q->value(4));
    }
    return a;
}

Result<std::vector<Consultation>> CaseworkStore::consultations(Database &db, qint64 caseId)
{
    auto q = db.exec(
        QStringLiteral("SELECT ") + consultationColumns + QStringLiteral("WHERE c.case_id = ? ORDER BY c.id"),
        {caseId});
    if (!q)
        return q.error();
    std::vector<Consultation> out;
    while (q->next())
        out.push_back(consultationFromRow(*q));
    return out;
}

Result<std::vector<InfoRequest>> CaseworkStore::infoRequests(Database &db, qint64 caseId)
{
    auto q = db.exec(
        QStringLiteral("SELECT ") + infoRequestColumns + QStringLiteral("WHERE r.case_id = ? ORDER BY r.id"), {caseId});
    if (!q)
        return q.error();
    std::vector<InfoRequest> out;
    while (q->next())
        out.push_back(infoRequestFromRow(*q));
    return out;
}

Result<std::vector<CaseNote>> CaseworkStore::notes(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT n.id, n.audience, n.text, u.login, n.written_at FROM case_note n "
                                    "JOIN app_user u ON u.id = n.written_by WHERE n.case_id = ? ORDER BY n.id"),
                     {caseId});
    if (!q)
        return q.error();
    std::vector<CaseNote> out;
    while (q->next())
        out.push_back(
            {q->value(0).toLongLong(),
             q->value(1).toString() == QLatin1String("applicant") ? NoteAudience::Applicant : NoteAudience::Internal,
             q->value(2).toString(), q->value(3).toString(), timeFromStorage(q->value(4))});
    return out;
}

Result<std::vector<Forwarding>> CaseworkStore::forwardings(Database &db, qint64 caseId)
{
    auto q = db.exec(QStringLiteral("SELECT COALESCE(f.registry, ''), f.reason, f.forwarded_on, u.login FROM "
                                    "forwarding f JOIN app_user u ON u.id = f.forwarded_by WHERE f.case_id = ? "
                                    "ORDER BY f.id"),
                     {caseId});
    if (!q)
        return q.error();
    std::vector<Forwarding> out;
    while (q->next())
        out.push_back(
            {q->value(0).toString(), q->value(1).toString(), dateFromStorage(q->value(2)), q->value(3).toString()});
    return out;
}

DeadlineInput deadlineInput(const CaseRecord &r)
{
    DeadlineInput in;
    in.status = r.summary.status;
    in.received = r.application.received;
    in.completedOn = r.completedOn;
    in.linked = r.application.isLinked();
    in.infoRequests = r.casework.infoRequests;
    in.consultations = r.casework.consultations;
    in.preliminaryReplyOn = r.casework.preliminaryReplyOn;
    for (const StoredDocument &d : r.documents)
        if (d.kind == QLatin1String("preliminary-reply"))
            in.preliminaryReplyOn = earlier(in.preliminaryReplyOn, d.createdAt.date());
    for (const Decision &d : r.decisions)
        if (d.approvedAt.isValid()) {
            in.decidedOn = d.approvedAt.date();
            break;
        }
    return in;
}

Status CaseworkStore::load(Database &db, CaseRecord &r)
{
    const qint64 id = r.summary.id;
    auto settings = loadCaseworkSettings(db);
    if (!settings)
        return settings.error();
    auto a = assessment(db, id, r.application, settings->assessment);
    auto c = consultations(db, id);
    auto i = infoRequests(db, id);
    auto n = notes(db, id);
    auto f = forwardings(db, id);
    for (const Error *e : {a ? nullptr : &a.error(), c ? nullptr : &c.error(), i ? nullptr : &i.error(),
                           n ? nullptr : &n.error(), f ? nullptr : &f.error()})
        if (e)
            return *e;
    CaseworkRecord &w = r.casework;
    w.assessment = std::move(a.value());
    w.consultations = std::move(c.value());
    w.infoRequests = std::move(i.value());
    w.notes = std::move(n.value());
    w.forwardings = std::move(f.value());
    w.deadlines = computeDeadlines(deadlineInput(r), settings.value(), today());
    return ok();
}

Result<std::map<qint64, DeadlineStatus>> CaseworkStore::openCaseDeadlines(Database &db, const QDate &day)
{
    auto settings = loadCaseworkSettings(db);
    if (!settings)
        return settings.error();
    const QString open = openStatusList();
    auto cases = db.exec(
        QStringLiteral("SELECT c.id, c.status, a.received, c.completed_on, c.preliminary_reply_on, "
                       "(SELECT count(*) FROM data_source s WHERE s.case_id = c.id), a.has_linkage, "
                       "a.linkage_external, (SELECT min(d.created_at) FROM document d WHERE d.case_id = c.id AND "
                       "d.kind = 'preliminary-reply') FROM fv_case c JOIN application a ON a.case_id = c.id "
                       "WHERE c.status IN ")
        + open);
    if (!cases)
        return cases.error();
    std::map<qint64, DeadlineInput> inputs;
    while (cases->next()) {
        DeadlineInput in;
        in.status = caseStatusFromCode(cases->value(1).toString()).value_or(CaseStatus::Received);
        in.received = dateFromStorage(cases->value(2));
        in.completedOn = dateFromStorage(cases->value(3));
        in.preliminaryReplyOn = earlier(dateFromStorage(cases->value(4)), timeFromStorage(cases->value(8)).date());
        const bool external = cases->value(6).toBool()
            && !QJsonDocument::fromJson(cases->value(7).toString().toUtf8()).array().isEmpty();
        in.linked = cases->value(5).toInt() > 1 || external;
        inputs.emplace(cases->value(0).toLongLong(), std::move(in));
    }
    auto requests = db.exec(QStringLiteral("SELECT r.case_id, ") + infoRequestColumns
                            + QStringLiteral("JOIN fv_case c ON c.id = r.case_id WHERE c.status IN ") + open
                            + QStringLiteral(" ORDER BY r.id"));
    if (!requests)
        return requests.error();
    while (requests->next()) {
        // The row without its leading case id, read by the same mapping as for one case.
        const qint64 caseId = requests->value(0).toLongLong();
        QSqlQuery &q = requests.value();
        InfoRequest r;
        r.id = q.value(1).toLongLong();
        r.requestedOn = dateFromStorage(q.value(2));
        r.answerDue = dateFromStorage(q.value(4));
        r.remindedOn = dateFromStorage(q.value(7));
        r.reminderDue = dateFromStorage(q.value(8));
        r.answeredOn = dateFromStorage(q.value(9));
        if (auto it = inputs.find(caseId); it != inputs.end())
            it->second.infoRequests.push_back(r);
    }
    auto consults = db.exec(
        QStringLiteral("SELECT case_id, registry, due FROM consultation WHERE answered_on IS NULL"));
    if (!consults)
        return consults.error();
    while (consults->next()) {
        Consultation c;
        c.registry = consults->value(1).toString();
        c.due = dateFromStorage(consults->value(2));
        if (auto it = inputs.find(consults->value(0).toLongLong()); it != inputs.end())
            it->second.consultations.push_back(c);
    }
    std::map<qint64, DeadlineStatus> out;
    for (const auto &[id, in] : inputs)
        out.emplace(id, computeDeadlines(in, settings.value(), day));
    return out;
}

} // namespace fv
