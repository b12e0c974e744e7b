#include "casework/CaseworkPanel.h"

#include "CaseActions.h"
#include "Clock.h"
#include "casework/CaseworkModels.h"
#include "casework/CaseworkText.h"
#include "widgets/Accessibility.h"
#include "widgets/Reflow.h"
#include "widgets/TableView.h"
#include "widgets/Tones.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace fv {
namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString colour(const QString &text, Urgency u)
{
    const QColor c = CaseworkText::urgencyForeground(u);
    return c.isValid() ? QStringLiteral("<span style='color:%1'><b>%2</b></span>").arg(c.name(), esc(text)) : esc(text);
}

void tidy(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
}

// The clock in one paragraph: running, paused, not started, or stopped by the decision.
QString clockHtml(const DeadlineStatus &d, CaseStatus status)
{
    const QString limit =
        CaseworkPanel::tr("%1 working days from %2, %3")
            .arg(d.limit)
            .arg(CaseworkText::date(d.completedOn),
                 d.linked ? CaseworkPanel::tr("linked sources") : CaseworkPanel::tr("one source"));
    if (!d.complete)
        return CaseworkPanel::tr("<b>The statutory clock has not started:</b> the application is not complete yet.");
    if (d.decidedOn.isValid())
        return CaseworkPanel::tr("<b>Decided %1</b> – %2 (deadline %3; %4).")
            .arg(CaseworkText::date(d.decidedOn),
                 d.decidedInTime ? CaseworkPanel::tr("within the deadline")
                                 : colour(CaseworkPanel::tr("after the deadline"), Urgency::Overdue),
                 CaseworkText::date(d.statutoryDeadline), limit);
    if (d.paused || !d.statutoryDeadline.isValid())
        return CaseworkPanel::tr("<b>The clock is paused</b> while we wait for the applicant: %1 of %2 working days "
                                 "used (%3).")
            .arg(d.usedWorkingDays)
            .arg(d.limit)
            .arg(limit);
    if (!isOpen(status))
        return CaseworkPanel::tr("Deadline %1 (%2).").arg(CaseworkText::date(d.statutoryDeadline), limit);
    CaseTask t;
    t.due = d.statutoryDeadline;
    t.overdue = d.overdue;
    t.workingDaysLeft = d.remainingWorkingDays;
    return CaseworkPanel::tr("<b>Decision due %1</b> – %2 (%3).")
        .arg(CaseworkText::date(d.statutoryDeadline), colour(CaseworkText::dueText(t), urgencyOf(t)), limit);
}

} // namespace

CaseworkPanel::CaseworkPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tasks(new QTableWidget(this))
    , m_assessmentCount(new QLabel(this))
    , m_assessment(new TableView(this))
    , m_assessmentModel(new AssessmentModel(this))
    , m_item(new QLabel(this))
    , m_result(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_saveAssessment(new QPushButton(tr("Save assess&ment"), this))
    , m_consultations(new TableView(this))
    , m_consultationModel(new ConsultationModel(this))
    , m_dialogue(new QTextBrowser(this))
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(buildDeadlines());
    layout->addWidget(buildAssessment());
    // One group under the other, each the full width: the registry managers' notes and the
    // dialogue need the room; spare height goes below them, not into the groups.
    layout->addWidget(buildConsultations());
    layout->addWidget(buildDialogue());
    layout->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(a11y::scrollable(content));
}

