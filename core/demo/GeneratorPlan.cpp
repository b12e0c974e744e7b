#include "demo/GeneratorPlan.h"

#include "Clock.h"
#include "casework/Assessment.h"
#include "decision/DecisionService.h"

namespace fv {
namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Most decisions grant everything; some remove a variable, refuse or forward a registry.
void varyOutcomes(Dice &dice, Decision &d)
{
    const int r = dice.below(100);
    RegistryDecision &first = d.entries.front();
    if (r < 78)
        return;
    if (r < 88 && first.variables.size() > 1) {
        first.outcome = Outcome::PartlyGranted;
        first.variables.back().approved = false;
        first.variables.back().reason = QStringLiteral("Variabelen er ikke nødvendig for formålet (dataminimering).");
        first.reason = QStringLiteral("Én variabel er tatt ut fordi den ikke er nødvendig for formålet.");
        return;
    }
    RegistryDecision &last = d.entries.back();
    if (r < 95) {
        last.outcome = Outcome::Refused;
        last.reason = QStringLiteral("Opplysningene er ikke nødvendige for å besvare prosjektets problemstillinger.");
        return;
    }
    if (d.entries.size() > 1) {
        last.outcome = Outcome::Forwarded;
        last.reason = QStringLiteral("Registerforvalter avgjør selv denne delen av søknaden.");
    }
}

// The standard draft for an application. Its texts depend only on a few fields, so drafts
// are built once per combination (rendering the templates is the slow part).
Decision draftFor(const Application &app)
{
    static thread_local std::map<QString, Decision> cache;
    const QString key =
        QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
            .arg(toCode(app.language), toCode(app.identifiability), app.legalBasis.article6, app.legalBasis.article9,
                 app.storage.environment, app.project.deletionDate.toString(), app.project.end.toString());
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() > 20000)
            cache.clear();
        Application texts = app;
        texts.dataSources.clear();
        it = cache.emplace(key, DecisionService::buildDraft(texts)).first;
    }
    Decision d = it->second;
    for (const DataSource &s : app.dataSources) {
        RegistryDecision e;
        e.registry = s.registry;
        e.periodFrom = s.periodFrom;
        e.periodTo = s.periodTo;
        for (const QString &v : s.variables)
            e.variables.push_back({v, true, {}});
        d.entries.push_back(std::move(e));
    }
    return d;
}

// Plans one case: each step returns false once the case's story has reached today.
class Planner
{
public:
    Planner(Dice &dice, const WorkingDayCalendar &cal, const QDate &today, const Application &app,
            const GeneratorStaff &staff)
        : m_dice(dice)
        , m_cal(cal)
        , m_today(today)
        , m_app(app)
        , m_staff(staff)
    {
        m_adviser = dice.pick(staff.advisers);
        m_lawyer = dice.pick(staff.lawyers);
        m_decider = dice.pick(staff.deciders);
    }

    CasePlan plan(const QString &source);

private:
    bool add(const QDate &day, const QString &kind, const QString &actor, const QString &detail,
             std::optional<CaseStatus> to = std::nullopt);
    void record(const QDate &day, const QString &kind, const QString &actor, const QString &detail,
                std::optional<CaseStatus> to);
    bool move(const QDate &day, CaseAction action, const QString &actor, CaseStatus to, const QString &detail);
    QDate after(const QDate &d, int workingDays) const { return m_cal.addWorkingDays(d, workingDays); }
    bool intake();
    bool dialogue(QDate &from, int &days);
    bool consultAndAssess(const QDate &from, QDate &drafted);
    bool decide(QDate drafted);
    void end(bool withdrawn, const QDate &from);

    Dice &m_dice;
    const WorkingDayCalendar &m_cal;
    QDate m_today;
    const Application &m_app;
    const GeneratorStaff &m_staff;
    QString m_adviser, m_lawyer, m_decider;
    CasePlan m_plan;
    bool m_stopped = false;
    QDate m_replyOn; // a preliminary reply to record when the story passes this day
};

