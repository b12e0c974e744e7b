#include "archive/JournalWindow.h"

#include "Clock.h"
#include "Session.h"
#include "archive/JournalModel.h"
#include "archive/JournalService.h"
#include "help/HelpWindow.h"
#include "widgets/Accessibility.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fv {

JournalWindow::JournalWindow(Session &session, bool restanse, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new JournalModel(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_party(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_openOnly(new QCheckBox(tr("Only open incoming entries (restanse list)"), this))
    , m_basis(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("journalWindow"));
    setWindowTitle(restanse ? tr("Restanse list") : tr("Journal"));
    setHelpTopic(this, restanse ? QStringLiteral("13-archive#restanse") : QStringLiteral("13-archive#journal"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(restanse ? QDate(2000, 1, 1) : today().addMonths(-1));
    m_to->setDate(today());
    m_party->setPlaceholderText(tr("name or organisation"));
    m_type->addItem(tr("All types"));
    for (JournalType t :
         {JournalType::Incoming, JournalType::Outgoing, JournalType::InternalFollowUp, JournalType::InternalNoFollowUp})
        m_type->addItem(displayName(t), toCode(t));
    m_status->addItem(tr("All statuses"));
    for (JournalStatus s :
         {JournalStatus::Registered, JournalStatus::Dispatched, JournalStatus::Archived, JournalStatus::Cancelled})
        m_status->addItem(displayName(s), toCode(s));
    m_openOnly->setChecked(restanse);

    auto *filters = new QFormLayout;
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    dates->addStretch();
    filters->addRow(tr("Journal date:"), dates);
    filters->addRow(tr("Party:"), m_party);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_type);
    kinds->addWidget(m_status);
    kinds->addWidget(m_openOnly);
    kinds->addStretch();
    filters->addRow(tr("Type and status:"), kinds);
    auto *find = new QPushButton(tr("&Search"), this);
    find->setDefault(true);
    connect(find, &QPushButton::clicked, this, &JournalWindow::search);
    connect(m_party, &QLineEdit::returnPressed, this, &JournalWindow::search);

    if (auto bases = JournalService(m_session.cases()).screeningBases())
        m_basis->addItems(bases.value());
    m_basis->setObjectName(QStringLiteral("screeningBasis"));
    auto *screen = new QPushButton(tr("S&creen entry"), this);
    auto *lift = new QPushButton(tr("&Lift screening"), this);
    screen->setObjectName(QStringLiteral("screenEntry"));
    lift->setObjectName(QStringLiteral("liftScreening"));
    connect(screen, &QPushButton::clicked, this, [this] { screenSelected(true); });
    connect(lift, &QPushButton::clicked, this, [this] { screenSelected(false); });
    auto *screening = new QHBoxLayout;
    screening->addWidget(m_basis);
    screening->addWidget(screen);
    screening->addWidget(lift);
    screening->addStretch();
    filters->addRow(tr("Screening in the public journal:"), screening);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The long columns share what is left; the whole text is in the tooltip.
    header->setSectionResizeMode(JournalModel::Parties, QHeaderView::Interactive);
    header->resizeSection(JournalModel::Parties, 240);
    header->setSectionResizeMode(JournalModel::Title, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    auto *row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(find);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    a11y::resizeWithin(this, QSize(1100, 560)); // within the screen at 200 %
    search();
}

void JournalWindow::search()
{
    JournalQuery query;
    if (!m_openOnly->isChecked()) {
        query.from = m_from->date();
        query.to = m_to->date();
    }
    query.party = m_party->text();
    if (m_type->currentIndex() > 0)
        query.type = journalTypeFromCode(m_type->currentData().toString());
    if (m_status->currentIndex() > 0)
        query.status = journalStatusFromCode(m_status->currentData().toString());
    query.openOnly = m_openOnly->isChecked();
    m_from->setEnabled(!query.openOnly);
    m_to->setEnabled(!query.openOnly);
    auto entries = JournalService(m_session.cases()).find(query);
    if (!entries) {
        m_summary->setText(entries.error().toString());
        m_model->setEntries({});
        return;
    }
    if (!m_keepSummary)
        m_summary->setText(tr("%n journal entry(s)", nullptr, static_cast<int>(entries->size())));
    m_model->setEntries(std::move(entries.value()));
}

void JournalWindow::screenSelected(bool screen)
{
    const QModelIndex current = m_table->currentIndex();
    const JournalEntry *e = current.isValid() ? m_model->entry(current.row()) : nullptr;
    if (!e) {
        m_summary->setText(tr("Choose a journal entry in the list first."));
        return;
    }
    const QString caseNumber = e->caseNumber;
    const int number = e->number;
    JournalService journal(m_session.cases());
    const Status s = screen
        ? journal.screen(caseNumber, number, m_basis->currentText())
        : journal.unscreen(caseNumber, number);
    const QString said = s
        ? (screen ? tr("%1-%2 is screened in the public journal.")
                  : tr("%1-%2 is no longer screened in the public journal."))
              .arg(caseNumber)
              .arg(number)
        : s.error().toString();
    m_keepSummary = true;
    search();
    m_keepSummary = false;
    m_summary->setText(said);
}

} // namespace fv
