#include "search/WorkQueue.h"

#include "Clock.h"
#include "appeal/AppealQueue.h"
#include "casework/Deadlines.h"
#include "followup/FollowUpQueue.h"
#include "search/CaseSearch.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <unordered_map>

namespace fv {
namespace {

QString openStatusList()
{
    QStringList codes;
    for (CaseStatus s : allCaseStatuses())
        if (isOpen(s))
            codes << QLatin1Char('\'') + toCode(s) + QLatin1Char('\'');
    return codes.join(QLatin1Char(','));
}

QDate day(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

struct Loaded
{
    QueueItem item;
    DeadlineInput input;
};

Status loadCases(Database &db, std::vector<Loaded> &out, std::unordered_map<qint64, size_t> &byId)
{
    auto q = db.exec(
        QStringLiteral(
            "SELECT c.id, c.case_number, a.reference, c.status, a.title, a.controller_name, a.leader_name, "
            "a.received, a.kind, COALESCE(u.full_name, ''), %2, COALESCE(u.login, ''), c.completed_on, "
            "c.preliminary_reply_on, (a.has_linkage AND a.linkage_external <> '[]') OR (SELECT count(*) FROM "
            "data_source s WHERE s.case_id = c.id) > 1, (SELECT dl.login FROM decision d JOIN app_user dl ON dl.id "
            "= d.drafted_by WHERE d.case_id = c.id ORDER BY d.version DESC LIMIT 1) FROM fv_case c JOIN application "
            "a ON a.case_id = c.id LEFT JOIN app_user u ON u.id = c.assignee WHERE c.status IN (%1)")
            .arg(openStatusList(),
                 Database::orderedList(
                     db.isServer(), QStringLiteral("registry"), QStringLiteral("data_source WHERE case_id = c.id"),
                     QStringLiteral("pos"), QStringLiteral(","))));
    if (!q)
        return q.error();
    while (q->next()) {
        Loaded l;
        CaseSummary &s = l.item.summary;
        s = caseSummaryFromRow(q.value());
        s.registries = q->value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        l.item.assigneeLogin = q->value(11).toString();
        l.item.drafterLogin = q->value(15).toString();
        l.input.status = s.status;
        l.input.received = s.received;
        l.input.completedOn = day(q->value(12));
        l.input.preliminaryReplyOn = day(q->value(13));
        l.input.linked = q->value(14).toBool();
        byId[s.id] = out.size();
        out.push_back(std::move(l));
    }
    return ok();
}

// The dialogue and the consultations of the open cases, and preliminary replies sent as letters.
Status loadDated(Database &db, std::vector<Loaded> &cases, const std::unordered_map<qint64, size_t> &byId)
{
    const QString open = openStatusList();
    auto r = db.exec(QStringLiteral("SELECT r.case_id, r.requested_on, r.answer_due, r.reminded_on, r.reminder_due, "
                                    "r.answered_on FROM info_request r JOIN fv_case c ON c.id = r.case_id "
                                    "WHERE c.status IN (%1) ORDER BY r.id")
                         .arg(open));
    if (!r)
        return r.error();
    while (r->next()) {
        InfoRequest ir;
        ir.requestedOn = day(r->value(1));
        ir.answerDue = day(r->value(2));
        ir.remindedOn = day(r->value(3));
        ir.reminderDue = day(r->value(4));
        ir.answeredOn = day(r->value(5));
        cases[byId.at(r->value(0).toLongLong())].input.infoRequests.push_back(ir);
    }
    auto c = db.exec(QStringLiteral("SELECT k.case_id, k.registry, k.sent_on, k.due, k.answered_on FROM consultation k "
                                    "JOIN fv_case c ON c.id = k.case_id WHERE c.status IN (%1) ORDER BY k.id")
                         .arg(open));
    if (!c)
        return c.error();
    while (c->next()) {
        Consultation k;
        k.registry = c->value(1).toString();
        k.sentOn = day(c->value(2));
        k.due = day(c->value(3));
        k.answeredOn = day(c->value(4));
        cases[byId.at(c->value(0).toLongLong())].input.consultations.push_back(k);
    }
    auto d = db.exec(QStringLiteral("SELECT d.case_id, min(d.created_at) FROM document d JOIN fv_case c "
                                    "ON c.id = d.case_id WHERE d.kind = 'preliminary-reply' AND c.status IN (%1) "
                                    "GROUP BY d.case_id")
                         .arg(open));
    if (!d)
        return d.error();
    while (d->next()) {
        QDate &reply = cases[byId.at(d->value(0).toLongLong())].input.preliminaryReplyOn;
        const QDate sent = day(d->value(1));
        if (!reply.isValid() || sent < reply)
            reply = sent;
    }
    return ok();
}

bool urgentFirst(const QueueItem &a, const QueueItem &b)
{
    // Cases with a dated task first, the most overdue at the top; then the oldest cases.
    if (a.task.has_value() != b.task.has_value())
        return a.task.has_value();
    if (a.task && a.task->due != b.task->due)
        return a.task->due < b.task->due;
    return a.summary.received < b.summary.received;
}

} // namespace

QString toCode(QueueKind kind)
{
    switch (kind) {
    case QueueKind::Mine: return QStringLiteral("mine");
    case QueueKind::Unassigned: return QStringLiteral("unassigned");
    case QueueKind::AwaitingMyApproval: return QStringLiteral("awaiting-my-approval");
    case QueueKind::Overdue: return QStringLiteral("overdue");
    case QueueKind::DueSoon: return QStringLiteral("due-soon");
    case QueueKind::WaitingForApplicant: return QStringLiteral("waiting-for-applicant");
    case QueueKind::WaitingForRegistry: return QStringLiteral("waiting-for-registry");
    case QueueKind::DataNotDelivered: return QStringLiteral("data-not-delivered");
    case QueueKind::EndReportMissing: return QStringLiteral("end-report-missing");
    case QueueKind::DeletionNotConfirmed: return QStringLiteral("deletion-not-confirmed");
    case QueueKind::AppealsToPrepare: return QStringLiteral("appeals-to-prepare");
    }
    return {};
}

const std::vector<QueueKind> &allQueueKinds()
{
    static const std::vector<QueueKind> all = {
        QueueKind::Mine,
        QueueKind::Unassigned,
        QueueKind::AwaitingMyApproval,
        QueueKind::Overdue,
        QueueKind::DueSoon,
        QueueKind::WaitingForApplicant,
        QueueKind::WaitingForRegistry,
        QueueKind::DataNotDelivered,
        QueueKind::EndReportMissing,
        QueueKind::DeletionNotConfirmed,
        QueueKind::AppealsToPrepare};
    return all;
}

Result<WorkQueue> WorkQueue::load(Database &db, const User &user, const QDate &today)
{
    auto settings = loadCaseworkSettings(db);
    if (!settings)
        return settings.error();
    std::vector<Loaded> cases;
    std::unordered_map<qint64, size_t> byId;
    if (auto s = loadCases(db, cases, byId); !s)
        return s.error();
    if (auto s = loadDated(db, cases, byId); !s)
        return s.error();
    auto appeals = appealsInPreparation(db);
    if (!appeals)
        return appeals.error();
    WorkQueue w;
    w.m_today = today;
    w.m_members.resize(allQueueKinds().size());
    const bool decider = user.has(Role::DecisionMaker);
    for (Loaded &l : cases) {
        const DeadlineStatus d = computeDeadlines(l.input, settings.value(), today);
        QueueItem &item = l.item;
        if (const CaseTask *t = d.mostUrgent())
            item.task = *t;
        // An appeal in preparation is worked to its own deadline, not the application's.
        if (const auto a = appeals->find(item.summary.id); a != appeals->end())
            item.task = appealTask(a->second, settings->calendar, today);
        item.statutoryDeadline = d.statutoryDeadline;
        item.paused = d.paused;
        item.waitingForRegistry = std::any_of(l.input.consultations.begin(), l.input.consultations.end(),
                                              [](const Consultation &c) { return !c.answered(); });
        w.m_items.push_back(std::move(item));
    }
    std::sort(w.m_items.begin(), w.m_items.end(), urgentFirst);
    for (size_t i = 0; i < w.m_items.size(); ++i) {
        const QueueItem &item = w.m_items[i];
        const auto add = [&w, i](QueueKind k) { w.m_members[static_cast<size_t>(k)].push_back(static_cast<int>(i)); };
        if (item.assigneeLogin == user.login)
            add(QueueKind::Mine);
        if (item.assigneeLogin.isEmpty())
            add(QueueKind::Unassigned);
        if (decider && item.summary.status == CaseStatus::AwaitingApproval && item.drafterLogin != user.login)
            add(QueueKind::AwaitingMyApproval);
        if (item.overdue())
            add(QueueKind::Overdue);
        else if (item.task && item.task->workingDaysLeft <= 5)
            add(QueueKind::DueSoon);
        if (item.summary.status == CaseStatus::WaitingForApplicant)
            add(QueueKind::WaitingForApplicant);
        if (item.waitingForRegistry)
            add(QueueKind::WaitingForRegistry);
        if (item.task && item.task->kind == TaskKind::AppealPreparation)
            add(QueueKind::AppealsToPrepare);
    }
    w.m_openCases = static_cast<int>(w.m_items.size());
    // The decided cases with something overdue after the decision letter, one row per view.
    auto followUps = loadFollowUpQueue(db, settings.value(), today);
    if (!followUps)
        return followUps.error();
    for (auto &[kind, item] : followUps.value()) {
        w.m_members[static_cast<size_t>(kind)].push_back(static_cast<int>(w.m_items.size()));
        w.m_items.push_back(std::move(item));
    }
    // The appeal body reversed: its decision to record, or its letters to send.
    auto bodyDecisions = appealBodyDecisionsToCarryOut(db, settings->calendar, today);
    if (!bodyDecisions)
        return bodyDecisions.error();
    for (QueueItem &item : bodyDecisions.value()) {
        w.m_members[static_cast<size_t>(QueueKind::AppealsToPrepare)].push_back(static_cast<int>(w.m_items.size()));
        w.m_items.push_back(std::move(item));
    }
    return w;
}

const std::vector<int> &WorkQueue::members(QueueKind kind) const
{
    return m_members.at(static_cast<size_t>(kind));
}

std::vector<QueueItem> WorkQueue::items(QueueKind kind) const
{
    std::vector<QueueItem> out;
    for (int i : members(kind))
        out.push_back(m_items[static_cast<size_t>(i)]);
    return out;
}

} // namespace fv