bool Planner::add(const QDate &day, const QString &kind, const QString &actor, const QString &detail,
                  std::optional<CaseStatus> to)
{
    if (m_replyOn.isValid() && day >= m_replyOn && m_replyOn <= m_today) {
        record(m_replyOn, QStringLiteral("preliminary-reply-sent"), m_adviser,
               QStringLiteral("preliminary reply (forvaltningsloven § 11 a) sent on %1").arg(iso(m_replyOn)), {});
        m_plan.preliminaryReplyOn = m_replyOn;
        m_replyOn = {};
    }
    if (m_stopped || day > m_today) {
        m_stopped = true;
        return false;
    }
    record(day, kind, actor, detail, to);
    return true;
}

void Planner::record(const QDate &day, const QString &kind, const QString &actor, const QString &detail,
                     std::optional<CaseStatus> to)
{
    QDateTime at(day, QTime(8, 0).addSecs(m_dice.below(8 * 3600)));
    if (!m_plan.events.empty() && at <= m_plan.events.back().at)
        at = m_plan.events.back().at.addSecs(60 + m_dice.below(900));
    m_plan.events.push_back({at, toStorage(at), kind, actor, detail, to});
    if (to)
        m_plan.status = *to;
}

bool Planner::move(const QDate &day, CaseAction action, const QString &actor, CaseStatus to, const QString &detail)
{
    return add(day, toCode(action), actor, detail, to);
}

bool Planner::intake()
{
    const QDate received = m_app.received;
    const QDate started = after(received, m_dice.below(3));
    if (!add(started, QStringLiteral("assigned"), m_adviser,
             QStringLiteral("assigned to %1 (%2)").arg(m_staff.names.at(m_adviser), m_adviser)))
        return false;
    m_plan.assignee = m_adviser;
    if (!move(started, CaseAction::StartCompletenessCheck, m_adviser, CaseStatus::CompletenessCheck,
              QStringLiteral("completeness check started")))
        return false;
    const QDate complete = after(started, 1 + m_dice.below(8));
    const int limit = statutoryLimit(m_app.isLinked());
    if (!move(complete, CaseAction::MarkComplete, m_adviser, CaseStatus::UnderAssessment,
              QStringLiteral("complete on %1; statutory deadline %2 (%3 working days%4)")
                  .arg(iso(complete), iso(statutoryDeadline(m_cal, complete, limit, {})))
                  .arg(limit)
                  .arg(m_app.isLinked() ? QStringLiteral(", linked sources") : QStringLiteral(", one source"))))
        return false;
    m_plan.completedOn = complete;
    return true;
}

// A request for information pauses the statutory clock; a few applicants never answer.
bool Planner::dialogue(QDate &from, int &days)
{
    if (!m_dice.chance(25))
        return true;
    PlannedRequest r;
    r.requestedOn = after(from, 3 + m_dice.below(10));
    r.answerDue = after(r.requestedOn, 10);
    r.text = QStringLiteral("Send oppdatert protokoll og bekreftelse fra institusjonen.");
    r.by = m_adviser;
    if (!move(r.requestedOn, CaseAction::RequestInfo, m_adviser, CaseStatus::WaitingForApplicant,
              QStringLiteral("information requested on %1, answer due %2 (clock paused): %3")
                  .arg(iso(r.requestedOn), iso(r.answerDue), r.text))) {
        return false;
    }
    m_plan.requests.push_back(r);
    PlannedRequest &req = m_plan.requests.back();
    if (m_dice.chance(10)) {
        const QDate reminded = after(req.answerDue, 1);
        if (!add(reminded, QStringLiteral("reminder-sent"), m_adviser,
                 QStringLiteral("reminder sent on %1; answer now due %2").arg(iso(reminded), iso(after(reminded, 5)))))
            return false;
        req.remindedOn = reminded;
        req.reminderDue = after(reminded, 5);
        if (move(after(req.reminderDue, 1), CaseAction::RejectNoReply, m_adviser, CaseStatus::RejectedNoReply,
                 QStringLiteral("rejected: no answer by %1 after the reminder").arg(iso(req.reminderDue))))
            move(after(req.reminderDue, 10 + m_dice.below(30)), CaseAction::Close, m_adviser, CaseStatus::Closed,
                 QStringLiteral("case closed"));
        return false;
    }
    const QDate answered = after(req.requestedOn, 2 + m_dice.below(9));
    if (!move(answered, CaseAction::InfoReceived, m_adviser, CaseStatus::UnderAssessment,
              QStringLiteral("answer received on %1 (requested %2); clock running again, back to under-assessment")
                  .arg(iso(answered), iso(req.requestedOn))))
        return false;
    req.answeredOn = answered;
    days = std::max(3, days - m_cal.workingDaysBetween(from, req.requestedOn));
    from = answered;
    return true;
}

