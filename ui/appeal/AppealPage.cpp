#include "appeal/AppealPage.h"

#include "Permission.h"
#include "Session.h"
#include "appeal/AppealService.h"
#include "appeal/ReceivedFiles.h"
#include "widgets/DateField.h"
#include "widgets/Reflow.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
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

QPlainTextEdit *textBox(QWidget *parent, const QString &name)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(name);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(70);
    return edit;
}

} // namespace

AppealPage::AppealPage(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_summary(new QLabel(this))
    , m_received(new DateField(this))
    , m_posted(new DateField(this))
    , m_appellant(new QLineEdit(this))
    , m_contests(new QLineEdit(this))
    , m_text(textBox(this, tr("The appeal's text")))
    , m_register(new QPushButton(tr("Register appeal"), this))
    , m_lateReason(new QLineEdit(this))
    , m_consider(new QPushButton(tr("Consider anyway (§ 31)"), this))
    , m_reject(new QPushButton(tr("Reject as too late"), this))
    , m_reverse(new QPushButton(tr("Reverse the decision"), this))
    , m_reversePartly(new QPushButton(tr("Reverse in part"), this))
    , m_view(textBox(this, tr("HDS's view of the appeal")))
    , m_forward(new QPushButton(tr("Uphold and forward"), this))
    , m_result(new QComboBox(this))
    , m_resultDate(new DateField(this))
    , m_reference(new QLineEdit(this))
    , m_recordResult(new QPushButton(tr("Record result"), this))
    , m_withdraw(new QPushButton(tr("Withdrawn today"), this))
    , m_appealFile(new ReceivedFileField(
          tr("The appeal as received (never health data)"), tr("Attach the appeal as a file"), this))
    , m_resultFile(new ReceivedFileField(
          tr("The appeal body's decision as received"), tr("Attach the appeal body's decision as a file"), this))
    , m_receivedFiles(new ReceivedFilesList(this))
    , m_recordBody(new QPushButton(tr("Record its decision as a new version"), this))
{
    setObjectName(QStringLiteral("appealPage"));
    m_summary->setObjectName(QStringLiteral("appealSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAccessibleName(tr("Appeals"));
    auto *box = new QGroupBox(tr("Appeals against the decision"), this);
    auto *l = new QVBoxLayout(box);
    l->addWidget(m_summary);
    l->addWidget(m_receivedFiles);
    m_layout->addWidget(box);
    m_layout->addWidget(buildRegister());
    m_layout->addWidget(buildHandling());
    m_layout->addStretch(1);
    clear();
}

QWidget *AppealPage::buildRegister()
{
    auto *box = new QGroupBox(tr("Register an appeal"), this);
    auto *form = new QFormLayout(box);
    m_received->lineEdit()->setAccessibleName(tr("Day the appeal was received"));
    m_posted->lineEdit()->setAccessibleName(tr("Day the appeal was posted"));
    m_posted->lineEdit()->setToolTip(tr("If known: an appeal posted by the last day is in time (fvl § 30)"));
    m_appellant->setAccessibleName(tr("Appellant"));
    m_contests->setAccessibleName(tr("What the appeal contests"));
    form->addRow(tr("Received on:"), m_received);
    form->addRow(tr("Posted on:"), m_posted);
    form->addRow(tr("Appellant:"), m_appellant);
    form->addRow(tr("Contests:"), m_contests);
    form->addRow(tr("Text:"), m_text);
    form->addRow(tr("File:"), m_appealFile);
    m_appealFile->attachButton()->setObjectName(QStringLiteral("attachAppealFile"));
    form->addRow(QString(), m_register);
    setTabOrder(m_appealFile->attachButton(), m_register); // the file's row is above the button
    m_register->setObjectName(QStringLiteral("registerAppeal"));
    connect(m_register, &QPushButton::clicked, this, &AppealPage::registerAppeal);
    return box;
}

QWidget *AppealPage::buildHandling()
{
    auto *box = new QGroupBox(tr("Deal with the appeal"), this);
    auto *form = new QFormLayout(box);
    // At 200 % a row of a text field and its buttons is wider than the pane: the buttons go on a
    // row of their own under the field, and a label goes above its row when the row is long.
    reflow::wrapLongRows(form);
    m_lateReason->setAccessibleName(tr("Reason for considering or rejecting a late appeal"));
    form->addRow(tr("Late appeal:"), m_lateReason);
    form->addRow(QString(), reflow::buttonRow({m_consider, m_reject}));
    form->addRow(tr("HDS changes its decision:"), reflow::buttonRow({m_reverse, m_reversePartly}));
    form->addRow(tr("HDS upholds it:"), m_view);
    form->addRow(QString(), reflow::buttonRow({m_forward}));
    m_result->setAccessibleName(tr("The appeal body's result"));
    for (BodyResult r : {BodyResult::Upheld, BodyResult::Reversed, BodyResult::PartlyReversed, BodyResult::SentBack})
        m_result->addItem(displayName(r), static_cast<int>(r));
    m_resultDate->lineEdit()->setAccessibleName(tr("Day of the appeal body's decision"));
    m_reference->setAccessibleName(tr("The appeal body's reference"));
    m_reference->setPlaceholderText(tr("Reference"));
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result);
    resultRow->addWidget(m_resultDate);
    resultRow->addWidget(m_reference, 1);
    form->addRow(tr("The appeal body's result:"), resultRow);
    form->addRow(tr("Its decision:"), m_resultFile);
    m_resultFile->attachButton()->setObjectName(QStringLiteral("attachResultFile"));
    form->addRow(QString(), reflow::buttonRow({m_recordResult}));
    m_recordBody->setObjectName(QStringLiteral("recordBodyDecision"));
    m_recordBody->setAccessibleName(tr("Record the appeal body's decision as a new decision version"));
    m_recordBody->setToolTip(tr("The appeal body reversed the decision: draft a new decision version from the current "
                                "one, to be approved by another person"));
    form->addRow(tr("The appeal body reversed it:"), reflow::buttonRow({m_recordBody}));
    connect(m_recordBody, &QPushButton::clicked, this, &AppealPage::recordBodyDecision);
    m_withdraw->setToolTip(tr("The appellant has withdrawn the appeal: the decision stands"));
    form->addRow(tr("The appellant withdraws it:"), reflow::buttonRow({m_withdraw}));
    // Keyboard order follows the rows: the body's decision file, its button, the new version's
    // button, the withdrawal.
    setTabOrder(m_resultFile->attachButton(), m_recordResult);
    setTabOrder(m_recordResult, m_recordBody);
    setTabOrder(m_recordBody, m_withdraw);
    m_withdraw->setObjectName(QStringLiteral("withdrawAppeal"));
    connect(m_withdraw, &QPushButton::clicked, this, &AppealPage::withdraw);
    m_consider->setObjectName(QStringLiteral("considerAppeal"));
    m_reject->setObjectName(QStringLiteral("rejectAppeal"));
    m_reverse->setObjectName(QStringLiteral("reverseAppeal"));
    m_reversePartly->setObjectName(QStringLiteral("reverseAppealPartly"));
    m_forward->setObjectName(QStringLiteral("forwardAppeal"));
    m_recordResult->setObjectName(QStringLiteral("recordAppealResult"));
    connect(m_consider, &QPushButton::clicked, this, [this] { decideLate(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decideLate(false); });
    connect(m_reverse, &QPushButton::clicked, this, [this] { reverse(false); });
    connect(m_reversePartly, &QPushButton::clicked, this, [this] { reverse(true); });
    connect(m_forward, &QPushButton::clicked, this, &AppealPage::forward);
    connect(m_recordResult, &QPushButton::clicked, this, &AppealPage::recordResult);
    return box;
}

void AppealPage::addSection(QWidget *section)
{
    section->setParent(this);
    m_layout->insertWidget(m_layout->count() - 1, section); // above the closing stretch
}

void AppealPage::setSession(Session *session, Reporter report)
{
    m_session = session;
    m_report = std::move(report);
    const auto problem = [this](const Status &s) { done(s, {}); };
    m_appealFile->setReporter(problem);
    m_resultFile->setReporter(problem);
    m_receivedFiles->setSession(session, problem);
    updateEnabled();
}

void AppealPage::clear()
{
    m_record.reset();
    m_summary->setText(tr("Choose a case in the list."));
    m_receivedFiles->clear();
    updateEnabled();
}

QString AppealPage::summaryHtml(const CaseRecord &r) const
{
    if (r.appeals.appeals.empty())
        return tr("No appeal is registered. The last day to appeal is three weeks after the letter reached the party "
                  "(the letter's date plus %n day(s) by post), moved to the next working day.",
                  nullptr, r.appeals.deliveryDays)
            .toHtmlEscaped();
    QString html;
    for (const Appeal &a : r.appeals.appeals) {
        QStringList lines;
        lines << tr("<b>%1</b>, received %2: %3")
                     .arg(a.appellant.toHtmlEscaped(), shown(a.receivedOn), a.contests.toHtmlEscaped());
        const QString timing = a.inTime ? tr("in time") : tr("<span style=\"color:#b01c1c\">late</span>");
        lines << tr("Letter of %1 (decision %2); last day to appeal %3: %4")
                     .arg(shown(a.letterSentOn))
                     .arg(a.decisionVersion)
                     .arg(shown(a.lastDay), timing);
        lines << tr("State: <b>%1</b>").arg(displayName(a.state()).toHtmlEscaped());
        if (a.preparationDue.isValid() && a.state() == AppealState::Preparing)
            lines << tr("To be prepared by %1 (§ 33)").arg(shown(a.preparationDue));
        const bool bodyVersion = a.reversingVersion > 0 && a.outcome == HdsOutcome::UpheldForwarded;
        if (a.reversingVersion > 0 && !bodyVersion)
            lines << tr("Reversed by decision version %1").arg(a.reversingVersion);
        if (a.forwardedOn.isValid())
            lines << tr("Forwarded to %1 on %2; the appellant may comment until %3")
                         .arg(r.appeals.appealBody.toHtmlEscaped(), shown(a.forwardedOn), shown(a.commentDue));
        if (a.bodyResult != BodyResult::None)
            lines << tr("Result: %1 on %2 %3")
                         .arg(displayName(a.bodyResult).toHtmlEscaped(), shown(a.bodyResultOn),
                              a.bodyReference.toHtmlEscaped());
        if (bodyVersion)
            lines << tr("The appeal body's decision is recorded as decision version %1").arg(a.reversingVersion);
        html += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    }
    return html;
}

void AppealPage::showCase(const CaseRecord &record)
{
    const bool sameCase = m_record && m_record->summary.caseNumber == record.summary.caseNumber;
    m_record = record;
    m_summary->setText(summaryHtml(record));
    m_receivedFiles->showCase(record);
    if (!sameCase) {
        m_appealFile->reset();
        m_resultFile->reset();
        for (QLineEdit *e : {m_appellant, m_contests, m_lateReason, m_reference})
            e->clear();
        m_text->clear();
        m_view->clear();
        m_received->setDate({});
        m_posted->setDate({});
        m_resultDate->setDate({});
    }
    updateEnabled();
}

void AppealPage::updateEnabled()
{
    const auto allowed = [this](Action action) {
        if (!m_session || !m_session->isOpen() || !m_record)
            return Status(fail(tr("Choose a case in the list.")));
        return permitted(action, *m_session, &*m_record);
    };
    const Status registering = allowed(Action::RegisterAppeal);
    // Of a file field only its button: the file's name stays readable (disabled text is too faint
    // on a dark palette to read at 4.5:1).
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_received, m_posted, m_appellant, m_contests, m_text, m_register, m_appealFile->attachButton()})
        setEnabledWhy(w, registering);
    const Status late = allowed(Action::DecideLateAppeal);
    for (QWidget *w : std::initializer_list<QWidget *>{m_lateReason, m_consider, m_reject})
        setEnabledWhy(w, late);
    const Status reversing = allowed(Action::ReverseAppeal);
    setEnabledWhy(m_reverse, reversing);
    setEnabledWhy(m_reversePartly, reversing);
    const Status forwarding = allowed(Action::ForwardAppeal);
    setEnabledWhy(m_view, forwarding);
    setEnabledWhy(m_forward, forwarding);
    const Status result = allowed(Action::RecordAppealResult);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_result, m_resultDate, m_reference, m_recordResult, m_resultFile->attachButton()})
        setEnabledWhy(w, result);
    setEnabledWhy(m_withdraw, allowed(Action::WithdrawAppeal));
    setEnabledWhy(m_recordBody, allowed(Action::RecordBodyDecision));
}

