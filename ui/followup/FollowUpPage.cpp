#include "followup/FollowUpPage.h"

#include "Clock.h"
#include "Permission.h"
#include "Session.h"
#include "followup/FollowUp.h"
#include "followup/FollowUpService.h"
#include "widgets/DateField.h"
#include "widgets/Reflow.h"
#include "widgets/Tones.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fv {
namespace {

// The reason last: at 200 % the table scrolls sideways within itself (a data table) to show it whole.
enum Column { RegistryColumn, StateColumn, OrderedColumn, DelayedColumn, DeliveredColumn, ReasonColumn, Columns };

QString shown(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QStringLiteral("—");
}

// Late in words and a sign as well as colour; the colour from the palette in use.
QString lateStyle()
{
    return QStringLiteral("color:%1; font-weight:bold;").arg(tones::htmlColour(Tone::Error));
}

void setEnabledWhy(QWidget *w, const Status &allowed, const QString &tip = {})
{
    w->setEnabled(allowed.ok());
    w->setToolTip(allowed ? tip : allowed.error().message);
}

} // namespace

FollowUpPage::FollowUpPage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_deliveries(new QTableWidget(this))
    , m_registry(new QComboBox(this))
    , m_step(new QComboBox(this))
    , m_deliveryDate(new DateField(this))
    , m_reason(new QLineEdit(this))
    , m_recordDelivery(new QPushButton(tr("&Record delivery"), this))
    , m_projectEnd(new QLabel(this))
    , m_endSummary(new QLabel(this))
    , m_deletionSummary(new QLabel(this))
    , m_reportDate(new DateField(this))
    , m_recordReport(new QPushButton(tr("Record end report"), this))
    , m_deletedDate(new DateField(this))
    , m_recordDeletion(new QPushButton(tr("Record deletion"), this))
{
    setObjectName(QStringLiteral("followUpPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildDeliveries());
    layout->addWidget(buildEnd());
    layout->addStretch(1);
    clear();
}

QWidget *FollowUpPage::buildDeliveries()
{
    auto *box = new QGroupBox(tr("Delivery from the registry managers"), this);
    auto *l = new QVBoxLayout(box);
    m_summary->setObjectName(QStringLiteral("deliverySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    l->addWidget(m_summary);

    m_deliveries->setObjectName(QStringLiteral("deliveryTable"));
    m_deliveries->setAccessibleName(tr("Delivery per registry"));
    m_deliveries->setColumnCount(Columns);
    m_deliveries->setHorizontalHeaderLabels(
        {tr("Registry"), tr("Status"), tr("Ordered"), tr("Delayed"), tr("Delivered"), tr("Reason for delay")});
    m_deliveries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deliveries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deliveries->setSelectionMode(QAbstractItemView::SingleSelection);
    m_deliveries->setTabKeyNavigation(false);
    m_deliveries->setAlternatingRowColors(true);
    m_deliveries->verticalHeader()->hide();
    // Every column as wide as what it holds, the reason on one line: a stretched column gets only
    // what the others leave, which at 200 % is nothing. The table scrolls sideways within itself.
    m_deliveries->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deliveries->setWordWrap(false);
    m_deliveries->setMinimumHeight(140);
    m_deliveries->setMaximumHeight(260);
    l->addWidget(m_deliveries);
    // Choosing a row picks its registry for the next report.
    connect(m_deliveries, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (const QTableWidgetItem *item = row >= 0 ? m_deliveries->item(row, RegistryColumn) : nullptr)
            m_registry->setCurrentIndex(m_registry->findData(item->data(Qt::UserRole)));
    });

    m_registry->setObjectName(QStringLiteral("deliveryRegistry"));
    m_registry->setAccessibleName(tr("Registry"));
    m_step->setObjectName(QStringLiteral("deliveryStep"));
    m_step->setAccessibleName(tr("What the registry manager reports"));
    m_step->addItem(tr("Ordered"), Ordered);
    m_step->addItem(tr("Delayed"), Delayed);
    m_step->addItem(tr("Delivered"), Delivered);
    m_deliveryDate->setObjectName(QStringLiteral("deliveryDate"));
    m_deliveryDate->lineEdit()->setAccessibleName(tr("Date of the delivery report"));
    m_reason->setObjectName(QStringLiteral("delayReason"));
    m_reason->setAccessibleName(tr("Reason for delay"));
    m_reason->setPlaceholderText(tr("Why the delivery is delayed"));
    m_recordDelivery->setObjectName(QStringLiteral("recordDelivery"));
    connect(m_step, &QComboBox::currentIndexChanged, this, &FollowUpPage::updateEnabled);
    connect(m_recordDelivery, &QPushButton::clicked, this, &FollowUpPage::recordDelivery);
    connect(m_reason, &QLineEdit::returnPressed, this, &FollowUpPage::recordDelivery);

    // A form rather than one long row: at 200 % the row was wider than the page. The button goes
    // under the fields it records.
    auto *form = new QFormLayout;
    reflow::wrapLongRows(form);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow); // the lists at their width, the reason wide
    auto *registryLabel = new QLabel(tr("Re&gistry:"), box);
    registryLabel->setBuddy(m_registry);
    form->addRow(registryLabel, m_registry);
    auto *stepLabel = new QLabel(tr("Report:"), box);
    stepLabel->setBuddy(m_step);
    form->addRow(stepLabel, m_step);
    auto *dateLabel = new QLabel(tr("Date (empty: today):"), box);
    dateLabel->setBuddy(m_deliveryDate->lineEdit());
    form->addRow(dateLabel, m_deliveryDate);
    m_reasonLabel = new QLabel(tr("Reason for delay:"), box);
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(QString(), reflow::buttonRow({m_recordDelivery}));
    l->addLayout(form);
    return box;
}

QWidget *FollowUpPage::buildEnd()
{
    auto *box = new QGroupBox(tr("End of the project"), this);
    auto *l = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    reflow::wrapLongRows(form); // the long labels go above their fields at 200 %
    m_endSummary->setObjectName(QStringLiteral("endSummary"));
    m_deletionSummary->setObjectName(QStringLiteral("deletionSummary"));
    for (QLabel *label : {m_projectEnd, m_endSummary, m_deletionSummary}) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
    }
    m_reportDate->setObjectName(QStringLiteral("endReportDate"));
    m_reportDate->lineEdit()->setAccessibleName(tr("Day the end report was received"));
    m_deletedDate->setObjectName(QStringLiteral("deletionDate"));
    m_deletedDate->lineEdit()->setAccessibleName(tr("Day deletion or anonymisation was confirmed"));
    m_recordReport->setObjectName(QStringLiteral("recordEndReport"));
    m_recordDeletion->setObjectName(QStringLiteral("recordDeletion"));
    // Each date at its own width, its button under it (at 200 % the pair was wider than the page).
    auto *reportRow = new QHBoxLayout;
    reportRow->addWidget(m_reportDate);
    reportRow->addStretch(1);
    auto *deletionRow = new QHBoxLayout;
    deletionRow->addWidget(m_deletedDate);
    deletionRow->addStretch(1);
    auto *reportLabel = new QLabel(tr("End report received &on:"), box);
    reportLabel->setBuddy(m_reportDate->lineEdit());
    auto *deletionLabel = new QLabel(tr("Deletion or anony&misation confirmed on:"), box);
    deletionLabel->setBuddy(m_deletedDate->lineEdit());
    form->addRow(tr("Project end:"), m_projectEnd);
    form->addRow(tr("End report:"), m_endSummary);
    form->addRow(reportLabel, reportRow);
    form->addRow(QString(), reflow::buttonRow({m_recordReport}));
    form->addRow(tr("Deletion or anonymisation:"), m_deletionSummary);
    form->addRow(deletionLabel, deletionRow);
    form->addRow(QString(), reflow::buttonRow({m_recordDeletion}));
    l->addLayout(form);
    auto *extension = new QLabel(
        tr("A project that needs the data longer than the decision allows must send a change application before the "
           "deletion date; the end-of-project reminder letter says so."),
        box);
    extension->setWordWrap(true);
    tones::setTextTone(extension, Tone::Muted); // a note, readable: not greyed out as if disabled
    l->addWidget(extension);
    connect(m_recordReport, &QPushButton::clicked, this, [this] { recordEnd(true); });
    connect(m_recordDeletion, &QPushButton::clicked, this, [this] { recordEnd(false); });
    return box;
}

void FollowUpPage::setSession(Session *session, Reporter report)
{
    m_session = session;
    m_report = std::move(report);
    updateEnabled();
}

void FollowUpPage::clear()
{
    m_record.reset();
    m_summary->setText(tr("Choose a case in the list."));
    m_projectEnd->clear();
    m_endSummary->clear();
    m_deletionSummary->clear();
    m_deliveries->setRowCount(0);
    m_registry->clear();
    updateEnabled();
}

void FollowUpPage::showCase(const CaseRecord &record)
{
    const bool sameCase = m_record && m_record->summary.caseNumber == record.summary.caseNumber;
    const QString chosen = m_registry->currentData().toString();
    m_record = record;
    showDeliveries(record);
    showEnd(record);
    if (sameCase && m_registry->findData(chosen) >= 0)
        m_registry->setCurrentIndex(m_registry->findData(chosen));
    if (!sameCase) {
        m_deliveryDate->setDate({});
        m_reason->clear();
        m_reportDate->setDate({});
        m_deletedDate->setDate({});
    }
    updateEnabled();
}

void FollowUpPage::showDeliveries(const CaseRecord &r)
{
    const QDate day = today();
    const QDate letter = followup::decisionLetterSentOn(r);
    const QStringList registries = followup::deliveringRegistries(r);
    const QStringList overdue = followup::overdueDeliveries(r, day);
    if (!letter.isValid() || registries.isEmpty()) {
        m_summary->setText(
            registries.isEmpty() && letter.isValid()
                ? tr("The decision grants no data, so nothing is delivered.")
                : tr("The decision letter has not been sent yet. Deliveries are followed up from the "
                     "day it is."));
    } else {
        QString text = tr("Decision letter sent %1. The registry managers should deliver within %2 weeks, by %3.")
                           .arg(shown(letter))
                           .arg(r.followUp.deliveryWeeks)
                           .arg(shown(followup::deliveryDue(r)));
        if (!overdue.isEmpty())
            text += QStringLiteral("<br><span style=\"%1\">%2</span>")
                        .arg(lateStyle(), tr("⚠ Not delivered in time: %1").arg(overdue.join(QStringLiteral(", "))));
        m_summary->setText(text);
    }
    m_deliveries->setRowCount(static_cast<int>(registries.size()));
    m_registry->clear();
    int row = 0;
    for (const QString &code : registries) {
        const Delivery *d = r.followUp.delivery(code);
        const Delivery shownDelivery = d ? *d : Delivery{code, {}, {}, {}, {}, {}};
        const bool late = overdue.contains(code);
        QString state = displayName(shownDelivery.state());
        if (late)
            state = tr("%1 – overdue").arg(state);
        const QStringList cells = {
            code,
            state,
            shown(shownDelivery.orderedOn),
            shown(shownDelivery.delayedOn),
            shown(shownDelivery.deliveredOn),
            shownDelivery.delayReason};
        for (int c = 0; c < Columns; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, code);
            if (c == ReasonColumn)
                item->setToolTip(shownDelivery.delayReason);
            if (late && c == StateColumn) {
                item->setForeground(tones::onBase(Tone::Error));
                item->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
            }
            m_deliveries->setItem(row, c, item);
        }
        m_deliveries->setVerticalHeaderItem(row, new QTableWidgetItem(code)); // the row's spoken name
        m_registry->addItem(code, code);
        ++row;
    }
}