// Sometimes a registry manager is asked first; then the checklist, every required item.
bool Planner::consultAndAssess(const QDate &from, QDate &drafted)
{
    QDate day = from;
    if (m_dice.chance(30)) {
        PlannedConsultation c{m_dice.pick(m_app.dataSources).registry, after(from, 1), {}, {}, m_adviser};
        c.due = after(c.sentOn, 10);
        if (!add(c.sentOn, QStringLiteral("consultation-sent"), m_adviser,
                 QStringLiteral("%1 sent to the registry manager for its view on %2, answer due %3")
                     .arg(c.registry, iso(c.sentOn), iso(c.due))))
            return false;
        m_plan.consultations.push_back(c);
        const QDate answered = after(c.sentOn, 3 + m_dice.below(10));
        if (!add(answered, QStringLiteral("consultation-answered"), m_adviser,
                 QStringLiteral("%1 answered on %2: grant").arg(c.registry, iso(answered))))
            return false;
        m_plan.consultations.back().answeredOn = answered;
        day = answered;
    }
    const QDate assessed = std::max(after(day, 1), after(drafted, -2));
    for (AssessmentItem item : allAssessmentItems()) {
        if (!isRequired(item, m_app, {}))
            continue;
        const QString by = needsLawyer(item) ? m_lawyer : m_adviser;
        if (!add(assessed, QStringLiteral("assessed"), by, toCode(item) + QStringLiteral(": fulfilled")))
            return false;
        m_plan.assessments.push_back({toCode(item), QStringLiteral("fulfilled"), by, m_plan.events.back().at});
    }
    drafted = std::max(drafted, assessed);
    return true;
}

bool Planner::decide(QDate drafted)
{
    const QDate submitted = after(drafted, 1 + m_dice.below(4));
    const bool returned = m_dice.chance(6);
    const QDate returnedOn = after(submitted, 1 + m_dice.below(3));
    const QDate resubmitted = after(returnedOn, 1 + m_dice.below(3));
    const QDate approved = after(returned ? resubmitted : submitted, 1 + m_dice.below(4));
    m_plan.approvedOn = approved;
    Decision d = draftFor(m_app);
    const Decision standard = d;
    varyOutcomes(m_dice, d);
    if (!move(drafted, CaseAction::Draft, m_adviser, CaseStatus::DecisionDraft,
              QStringLiteral("decision draft 1 made with %1 registries").arg(d.entries.size())))
        return false;
    d.draftedBy = m_adviser;
    d.draftedAt = m_plan.events.back().at;
    m_plan.decision = d;
    Decision &plan = *m_plan.decision;
    if (d.entries.front().outcome != standard.entries.front().outcome
        || d.entries.back().outcome != standard.entries.back().outcome)
        add(drafted, QStringLiteral("decision-edited"), m_adviser, QStringLiteral("draft 1 edited"));
    const QString submitDetail = QStringLiteral("decision 1 submitted for approval");
    if (!move(submitted, CaseAction::Submit, m_adviser, CaseStatus::AwaitingApproval, submitDetail))
        return false;
    plan.status = DecisionStatus::Submitted;
    plan.submittedBy = m_adviser;
    plan.submittedAt = m_plan.events.back().at;
    if (returned) {
        plan.returnComment = QStringLiteral("Begrunnelsen for vilkårene må utdypes.");
        if (!move(returnedOn, CaseAction::Return, m_decider, CaseStatus::DecisionDraft,
                  QStringLiteral("decision 1 returned: %1").arg(plan.returnComment))) {
            plan.returnComment.clear();
            return false;
        }
        plan.status = DecisionStatus::Draft;
        plan.submittedBy.clear();
        plan.submittedAt = {};
        if (!move(resubmitted, CaseAction::Submit, m_adviser, CaseStatus::AwaitingApproval, submitDetail))
            return false;
        plan.status = DecisionStatus::Submitted;
        plan.submittedBy = m_adviser;
        plan.submittedAt = m_plan.events.back().at;
    }
    if (!move(approved, CaseAction::Approve, m_decider, CaseStatus::Decided, QStringLiteral("decision 1 approved")))
        return false;
    plan.status = DecisionStatus::Approved;
    plan.approvedBy = m_decider;
    plan.approvedAt = m_plan.events.back().at;
    const QDate sent = after(approved, m_dice.below(3));
    if (move(sent, CaseAction::SendLetter, m_adviser, CaseStatus::LetterSent, QStringLiteral("decision letter sent")))
        move(after(sent, 15 + m_dice.below(25)), CaseAction::Close, m_adviser, CaseStatus::Closed,
             QStringLiteral("case closed"));
    return true;
}