void AppealPage::done(const Status &status, const QString &text)
{
    if (m_report)
        m_report(status, text);
}

void AppealPage::registerAppeal()
{
    if (!m_session || !m_record)
        return;
    for (DateField *d : {m_received, m_posted})
        if (d->hasUnreadableText()) {
            done(fail(tr("\"%1\" is not a date: write it as dd.mm.yyyy").arg(d->lineEdit()->text())), {});
            return;
        }
    AppealInput in;
    in.receivedOn = m_received->date();
    in.postedOn = m_posted->date();
    in.appellant = m_appellant->text();
    in.contests = m_contests->text();
    in.text = m_text->toPlainText();
    in.file = m_appealFile->file();
    if (in.text.trimmed().isEmpty())
        in.text = incoming::textOf(in.file); // an e-mail saved as text is the appeal's text too
    auto made = AppealService(m_session->cases()).registerAppeal(m_record->summary.caseNumber, in);
    if (!made) {
        done(made.error(), {});
        return;
    }
    m_appealFile->reset();
    done(ok(),
         made->inTime ? tr("The appeal is registered, in time; the case is back under assessment.")
                      : tr("The appeal is registered as late: consider it anyway or reject it."));
}

void AppealPage::decideLate(bool consider)
{
    if (!m_session || !m_record)
        return;
    AppealService service(m_session->cases());
    const QString number = m_record->summary.caseNumber;
    const Status s = consider
        ? service.considerLate(number, m_lateReason->text())
        : service.rejectLate(number, m_lateReason->text());
    done(s,
         consider ? tr("The late appeal will be considered.")
                  : tr("The late appeal is rejected; send the rejection letter."));
}

