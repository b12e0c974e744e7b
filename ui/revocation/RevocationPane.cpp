#include "revocation/RevocationPane.h"

#include "Clock.h"
#include "Permission.h"
#include "Session.h"
#include "followup/FollowUp.h"
#include "revocation/RevocationService.h"
#include "rules/RevocationRules.h"
#include "widgets/Accessibility.h"
#include "widgets/DateField.h"
#include "widgets/Reflow.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fv {
namespace {

QString shown(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QStringLiteral("—");
}

void setEnabledWhy(QWidget *w, const Status &allowed)
{
    w->setEnabled(allowed.ok());
    w->setToolTip(allowed ? QString() : allowed.error().message);
}

QLabel *labelFor(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

RevocationPane::RevocationPane(QWidget *parent)
    : QWidget(parent)
    , m_revocationSummary(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_grounds(new QLineEdit(this))
    , m_registries(new QListWidget(this))
    , m_commentDays(new QSpinBox(this))
    , m_notify(new QPushButton(tr("Send advance notice"), this))
    , m_commentDate(new DateField(this))
    , m_comment(new QPushButton(tr("Record comment"), this))
    , m_outcome(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_propose(new QPushButton(tr("Propose decision"), this))
    , m_approve(new QPushButton(tr("Approve and send"), this))
    , m_suspensionSummary(new QLabel(this))
    , m_requestDate(new DateField(this))
    , m_requestedBy(new QLineEdit(this))
    , m_request(new QPushButton(tr("Record request"), this))
    , m_suspensionReason(new QLineEdit(this))
    , m_grant(new QPushButton(tr("Grant"), this))
    , m_refuse(new QPushButton(tr("Refuse"), this))
    , m_end(new QPushButton(tr("End suspension"), this))
{
    setObjectName(QStringLiteral("revocationPane"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildSuspension());
    QWidget *revocation = buildRevocation();
    layout->addWidget(revocation);
    // Its fields were made first: Tab would reach them before the suspension's, which are above.
    a11y::tabAfter(m_end, revocation);
    layout->addStretch(1);
    clear();
}

QWidget *RevocationPane::buildSuspension()
{
    auto *box = new QGroupBox(tr("Suspended implementation (fvl § 42)"), this);
    auto *l = new QVBoxLayout(box);
    m_suspensionSummary->setObjectName(QStringLiteral("suspensionSummary"));
    m_suspensionSummary->setWordWrap(true);
    m_suspensionSummary->setTextFormat(Qt::RichText);
    l->addWidget(m_suspensionSummary);
    m_requestDate->lineEdit()->setAccessibleName(tr("Day the request was received"));
    m_requestedBy->setAccessibleName(tr("Who asked"));
    m_requestedBy->setPlaceholderText(tr("Who asked for it"));
    m_suspensionReason->setAccessibleName(tr("Reason for the decision on suspension"));
    m_suspensionReason->setPlaceholderText(tr("Why suspension is granted or refused"));
    // On the Klage page at 200 % a field and its buttons in one row are wider than the pane: the
    // buttons go on a row of their own under their fields.
    auto *request = new QHBoxLayout;
    request->addWidget(labelFor(tr("Requested on:"), m_requestDate->lineEdit(), box));
    request->addWidget(m_requestDate);
    request->addWidget(labelFor(tr("By:"), m_requestedBy, box));
    request->addWidget(m_requestedBy, 1);
    l->addLayout(request);
    l->addLayout(reflow::buttonRow({m_request}));
    auto *decide = new QHBoxLayout;
    decide->addWidget(labelFor(tr("Reason:"), m_suspensionReason, box));
    decide->addWidget(m_suspensionReason, 1);
    l->addLayout(decide);
    l->addLayout(reflow::buttonRow({m_grant, m_refuse, m_end}));
    connect(m_request, &QPushButton::clicked, this, &RevocationPane::requestSuspension);
    connect(m_grant, &QPushButton::clicked, this, [this] { decideSuspension(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { decideSuspension(false); });
    connect(m_end, &QPushButton::clicked, this, &RevocationPane::endSuspension);
    return box;
}

QWidget *RevocationPane::buildRevocation()
{
    auto *box = new QGroupBox(tr("Revocation and reversal without appeal (fvl §§ 16 and 35)"), this);
    auto *l = new QVBoxLayout(box);
    m_revocationSummary->setObjectName(QStringLiteral("revocationSummary"));
    m_revocationSummary->setWordWrap(true);
    m_revocationSummary->setTextFormat(Qt::RichText);
    l->addWidget(m_revocationSummary);

    m_kind->addItem(displayName(RevocationKind::Revocation), static_cast<int>(RevocationKind::Revocation));
    m_kind->addItem(displayName(RevocationKind::Reversal), static_cast<int>(RevocationKind::Reversal));
    m_grounds->setPlaceholderText(tr("What the applicant is told and may comment on"));
    m_registries->setAccessibleName(tr("Registries concerned (none ticked: all granted)"));
    m_registries->setMaximumHeight(110);
    m_commentDays->setRange(1, 90);
    m_commentDays->setSuffix(tr(" days"));
    m_commentDays->setAccessibleName(tr("Days to comment"));
    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Grounds:"), m_grounds);
    form->addRow(tr("Registries:"), m_registries);
    auto *deadline = new QHBoxLayout;
    deadline->addWidget(m_commentDays);
    deadline->addStretch(1);
    deadline->addWidget(m_notify);
    form->addRow(labelFor(tr("Deadline to comment:"), m_commentDays, box), deadline);
    auto *comment = new QHBoxLayout;
    comment->addWidget(m_commentDate);
    comment->addWidget(m_comment);
    comment->addStretch(1);
    form->addRow(labelFor(tr("Comment received on:"), m_commentDate->lineEdit(), box), comment);
    m_commentDate->lineEdit()->setAccessibleName(tr("Day the applicant's comment was received"));
    for (RevocationOutcome o : {RevocationOutcome::Revoked, RevocationOutcome::Partly, RevocationOutcome::Dropped})
        m_outcome->addItem(displayName(o), static_cast<int>(o));
    m_reason->setPlaceholderText(tr("Reason (empty: the grounds of the notice)"));
    m_reason->setAccessibleName(tr("Reason for the decision"));
    auto *decide = new QHBoxLayout;
    decide->addWidget(m_outcome);
    decide->addWidget(m_reason, 1);
    form->addRow(labelFor(tr("Decision:"), m_outcome, box), decide);
    form->addRow(QString(), reflow::buttonRow({m_propose, m_approve}));
    l->addLayout(form);
    connect(m_notify, &QPushButton::clicked, this, &RevocationPane::notify);
    connect(m_comment, &QPushButton::clicked, this, &RevocationPane::recordComment);
    connect(m_propose, &QPushButton::clicked, this, &RevocationPane::propose);
    connect(m_approve, &QPushButton::clicked, this, &RevocationPane::approve);
    return box;
}

void RevocationPane::setSession(Session *session, Reporter report)
{
    m_session = session;
    m_report = std::move(report);
    updateEnabled();
}

void RevocationPane::clear()
{
    m_record.reset();
    m_revocationSummary->setText(tr("Choose a case in the list."));
    m_suspensionSummary->clear();
    m_registries->clear();
    updateEnabled();
}

void RevocationPane::setCase(const CaseRecord &record)
{
    const bool sameCase = m_record && m_record->summary.id == record.summary.id;
    m_record = record;
    if (!sameCase) {
        m_registries->clear();
        for (const QString &code : followup::deliveringRegistries(record)) {
            auto *item = new QListWidgetItem(code, m_registries);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_commentDays->setValue(record.revocation.commentDays);
        m_grounds->clear();
        m_reason->clear();
    }
    showRevocation(record);
    showSuspension(record);
    updateEnabled();
}

void RevocationPane::showRevocation(const CaseRecord &record)
{
    const Revocation *r = record.revocation.latest();
    if (!r) {
        m_revocationSummary->setText(tr("No advance notice of revocation or reversal has been sent."));
        return;
    }
    QString text = tr("<b>%1: %2.</b> Notice sent %3 about %4; comment by %5")
                       .arg(displayName(r->kind), displayName(r->state()), shown(r->notifiedOn),
                            r->registries.join(QStringLiteral(", ")), shown(r->commentDue));
    if (r->commentOn.isValid())
        text += tr("; comment received %1").arg(shown(r->commentOn));
    if (r->outcome)
        text += tr(". Decision: %1 (%2), proposed by %3")
                    .arg(displayName(*r->outcome), r->revokedRegistries.join(QStringLiteral(", ")), r->proposedBy);
    if (r->decidedOn.isValid())
        text += tr(", approved by %1 on %2").arg(r->approvedBy, shown(r->decidedOn));
    m_revocationSummary->setText(text + QLatin1Char('.'));
}

void RevocationPane::showSuspension(const CaseRecord &record)
{
    const RevocationRecord &r = record.revocation;
    if (r.suspended()) {
        m_suspensionSummary->setText(tr(
            "<span style=\"color:#b01c1c; font-weight:bold;\">Implementation suspended</span>: deliveries are "
            "not chased until the suspension ends."));
        return;
    }
    if (const Suspension *p = r.pendingSuspension()) {
        m_suspensionSummary->setText(
            tr("Requested %1 by %2; not decided yet.").arg(shown(p->requestedOn), p->requestedBy.toHtmlEscaped()));
        return;
    }
    if (r.suspensions.empty()) {
        m_suspensionSummary->setText(tr("Nobody has asked for suspended implementation."));
        return;
    }
    const Suspension &last = r.suspensions.back();
    m_suspensionSummary->setText(
        *last.granted ? tr("Suspension granted %1 ended %2.").arg(shown(last.decidedOn), shown(last.endedOn))
                      : tr("Suspension refused %1.").arg(shown(last.decidedOn)));
}

void RevocationPane::updateEnabled()
{
    const Status none = fail(tr("Choose a case in the list."));
    const auto allowed = [&](Action action) {
        return m_session && m_session->isOpen() && m_record ? permitted(action, *m_session, &*m_record) : none;
    };
    const Status notify = allowed(Action::NotifyRevocation);
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_grounds, m_registries, m_commentDays, m_notify})
        setEnabledWhy(w, notify);
    setEnabledWhy(m_comment, allowed(Action::RecordRevocationComment));
    setEnabledWhy(m_commentDate, allowed(Action::RecordRevocationComment));
    const Status decide = allowed(Action::DecideRevocation);
    for (QWidget *w : std::initializer_list<QWidget *>{m_outcome, m_reason, m_propose})
        setEnabledWhy(w, decide);
    if (decide)
        m_registries->setEnabled(true); // a partial revocation ticks the registries it revokes
    setEnabledWhy(m_approve, allowed(Action::ApproveRevocation));
    const Status suspension = allowed(Action::DecideSuspension);
    const auto andThen = [&](const std::function<Status(const CaseRecord &)> &rule) {
        return suspension ? rule(*m_record) : suspension;
    };
    const Status request = andThen([](const CaseRecord &r) -> Status {
        if (r.revocation.suspended())
            return fail(tr("Implementation is suspended already."));
        return r.revocation.pendingSuspension() ? fail(tr("A request is waiting for its decision.")) : ok();
    });
    for (QWidget *w : std::initializer_list<QWidget *>{m_requestDate, m_requestedBy, m_request})
        setEnabledWhy(w, request);
    const Status pending = andThen(&caserules::suspensionPending);
    for (QWidget *w : std::initializer_list<QWidget *>{m_suspensionReason, m_grant, m_refuse})
        setEnabledWhy(w, pending);
    setEnabledWhy(m_end, andThen(&caserules::suspensionInForce));
}

QStringList RevocationPane::checkedRegistries() const
{
    QStringList out;
    for (int i = 0; i < m_registries->count(); ++i)
        if (m_registries->item(i)->checkState() == Qt::Checked)
            out << m_registries->item(i)->text();
    return out;
}

bool RevocationPane::readDate(DateField *field, QDate *out)
{
    if (field->hasUnreadableText()) {
        m_report(fail(tr("\"%1\" is not a date: write it as dd.mm.yyyy").arg(field->lineEdit()->text())), {});
        return false;
    }
    *out = field->date();
    return true;
}

void RevocationPane::notify()
{
    if (!m_session || !m_record)
        return;
    RevocationRequest request;
    request.kind = static_cast<RevocationKind>(m_kind->currentData().toInt());
    request.grounds = m_grounds->text();
    request.registries = checkedRegistries();
    request.commentDays = m_commentDays->value();
    const QString number = m_record->summary.caseNumber;
    auto sent = RevocationService(m_session->cases()).notify(number, request);
    m_report(sent ? ok() : Status(sent.error()), tr("%1: the advance notice is sent").arg(number));
}

void RevocationPane::recordComment()
{
    QDate on;
    if (!m_session || !m_record || !readDate(m_commentDate, &on))
        return;
    const QString number = m_record->summary.caseNumber;
    m_report(RevocationService(m_session->cases()).comment(number, on, QString()),
             tr("%1: the applicant's comment is recorded").arg(number));
}

void RevocationPane::propose()
{
    if (!m_session || !m_record)
        return;
    const QString number = m_record->summary.caseNumber;
    const auto outcome = static_cast<RevocationOutcome>(m_outcome->currentData().toInt());
    m_report(RevocationService(m_session->cases()).propose(number, outcome, m_reason->text(), checkedRegistries()),
             tr("%1: the decision is proposed; another person approves it").arg(number));
}

void RevocationPane::approve()
{
    if (!m_session || !m_record)
        return;
    const QString number = m_record->summary.caseNumber;
    auto sent = RevocationService(m_session->cases()).approve(number);
    m_report(sent ? ok() : Status(sent.error()),
             tr("%1: approved; the decision letter and %n stop-delivery notice(s) are sent", nullptr,
                sent ? static_cast<int>(sent->size()) - 1 : 0)
                 .arg(number));
}

void RevocationPane::requestSuspension()
{
    QDate on;
    if (!m_session || !m_record || !readDate(m_requestDate, &on))
        return;
    const QString number = m_record->summary.caseNumber;
    m_report(RevocationService(m_session->cases()).requestSuspension(number, on, m_requestedBy->text()),
             tr("%1: the request for suspended implementation is recorded").arg(number));
}

void RevocationPane::decideSuspension(bool grant)
{
    if (!m_session || !m_record)
        return;
    const QString number = m_record->summary.caseNumber;
    auto sent = RevocationService(m_session->cases()).decideSuspension(number, grant, m_suspensionReason->text());
    m_report(sent ? ok() : Status(sent.error()),
             grant ? tr("%1: suspended implementation granted; the letter is sent").arg(number)
                   : tr("%1: suspended implementation refused; the letter is sent").arg(number));
}

void RevocationPane::endSuspension()
{
    if (!m_session || !m_record)
        return;
    const QString number = m_record->summary.caseNumber;
    m_report(RevocationService(m_session->cases()).endSuspension(number, {}),
             tr("%1: the suspension has ended; deliveries are followed up again").arg(number));
}

} // namespace fv