void FollowUpPage::showEnd(const CaseRecord &r)
{
    const QDate day = today();
    const Project &p = r.application.project;
    const ProjectEnd &end = r.followUp.end;
    const auto late = [](const QString &text) {
        return QStringLiteral("<span style=\"%1\">%2</span>").arg(lateStyle(), text);
    };
    QString report = end.reportOn.isValid() ? tr("received %1").arg(shown(end.reportOn)) : tr("not received");
    if (followup::endReportLate(r, day))
        report = late(tr("⚠ %1 – late").arg(report));
    QString deletion = end.deletedOn.isValid() ? tr("confirmed %1").arg(shown(end.deletedOn)) : tr("not confirmed");
    if (followup::deletionLate(r, day))
        deletion = late(tr("⚠ %1 – late").arg(deletion));
    m_projectEnd->setText(shown(p.end).toHtmlEscaped());
    m_endSummary->setText(
        tr("due by %1 (%2 weeks after the end): %3")
            .arg(shown(followup::endReportDue(r)))
            .arg(r.followUp.endReportGraceWeeks)
            .arg(report));
    m_deletionSummary->setText(tr("by %1: %2").arg(shown(p.deletionDate), deletion));
}

void FollowUpPage::updateEnabled()
{
    const bool delayed = m_step->currentData().toInt() == Delayed;
    m_reason->setVisible(delayed);
    m_reasonLabel->setVisible(delayed);
    Status delivery = fail(tr("Choose a case in the list."));
    Status end = delivery;
    if (m_session && m_session->isOpen() && m_record) {
        delivery = permitted(Action::RecordDelivery, *m_session, &*m_record);
        end = permitted(Action::RecordProjectEnd, *m_session, &*m_record);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_registry, m_step, m_deliveryDate, m_reason, m_recordDelivery})
        setEnabledWhy(w, delivery);
    setEnabledWhy(
        m_recordReport,
        end.ok() && m_record->followUp.end.reportOn.isValid() ? fail(tr("The end report is recorded already.")) : end);
    setEnabledWhy(
        m_recordDeletion,
        end.ok() && m_record->followUp.end.deletedOn.isValid() ? fail(tr("Deletion is confirmed already.")) : end);
    setEnabledWhy(m_reportDate, end);
    setEnabledWhy(m_deletedDate, end);
}