QWidget *CaseworkPanel::buildDeadlines()
{
    auto *box = new QGroupBox(tr("Deadlines"), this);
    auto *l = new QVBoxLayout(box);
    m_summary->setObjectName(QStringLiteral("deadlineSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    l->addWidget(m_summary);
    m_tasks->setObjectName(QStringLiteral("caseTasks"));
    m_tasks->setColumnCount(3);
    m_tasks->setHorizontalHeaderLabels({tr("Due"), tr("What"), tr("State")});
    m_tasks->verticalHeader()->hide();
    a11y::keyboardFriendly(m_tasks, tr("Deadlines"));
    m_tasks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tasks->setSelectionMode(QAbstractItemView::NoSelection);
    m_tasks->horizontalHeader()->setStretchLastSection(true);
    m_tasks->setMaximumHeight(130);
    l->addWidget(m_tasks);
    m_actionRows << new FlowLayout;
    l->addLayout(m_actionRows.back());
    return box;
}

QWidget *CaseworkPanel::buildAssessment()
{
    auto *box = new QGroupBox(tr("Legal assessment"), this);
    auto *l = new QVBoxLayout(box);
    m_assessmentCount->setWordWrap(true);
    l->addWidget(m_assessmentCount);
    m_assessment->setObjectName(QStringLiteral("assessmentTable"));
    m_assessment->setModel(m_assessmentModel);
    tidy(m_assessment);
    m_assessment->setAccessibleName(tr("Legal assessment"));
    m_assessment->horizontalHeader()->setSectionResizeMode(AssessmentModel::Item, QHeaderView::ResizeToContents);
    m_assessment->horizontalHeader()->setSectionResizeMode(AssessmentModel::Required, QHeaderView::ResizeToContents);
    m_assessment->horizontalHeader()->setSectionResizeMode(AssessmentModel::Result, QHeaderView::ResizeToContents);
    m_assessment->horizontalHeader()->setSectionResizeMode(AssessmentModel::Note, QHeaderView::Stretch);
    m_assessment->horizontalHeader()->setStretchLastSection(false);
    m_assessment->setMinimumHeight(330);
    l->addWidget(m_assessment);
    connect(m_assessment->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CaseworkPanel::chooseItem);

    // The editor for the chosen item: the result and a note, saved through the core.
    for (AssessmentResult r :
         {AssessmentResult::Fulfilled, AssessmentResult::NotFulfilled, AssessmentResult::NotRelevant})
        m_result->addItem(CaseworkText::resultName(r), static_cast<int>(r));
    m_result->setObjectName(QStringLiteral("assessmentResult"));
    m_note->setObjectName(QStringLiteral("assessmentNote"));
    // The chosen check names the result box (Orca: "Samfunnsinteresse, Result, Fulfilled").
    m_item->setBuddy(m_result);
    m_result->setAccessibleName(tr("Result"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Note: why, and with which reference (required when not fulfilled)"));
    m_saveAssessment->setObjectName(QStringLiteral("saveAssessment"));
    connect(m_saveAssessment, &QPushButton::clicked, this, &CaseworkPanel::saveAssessment);
    connect(m_note, &QLineEdit::returnPressed, this, &CaseworkPanel::saveAssessment);
    // The check's name wraps and the button goes under the fields: at 200 % the one row of all
    // four was wider than the page.
    auto *editor = new QHBoxLayout;
    m_item->setMinimumWidth(150);
    m_item->setWordWrap(true);
    editor->addWidget(m_item);
    editor->addWidget(m_result);
    editor->addWidget(m_note, 1);
    l->addLayout(editor);
    l->addLayout(reflow::buttonRow({m_saveAssessment}));
    return box;
}

QWidget *CaseworkPanel::buildConsultations()
{
    auto *box = new QGroupBox(tr("Registry managers' views"), this);
    auto *l = new QVBoxLayout(box);
    m_consultations->setObjectName(QStringLiteral("consultationTable"));
    m_consultations->setModel(m_consultationModel);
    tidy(m_consultations);
    m_consultations->setAccessibleName(tr("Registry managers' views"));
    m_consultations->setMinimumHeight(120);
    m_consultations->setMaximumHeight(200);
    // The note, last, takes what is left and wraps.
    m_consultations->setWordWrap(true);
    m_consultations->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    l->addWidget(m_consultations);
    m_actionRows << new FlowLayout;
    l->addLayout(m_actionRows.back());
    return box;
}

QWidget *CaseworkPanel::buildDialogue()
{
    auto *box = new QGroupBox(tr("Dialogue with the applicant and notes"), this);
    auto *l = new QVBoxLayout(box);
    m_dialogue->setObjectName(QStringLiteral("dialogue"));
    m_dialogue->setMinimumHeight(160);
    m_dialogue->setAccessibleName(tr("Dialogue with the applicant and notes"));
    l->addWidget(m_dialogue);
    m_actionRows << new FlowLayout;
    l->addLayout(m_actionRows.back());
    return box;
}

void CaseworkPanel::setActions(CaseActions *actions)
{
    m_actions = actions;
    // The buttons of each group, on one row at 100 %, wrapping onto more at 200 %.
    const QList<QList<QAction *>> rows = {
        {actions->take(), actions->assign(), actions->complete(), actions->preliminaryReply(), actions->forward()},
        {actions->consult(), actions->consulted()},
        {actions->requestInfo(), actions->infoReceived(), actions->remind(), actions->rejectNoReply(),
         actions->addNote()},
    };
    // Made after the rest of the page, the buttons are put in the Tab order after what they act on
    // (else Tab would reach them last, back at the top of the page).
    const QList<QWidget *> before = {m_tasks, m_consultations, m_dialogue};
    for (int i = 0; i < rows.size(); ++i) {
        QWidget *previous = before.at(i);
        for (QAction *action : rows.at(i)) {
            auto *button = new QToolButton(this);
            button->setDefaultAction(action);
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
            m_actionRows.at(i)->addWidget(button);
            setTabOrder(previous, button);
            previous = button;
        }
    }
}

void CaseworkPanel::showCase(const CaseRecord &record, const std::map<QString, QString> &userNames)
{
    showDeadlines(record);
    const Assessment &a = record.casework.assessment;
    m_assessmentModel->setAssessment(a, userNames);
    // A case opened anew has the first check still to do ready in the editor.
    if (record.summary.caseNumber != m_shownCase) {
        m_shownCase = record.summary.caseNumber;
        int row = 0;
        for (int r = 0; r < m_assessmentModel->rowCount(); ++r)
            if (m_assessmentModel->entryAt(r)->required && !m_assessmentModel->entryAt(r)->settled()) {
                row = r;
                break;
            }
        m_assessment->setCurrentIndex(m_assessmentModel->index(row, 0));
    }
    const QStringList open = a.unsettledRequired();
    m_assessmentCount->setText(
        open.isEmpty()
            ? tr("All %n required check(s) settled.", nullptr, a.requiredCount())
            : tr("%1 of %2 required checks settled; the draft cannot go for approval until all are.")
                  .arg(a.settledRequiredCount())
                  .arg(a.requiredCount()));
    m_consultationModel->setConsultations(record.casework.consultations, today());
    for (int c = 0; c < ConsultationModel::Note; ++c) // the note takes the rest and wraps
        m_consultations->resizeColumnToContents(c);
    showDialogue(record, userNames);
    chooseItem();
}

void CaseworkPanel::showDeadlines(const CaseRecord &record)
{
    const DeadlineStatus &d = record.casework.deadlines;
    QString html = clockHtml(d, record.summary.status);
    QStringList pauses;
    for (size_t i = 0; i < d.pauses.size(); ++i)
        pauses << tr("%1–%2 (%n working day(s))", nullptr, i < d.pausedWorkingDays.size() ? d.pausedWorkingDays[i] : 0)
                      .arg(CaseworkText::date(d.pauses[i].from),
                           d.pauses[i].to.isValid() ? CaseworkText::date(d.pauses[i].to) : tr("now"));
    if (!pauses.isEmpty())
        html += QStringLiteral("<br>") + esc(tr("Paused: %1").arg(pauses.join(QStringLiteral("; "))));
    html += QStringLiteral("<br>")
        + esc(d.preliminaryReplySentOn.isValid()
                  ? tr("Preliminary reply (fvl. § 11 a) sent %1.").arg(CaseworkText::date(d.preliminaryReplySentOn))
                  : tr("Preliminary reply (fvl. § 11 a) due %1, not sent.")
                        .arg(CaseworkText::date(d.preliminaryReplyDue)));
    m_summary->setText(html);

    m_tasks->setRowCount(static_cast<int>(d.tasks.size()));
    for (int row = 0; row < static_cast<int>(d.tasks.size()); ++row) {
        const CaseTask &t = d.tasks[static_cast<size_t>(row)];
        const Urgency u = urgencyOf(t);
        const QString what = CaseworkText::taskName(t.kind)
            + (t.registry.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(t.registry));
        const QString step = CaseworkText::nextStep(t);
        const QStringList cells = {
            CaseworkText::date(t.due), what,
            step.isEmpty() ? CaseworkText::dueText(t) : QStringLiteral("%1 – %2").arg(CaseworkText::dueText(t), step)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (u == Urgency::Overdue || u == Urgency::Soon) {
                item->setBackground(CaseworkText::urgencyBackground(u));
                item->setForeground(CaseworkText::urgencyForeground(u));
            }
            if (c == 2)
                item->setIcon(CaseworkText::urgencyIcon(u));
            m_tasks->setItem(row, c, item);
        }
    }
    m_tasks->setVisible(!d.tasks.empty());
    m_tasks->resizeColumnsToContents();
}

void CaseworkPanel::showDialogue(const CaseRecord &record, const std::map<QString, QString> &userNames)
{
    QString html;
    for (const InfoRequest &r : record.casework.infoRequests) {
        html += QStringLiteral("<p><b>%1</b> %2<br><i>%3</i><br>")
                    .arg(esc(CaseworkText::date(r.requestedOn)),
                         esc(tr("Information requested by %1").arg(CaseworkText::userName(userNames, r.requestedBy))),
                         esc(r.text));
        QStringList state = {tr("answer due %1").arg(CaseworkText::date(r.answerDue))};
        if (r.remindedOn.isValid())
            state << tr("reminded %1, due %2").arg(CaseworkText::date(r.remindedOn), CaseworkText::date(r.reminderDue));
        state << (r.answeredOn.isValid() ? tr("answered %1").arg(CaseworkText::date(r.answeredOn))
                                         : tr("no answer yet"));
        html += esc(state.join(QStringLiteral(" · "))) + QStringLiteral("</p>");
    }
    if (record.casework.infoRequests.empty())
        html += QStringLiteral("<p class='fv-muted'>%1</p>").arg(esc(tr("No information requested.")));
    for (NoteAudience audience : {NoteAudience::Applicant, NoteAudience::Internal}) {
        QString notes;
        for (const CaseNote &n : record.casework.notes)
            if (n.audience == audience)
                notes += QStringLiteral("<li>%1 <span class='fv-muted'>(%2, %3)</span></li>")
                             .arg(esc(n.text), esc(CaseworkText::userName(userNames, n.writtenBy)),
                                  esc(CaseworkText::date(n.writtenAt.date())));
        if (notes.isEmpty())
            continue;
        html += QStringLiteral("<h4 style='margin-bottom:0'>%1</h4><ul style='margin-top:2px'>%2</ul>")
                    .arg(esc(audience == NoteAudience::Applicant ? tr("Notes for the applicant")
                                                                 : tr("Internal notes (not sent)")),
                         notes);
    }
    for (const Forwarding &f : record.casework.forwardings)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Forwarded %1: %2 – %3")
                                 .arg(CaseworkText::date(f.forwardedOn),
                                      f.wholeCase() ? tr("the whole case") : f.registry, f.reason)));
    m_dialogue->setHtml(tones::htmlStyle() + html);
}

void CaseworkPanel::chooseItem()
{
    const AssessmentEntry *e = m_assessmentModel->entryAt(m_assessment->currentIndex().row());
    const Status allowed = !e ? Status(fail(tr("Choose a check in the list.")))
        : m_actions           ? m_actions->mayAssess(e->item)
                              : Status(fail(QString()));
    m_item->setText(e ? QStringLiteral("<b>%1</b>").arg(esc(CaseworkText::itemName(e->item))) : QString());
    if (e) {
        const AssessmentResult shown = e->settled() ? e->result : AssessmentResult::Fulfilled;
        m_result->setCurrentIndex(m_result->findData(static_cast<int>(shown)));
        m_note->setText(e->note);
    }
    for (QWidget *w :
         {static_cast<QWidget *>(m_result), static_cast<QWidget *>(m_note), static_cast<QWidget *>(m_saveAssessment)}) {
        w->setEnabled(allowed.ok());
        w->setToolTip(allowed ? QString() : allowed.error().message);
    }
}

void CaseworkPanel::saveAssessment()
{
    const AssessmentEntry *e = m_assessmentModel->entryAt(m_assessment->currentIndex().row());
    if (!e || !m_actions || !m_saveAssessment->isEnabled())
        return;
    m_actions->assess(e->item, static_cast<AssessmentResult>(m_result->currentData().toInt()), m_note->text());
}

} // namespace fv
