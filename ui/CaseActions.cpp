#include "CaseActions.h"

#include "Clock.h"
#include "Permission.h"
#include "Session.h"
#include "casework/CaseworkDialogs.h"
#include "casework/CaseworkService.h"
#include "casework/CaseworkText.h"
#include "casework/Deadlines.h"
#include "decision/ForeignBasis.h"
#include "registry/RegistryCatalogue.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStyle>

namespace fv {
namespace {

Status both(const Status &a, const Status &b)
{
    return a ? b : a;
}

Status when(bool condition, const QString &otherwise)
{
    return condition ? ok() : Status(fail(otherwise));
}

// "NPR – Norsk pasientregister" -> "NPR"
QString codeOf(const QString &choice)
{
    return choice.section(QStringLiteral(" – "), 0, 0);
}

// "Ola Nordmann (ola)" -> "ola"
QString loginOf(const QString &choice)
{
    const int open = choice.lastIndexOf(QLatin1Char('('));
    return open < 0 ? choice : choice.mid(open + 1).chopped(1);
}

} // namespace

CaseActions::CaseActions(Session &session, QWidget *window, Reporter report)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_report(std::move(report))
{
    m_myCases = new QAction(tr("&My cases"), this);
    m_myCases->setObjectName(QStringLiteral("myCases"));
    m_myCases->setCheckable(true);
    m_myCases->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    m_myCases->setToolTip(tr("Show only the cases you are responsible for"));
    m_myCases->setIcon(QApplication::style()->standardIcon(QStyle::SP_DirHomeIcon));
    connect(m_myCases, &QAction::toggled, this, &CaseActions::myCasesToggled);

    m_take = make("takeCase", tr("&Take the case"), &CaseActions::onTake);
    m_assign = make("assignCase", tr("&Assign to…"), &CaseActions::onAssign);
    m_startCheck = make("startCheck", tr("Start the completeness &check"), &CaseActions::onStartCheck);
    m_complete = make("markComplete", tr("Application is com&plete…"), &CaseActions::onComplete);
    m_requestInfo = make("requestInfo", tr("&Request information…"), &CaseActions::onRequestInfo);
    m_infoReceived = make("infoReceived", tr("&Information received…"), &CaseActions::onInfoReceived);
    m_remind = make("sendReminder", tr("Send a re&minder"), &CaseActions::onRemind);
    m_rejectNoReply = make("rejectNoReply", tr("Reject for &no reply…"), &CaseActions::onRejectNoReply);
    m_preliminaryReply = make("preliminaryReply", tr("Preliminary reply &sent…"), &CaseActions::onPreliminaryReply);
    m_consult = make("consultRegistry", tr("C&onsult a registry manager…"), &CaseActions::onConsult);
    m_consulted = make("consultationAnswered", tr("Record a re&gistry manager's answer…"), &CaseActions::onConsulted);
    m_addNote = make("addNote", tr("A&dd a note…"), &CaseActions::onAddNote);
    m_foreignBasis = make("foreignBasis", tr("The applicant's legal &basis abroad…"), &CaseActions::onForeignBasis);
    m_forward = make("forwardCase", tr("&Forward to the registry manager…"), &CaseActions::onForward);
    m_withdraw = make("withdrawCase", tr("&Withdrawn by the applicant…"), &CaseActions::onWithdraw);
    m_close = make("closeCase", tr("Close t&he case"), &CaseActions::onClose);
    QStyle *style = QApplication::style();
    m_take->setIcon(style->standardIcon(QStyle::SP_ArrowDown));
    m_requestInfo->setIcon(style->standardIcon(QStyle::SP_MediaPause));
    m_infoReceived->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    m_complete->setIcon(style->standardIcon(QStyle::SP_DialogApplyButton));
    setCase(std::nullopt);
}

QAction *CaseActions::make(const char *name, const QString &text, void (CaseActions::*slot)())
{
    auto *a = new QAction(text, this);
    a->setObjectName(QLatin1String(name));
    connect(a, &QAction::triggered, this, slot);
    return a;
}

void CaseActions::addToMenu(QMenu *menu) const
{
    menu->addActions({m_take, m_assign});
    menu->addSeparator();
    menu->addActions(
        {m_startCheck, m_complete, m_requestInfo, m_infoReceived, m_remind, m_rejectNoReply, m_preliminaryReply});
    menu->addSeparator();
    menu->addActions({m_consult, m_consulted, m_addNote, m_foreignBasis});
    menu->addSeparator();
    menu->addActions({m_forward, m_withdraw, m_close});
}

bool CaseActions::myCasesOnly() const
{
    return m_myCases->isChecked();
}

QString CaseActions::number() const
{
    return m_record ? m_record->summary.caseNumber : QString();
}

void CaseActions::enable(QAction *action, const Status &allowed)
{
    applyPermission(action, allowed);
}

void CaseActions::setCase(const std::optional<CaseRecord> &record)
{
    m_record = record;
    const QList<QAction *> all = {
        m_take,          m_assign,           m_startCheck, m_complete,  m_requestInfo, m_infoReceived, m_remind,
        m_rejectNoReply, m_preliminaryReply, m_consult,    m_consulted, m_addNote,     m_forward,      m_withdraw,
        m_close,         m_foreignBasis};
    if (!record || !m_session.isOpen()) {
        for (QAction *a : all)
            enable(a, fail(tr("Choose a case in the list.")));
        return;
    }
    updateStatusActions(*record);
}

// Everything comes from the rule book (permitted()); what is added here are facts of this case
// that the choices in the dialogs depend on.
void CaseActions::updateStatusActions(const CaseRecord &r)
{
    const User &u = m_session.user();
    const auto may = [&](Action a) { return permitted(a, m_session, &r); };
    enable(m_take, both(may(Action::Take), when(r.summary.assignee != u.fullName, tr("The case is already yours."))));
    enable(m_assign, may(Action::Assign));
    enable(m_startCheck, may(Action::StartCompletenessCheck));
    enable(m_complete, may(Action::MarkComplete));
    enable(m_requestInfo, may(Action::RequestInfo));
    enable(m_infoReceived, may(Action::InfoReceived));
    enable(m_remind, may(Action::SendReminder));
    enable(m_rejectNoReply, may(Action::RejectNoReply));
    enable(m_preliminaryReply,
           both(may(Action::RecordPreliminaryReply),
                when(!r.casework.deadlines.preliminaryReplySentOn.isValid(),
                     tr("The preliminary reply was sent on %1.")
                         .arg(CaseworkText::date(r.casework.deadlines.preliminaryReplySentOn)))));
    bool canConsultSome = false;
    bool waitingForSome = false;
    for (const QString &code : r.application.registryCodes()) {
        canConsultSome |= !r.casework.openConsultation(code) && !r.casework.forwarding(code);
        waitingForSome |= r.casework.openConsultation(code) != nullptr;
    }
    enable(m_consult,
           both(may(Action::Consult), when(canConsultSome, tr("Every registry is consulted or forwarded."))));
    enable(m_consulted,
           both(may(Action::RecordConsultation),
                when(waitingForSome, tr("No registry manager has been asked for an answer."))));
    enable(m_addNote, may(Action::AddNote));
    enable(m_foreignBasis, may(Action::EditDecision)); // part of the decision's legal basis
    enable(m_forward, may(Action::Forward));
    enable(m_withdraw, may(Action::Withdraw));
    enable(m_close, may(Action::Close));
}

Status CaseActions::mayAssess(AssessmentItem item) const
{
    if (!m_record || !m_session.isOpen())
        return fail(tr("Choose a case in the list."));
    return permittedAssessment(item, m_session, *m_record);
}

void CaseActions::run(const Status &status, const QString &doneText)
{
    m_report(status, doneText);
}

void CaseActions::assess(AssessmentItem item, AssessmentResult result, const QString &note)
{
    CaseworkService work(m_session.cases());
    run(work.assess(number(), item, result, note),
        tr("%1: %2 recorded as %3")
            .arg(number(), CaseworkText::itemName(item), CaseworkText::resultName(result).toLower()));
}

// Registries as a caseworker knows them: "NPR – Norsk pasientregister", not the code alone.
QStringList CaseActions::registryChoices(const QStringList &codes) const
{
    auto registries = loadRegistryMap(m_session.database());
    QStringList out;
    for (const QString &code : codes) {
        QString label = code;
        if (registries)
            if (const auto it = registries->find(code); it != registries->end())
                label = QStringLiteral("%1 – %2").arg(code, it->second.name);
        out << label;
    }
    return out;
}

void CaseActions::onTake()
{
    CaseworkService work(m_session.cases());
    run(work.take(number()), tr("%1 is yours now").arg(number()));
}

void CaseActions::onAssign()
{
    auto users = Users::all(m_session.database());
    if (!users)
        return run(users.error(), {});
    QStringList items;
    for (const User &u : users.value())
        if (can(Action::Take, u)) // whoever may take a case may be given one
            items << QStringLiteral("%1 (%2)").arg(u.fullName, u.login);
    const auto chosen = CaseworkDialogs::choice(
        m_window, tr("Assign case"), tr("Who is responsible for %1?").arg(number()), items);
    if (!chosen)
        return;
    CaseworkService work(m_session.cases());
    run(work.assign(number(), loginOf(*chosen)), tr("%1 assigned to %2").arg(number(), *chosen));
}

void CaseActions::onStartCheck()
{
    CaseworkService work(m_session.cases());
    run(work.startCompletenessCheck(number()), tr("Completeness check of %1 started").arg(number()));
}

// The gaps as list items, in the caseworker's language.
QString CaseActions::gapsHtml(const std::vector<CompletenessGap> &gaps, const Application &app)
{
    QStringList items;
    for (CompletenessGap gap : gaps) {
        // The application may say the DPIA is done: then it is the attachment that is missing.
        if (gap == CompletenessGap::DataProtection && app.legalBasis.dpia == QLatin1String("done")) {
            items << tr("the DPIA as an attachment (the application says it is done, but it is not attached)");
            continue;
        }
        switch (gap) {
        case CompletenessGap::Protocol: items << tr("the project protocol"); break;
        case CompletenessGap::RekReference: items << tr("the REK approval's reference and date"); break;
        case CompletenessGap::RekApproval: items << tr("the REK approval letter"); break;
        case CompletenessGap::DataProtection: items << tr("a DPIA or the data protection officer's assessment"); break;
        }
    }
    return items.join(QStringLiteral("</li><li>"));
}

void CaseActions::onComplete()
{
    const std::vector<CompletenessGap> gaps = completenessGaps(m_record->application);
    if (!gaps.empty()
        && !Dialogs::confirm(m_window, tr("Application complete"),
                             tr("<p>A complete application usually has what this one lacks:</p><ul><li>%1</li></ul>"
                                "<p>Mark it complete all the same?</p>")
                                 .arg(gapsHtml(gaps, m_record->application))))
        return;
    const auto on = CaseworkDialogs::date(
        m_window, tr("Application complete"),
        tr("On which day was the application complete? The statutory deadline counts from the day after."), today(),
        m_record->application.received, today());
    if (!on)
        return;
    CaseworkService work(m_session.cases());
    run(work.complete(number(), *on), tr("%1 is complete; the statutory clock runs").arg(number()));
}

void CaseActions::onRequestInfo()
{
    const auto text = Dialogs::text(
        m_window, tr("Request information"),
        tr("What must the applicant send? The deadline clock pauses until the answer "
           "comes; the applicant has 10 working days."));
    if (!text)
        return;
    CaseworkService work(m_session.cases());
    run(work.requestInfo(number(), *text), tr("Information requested in %1; the clock is paused").arg(number()));
}

void CaseActions::onInfoReceived()
{
    const InfoRequest *open = m_record->casework.openRequest();
    const auto on = CaseworkDialogs::date(
        m_window, tr("Information received"), tr("On which day did the answer arrive? The clock runs again that day."),
        today(), open ? open->requestedOn : QDate(), today());
    if (!on)
        return;
    CaseworkService work(m_session.cases());
    run(work.infoReceived(number(), *on), tr("Answer in %1 recorded; the clock runs again").arg(number()));
}

void CaseActions::onRemind()
{
    CaseworkService work(m_session.cases());
    run(work.remind(number()), tr("Reminder recorded in %1: five more working days").arg(number()));
}

void CaseActions::onRejectNoReply()
{
    if (!Dialogs::confirm(m_window, tr("Reject for no reply"),
                          tr("The applicant has not answered the reminder. Reject application %1?").arg(number())))
        return;
    CaseworkService work(m_session.cases());
    run(work.rejectNoReply(number()), tr("%1 rejected for no reply").arg(number()));
}

void CaseActions::onPreliminaryReply()
{
    const auto on = CaseworkDialogs::date(
        m_window, tr("Preliminary reply"),
        tr("On which day was the preliminary reply (forvaltningsloven § 11 a) sent?"), today(),
        m_record->application.received, today());
    if (!on)
        return;
    CaseworkService work(m_session.cases());
    run(work.recordPreliminaryReply(number(), *on), tr("Preliminary reply in %1 recorded").arg(number()));
}

void CaseActions::onConsult()
{
    QStringList registries;
    for (const QString &code : m_record->application.registryCodes())
        if (!m_record->casework.openConsultation(code) && !m_record->casework.forwarding(code))
            registries << code;
    const auto chosen = CaseworkDialogs::choice(
        m_window, tr("Consult a registry manager"), tr("Which registry's manager is asked for its view?"),
        registryChoices(registries));
    if (!chosen)
        return;
    const QString registry = codeOf(*chosen);
    auto settings = loadCaseworkSettings(m_session.database());
    const QDate suggested = settings ? settings->calendar.addWorkingDays(today(), 10) : today().addDays(14);
    const auto due = CaseworkDialogs::date(
        m_window, tr("Consult a registry manager"), tr("When is the answer due?"), suggested, today().addDays(1), {});
    if (!due)
        return;
    CaseworkService work(m_session.cases());
    run(work.consult(number(), registry, *due), tr("%1: the manager of %2 is consulted").arg(number(), registry));
}

void CaseActions::onConsulted()
{
    QStringList waiting;
    for (const QString &code : m_record->application.registryCodes())
        if (m_record->casework.openConsultation(code))
            waiting << code;
    const auto chosen = CaseworkDialogs::choice(
        m_window, tr("Registry manager's answer"), tr("Which registry manager answered?"), registryChoices(waiting));
    if (!chosen)
        return;
    const QString registry = codeOf(*chosen);
    const QStringList answers = {
        CaseworkText::answerName(ConsultationAnswer::Grant), CaseworkText::answerName(ConsultationAnswer::Partly),
        CaseworkText::answerName(ConsultationAnswer::Refuse)};
    const auto answer = CaseworkDialogs::choice(
        m_window, tr("Registry manager's answer"), tr("What does it recommend?"), answers);
    if (!answer)
        return;
    const auto note = Dialogs::text(m_window, tr("Registry manager's answer"), tr("Note (optional):"));
    if (!note)
        return;
    const auto which = static_cast<ConsultationAnswer>(std::max<qsizetype>(0, answers.indexOf(*answer)));
    CaseworkService work(m_session.cases());
    run(work.consulted(number(), registry, which, *note),
        tr("%1: the answer for %2 is recorded").arg(number(), registry));
}

void CaseActions::onAddNote()
{
    const QStringList audiences = {tr("Internal note"), tr("Note for the applicant")};
    const auto audience = CaseworkDialogs::choice(m_window, tr("Add a note"), tr("Who is the note for?"), audiences);
    if (!audience)
        return;
    const auto text = Dialogs::text(m_window, tr("Add a note"), *audience);
    if (!text)
        return;
    CaseworkService work(m_session.cases());
    run(work.addNote(number(), *text, *audience == audiences.at(1) ? NoteAudience::Applicant : NoteAudience::Internal),
        tr("Note added to %1").arg(number()));
}

// A foreign applicant's legal basis in its own law, printed under the decision letter's legal basis.
void CaseActions::onForeignBasis()
{
    auto current = ForeignBasis::of(m_session.database(), number());
    if (!current)
        return run(current.error(), {});
    const auto text = Dialogs::text(
        m_window, tr("The applicant's legal basis abroad"),
        tr("An applicant established outside Norway: its legal basis for the processing under the law "
           "of its own country, as the decision letter is to state it. Leave it empty to state none."),
        current.value());
    if (!text)
        return;
    run(ForeignBasis::set(m_session.cases(), number(), *text),
        text->trimmed().isEmpty() ? tr("%1: no legal basis abroad is stated").arg(number())
                                  : tr("%1: the legal basis abroad is stated").arg(number()));
}

void CaseActions::onForward()
{
    QStringList targets;
    if (transition(m_record->summary.status, CaseAction::Forward))
        targets << tr("The whole case");
    QStringList registries;
    for (const QString &code : m_record->application.registryCodes())
        if (!m_record->casework.forwarding(code))
            registries << code;
    targets << registryChoices(registries);
    const auto target = CaseworkDialogs::choice(
        m_window, tr("Forward to the registry manager"), tr("What does the registry manager decide itself?"), targets);
    if (!target)
        return;
    const auto reason = Dialogs::text(
        m_window, tr("Forward to the registry manager"), tr("Why does the registry manager decide this itself?"));
    if (!reason)
        return;
    const QString registry = *target == tr("The whole case") ? QString() : codeOf(*target);
    CaseworkService work(m_session.cases());
    run(work.forward(number(), registry, *reason), tr("%1 forwarded").arg(registry.isEmpty() ? number() : registry));
}

void CaseActions::onWithdraw()
{
    const auto reason = Dialogs::text(m_window, tr("Withdrawn by the applicant"),
                                      tr("The applicant withdrew application %1. Reason (optional):").arg(number()));
    if (!reason)
        return;
    CaseworkService work(m_session.cases());
    run(work.withdraw(number(), *reason), tr("%1 withdrawn").arg(number()));
}

void CaseActions::onClose()
{
    if (!Dialogs::confirm(
            m_window, tr("Close the case"), tr("Close case %1? Nothing more can be done on it.").arg(number())))
        return;
    CaseworkService work(m_session.cases());
    run(work.close(number()), tr("%1 closed").arg(number()));
}

} // namespace fv