void FollowUpPage::recordDelivery()
{
    if (!m_session || !m_record || !m_recordDelivery->isEnabled())
        return;
    const QString number = m_record->summary.caseNumber;
    const QString registry = m_registry->currentData().toString();
    if (m_deliveryDate->hasUnreadableText()) {
        m_report(fail(tr("\"%1\" is not a date: write it as dd.mm.yyyy").arg(m_deliveryDate->lineEdit()->text())), {});
        return;
    }
    const QDate on = m_deliveryDate->date();
    FollowUpService service(m_session->cases());
    switch (static_cast<Step>(m_step->currentData().toInt())) {
    case Ordered:
        m_report(service.ordered(number, registry, on),
                 tr("%1: the data from %2 are recorded as ordered").arg(number, registry));
        break;
    case Delayed:
        m_report(service.delayed(number, registry, m_reason->text(), on),
                 tr("%1: the delivery from %2 is recorded as delayed").arg(number, registry));
        break;
    case Delivered:
        m_report(service.delivered(number, registry, on.isValid() ? on : today()),
                 tr("%1: the data from %2 are recorded as delivered").arg(number, registry));
        break;
    }
}

void FollowUpPage::recordEnd(bool report)
{
    if (!m_session || !m_record)
        return;
    DateField *field = report ? m_reportDate : m_deletedDate;
    if (field->hasUnreadableText()) {
        m_report(fail(tr("\"%1\" is not a date: write it as dd.mm.yyyy").arg(field->lineEdit()->text())), {});
        return;
    }
    const QDate on = field->date().isValid() ? field->date() : today();
    const QString number = m_record->summary.caseNumber;
    FollowUpService service(m_session->cases());
    if (report)
        m_report(service.endReportReceived(number, on), tr("%1: the end report is recorded as received").arg(number));
    else
        m_report(service.deletionConfirmed(number, on),
                 tr("%1: deletion or anonymisation is recorded as confirmed").arg(number));
}

} // namespace fv