void Planner::end(bool withdrawn, const QDate &from)
{
    const QDate when = after(from, 2 + m_dice.below(15));
    bool done = false;
    if (withdrawn) {
        done = move(when, CaseAction::Withdraw, m_adviser, CaseStatus::Withdrawn,
                    QStringLiteral("withdrawn by the applicant"));
    } else {
        const QString reason = QStringLiteral("Registerforvalter avgjør selv søknader knyttet til registerets formål.");
        done = move(when, CaseAction::Forward, m_adviser, CaseStatus::Forwarded,
                    QStringLiteral("the case is forwarded to the registry managers (%1): %2")
                        .arg(m_app.registryCodes().join(QStringLiteral(", ")), reason));
        if (done)
            m_plan.forwardings.push_back({reason, when, m_adviser});
    }
    if (done)
        move(after(when, 10 + m_dice.below(30)), CaseAction::Close, m_adviser, CaseStatus::Closed,
             QStringLiteral("case closed"));
}

CasePlan Planner::plan(const QString &source)
{
    add(m_app.received, QStringLiteral("imported"), m_adviser,
        QStringLiteral("application %1 (%2) registered from %3").arg(m_app.reference, toCode(m_app.kind), source));
    if (!intake())
        return m_plan;
    QDate from = m_plan.completedOn;
    int days = 8 + m_dice.below(18) + m_dice.below(18) + (m_dice.chance(12) ? 20 + m_dice.below(50) : 0);
    days += m_app.isLinked() ? 8 + m_dice.below(15) : 0;
    if (!dialogue(from, days))
        return m_plan;
    const int fate = m_dice.below(100);
    if (fate < 9) { // withdrawn or forwarded to the registry manager
        end(fate < 4, from);
        return m_plan;
    }
    if (m_dice.chance(10)) {
        const QDate noted = after(from, 1 + m_dice.below(5));
        if (add(noted, QStringLiteral("note-added"), m_adviser, QStringLiteral("internal note")))
            m_plan.notes.push_back({QStringLiteral("Avklart med prosjektleder på telefon; utvalget er uendret."),
                                    m_adviser, m_plan.events.back().at});
    }
    QDate drafted = after(from, days);
    // Forvaltningsloven § 11 a: a case that will pass one month gets a preliminary reply.
    const QDate replyDue = m_app.received.addMonths(1);
    if (drafted > replyDue && m_dice.chance(92))
        m_replyOn = std::max(after(replyDue, -3), m_plan.events.back().at.date());
    if (!consultAndAssess(from, drafted)) {
        add(m_today.addDays(1), {}, {}, {}); // records a reply due by today, nothing else
        return m_plan;
    }
    decide(drafted);
    add(m_today.addDays(1), {}, {}, {}); // records a reply due by today, nothing else
    return m_plan;
}

} // namespace

CasePlan planCase(Dice &dice, const WorkingDayCalendar &cal, const QDate &today, const Application &app,
                  const GeneratorStaff &staff, const QString &source)
{
    return Planner(dice, cal, today, app, staff).plan(source);
}

} // namespace fv