void AppealPage::reverse(bool partly)
{
    if (!m_session || !m_record)
        return;
    auto version = AppealService(m_session->cases()).reverse(m_record->summary.caseNumber, partly);
    if (!version) {
        done(version.error(), {});
        return;
    }
    done(ok(), tr("Decision version %1 is drafted; edit it, submit it and have it approved.").arg(version.value()));
}

void AppealPage::forward()
{
    if (!m_session || !m_record)
        return;
    const Status s = AppealService(m_session->cases()).forward(m_record->summary.caseNumber, m_view->toPlainText());
    done(s, tr("The appeal is forwarded; send the forwarding letter and the copy to the appellant."));
}

void AppealPage::recordResult()
{
    if (!m_session || !m_record)
        return;
    if (m_resultDate->hasUnreadableText()) {
        done(fail(tr("\"%1\" is not a date: write it as dd.mm.yyyy").arg(m_resultDate->lineEdit()->text())), {});
        return;
    }
    const auto result = static_cast<BodyResult>(m_result->currentData().toInt());
    const Status s = AppealService(m_session->cases())
                         .recordResult(m_record->summary.caseNumber, result, m_resultDate->date(), m_reference->text(),
                                       m_resultFile->file());
    if (s)
        m_resultFile->reset();
    done(s,
         changesDelivery(result)
             ? tr("The appeal body's result is recorded. It changes what the registry managers deliver: record "
                  "its decision as a new decision version.")
             : tr("The appeal body's result is recorded."));
}

void AppealPage::recordBodyDecision()
{
    if (!m_session || !m_record)
        return;
    auto version = AppealService(m_session->cases()).recordBodyDecision(m_record->summary.caseNumber);
    if (!version) {
        done(version.error(), {});
        return;
    }
    done(ok(),
         tr("Decision version %1 is drafted from the current one to record the appeal body's decision; make it match "
            "that decision, submit it and have it approved by another person. Then send the registry notices.")
             .arg(version.value()));
}

void AppealPage::withdraw()
{
    if (!m_session || !m_record)
        return;
    const Status s = AppealService(m_session->cases()).withdraw(m_record->summary.caseNumber);
    done(s, tr("The appeal is withdrawn; the decision stands."));
}

} // namespace fv
