#include "decision/PriceTableDialog.h"

#include "Clock.h"
#include "Permission.h"
#include "Session.h"
#include "help/HelpWindow.h"
#include "widgets/Accessibility.h"
#include "widgets/DateField.h"
#include "widgets/MessageBar.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fv {
namespace {

QString money(int amount)
{
    return PriceTableDialog::tr("NOK %1").arg(QLocale().toString(amount));
}

QSpinBox *priceBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 1000000);
    box->setSingleStep(50);
    box->setGroupSeparatorShown(true);
    box->setSuffix(PriceTableDialog::tr(" NOK"));
    return box;
}

} // namespace

PriceTableDialog::PriceTableDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, 4, this))
    , m_from(new DateField(this))
    , m_baseOne(priceBox(this))
    , m_baseSeveral(priceBox(this))
    , m_hourly(priceBox(this))
    , m_example(new QLabel(this))
    , m_messages(new MessageBar(this))
{
    setWindowTitle(tr("Price tables"));
    setHelpTopic(this, QStringLiteral("05-decision#editor-fee"));
    m_editable = permitted(Action::EditPrices, session).ok();
    m_table->setObjectName(QStringLiteral("priceTables"));
    a11y::keyboardFriendly(m_table, tr("Price tables"));
    m_table->setHorizontalHeaderLabels(
        {tr("In force from"), tr("Base price, one source"), tr("Base price, several sources"), tr("Per started hour")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_example->setWordWrap(true);

    auto *formBox = new QGroupBox(tr("Price table"), this);
    auto *form = new QFormLayout(formBox);
    form->addRow(tr("In force &from:"), m_from);
    form->addRow(tr("Base price, &one source:"), m_baseOne);
    form->addRow(tr("Base price, &several sources:"), m_baseSeveral);
    form->addRow(tr("Per started &hour of case work:"), m_hourly);
    form->addRow(tr("Example:"), m_example);
    auto *newButton = new QPushButton(tr("&New price table from a date"), this);
    newButton->setAutoDefault(false);
    connect(newButton, &QPushButton::clicked, this, [this] { newTable(today().addDays(1)); });

    auto *help = new QLabel(
        tr("A decision's fee is computed with the table in force on the day it is approved, and "
           "then fixed. Earlier tables are kept so older fees can be explained; a table with "
           "the same date replaces the one saved before."),
        this);
    help->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(
        m_editable ? QDialogButtonBox::Save | QDialogButtonBox::Close : QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_table, 1);
    layout->addWidget(help);
    auto *row = new QHBoxLayout;
    row->addWidget(formBox, 1);
    row->addWidget(newButton, 0, Qt::AlignTop);
    layout->addLayout(row);
    layout->addWidget(buttons);

    for (QWidget *w : std::initializer_list<QWidget *>{m_baseOne, m_baseSeveral, m_hourly, newButton})
        w->setEnabled(m_editable);
    m_from->setReadOnly(!m_editable);
    if (!m_editable)
        m_messages->show(MessageBar::Kind::Information, tr("Only an administrator can change the prices."));
    for (QSpinBox *b : {m_baseOne, m_baseSeveral, m_hourly})
        connect(b, &QSpinBox::valueChanged, this, &PriceTableDialog::updateExample);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int r) { showRow(r); });
    reload();
    a11y::resizeWithin(this, QSize(820, 560));
}

void PriceTableDialog::reload()
{
    // The version before the tables: a change in between is then refused on save, not lost.
    auto version = PriceTables::version(m_session.database());
    auto all = PriceTables::all(m_session.database());
    auto current = PriceTables::on(m_session.database(), today());
    if (!version || !all || !current) {
        m_messages->show(
            MessageBar::Kind::Error,
            (!version   ? version.error()
                 : !all ? all.error()
                        : current.error())
                .toString());
        return;
    }
    m_version = version.value();
    m_tables = std::move(all.value());
    if (m_tables.empty()) // nothing stored yet: the built-in prices are in force
        m_tables.push_back(current.value());
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    int inForce = -1;
    for (size_t i = 0; i < m_tables.size(); ++i) {
        const PriceTable &t = m_tables[i];
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const bool now = t.validFrom == current->validFrom;
        QString from = t.validFrom.isValid() ? QLocale().toString(t.validFrom, QLocale::ShortFormat) : tr("built in");
        if (now) {
            from += tr(" (in force today)");
            inForce = r;
        }
        m_table->setItem(r, 0, new QTableWidgetItem(from));
        m_table->setVerticalHeaderItem(r, new QTableWidgetItem(from)); // the row's spoken name
        m_table->setItem(r, 1, new QTableWidgetItem(money(t.baseOneSource)));
        m_table->setItem(r, 2, new QTableWidgetItem(money(t.baseSeveralSources)));
        m_table->setItem(r, 3, new QTableWidgetItem(money(t.hourlyRate)));
        if (now)
            for (int c = 0; c < 4; ++c) {
                QFont bold = m_table->item(r, c)->font();
                bold.setBold(true);
                m_table->item(r, c)->setFont(bold);
            }
    }
    const int show = inForce >= 0 ? inForce : m_table->rowCount() - 1;
    m_table->setCurrentCell(show, 0);
    showRow(show);
}

void PriceTableDialog::showRow(int row)
{
    if (row < 0 || row >= static_cast<int>(m_tables.size()))
        return;
    const PriceTable &t = m_tables[static_cast<size_t>(row)];
    m_from->setDate(t.validFrom.isValid() ? t.validFrom : today());
    m_baseOne->setValue(t.baseOneSource);
    m_baseSeveral->setValue(t.baseSeveralSources);
    m_hourly->setValue(t.hourlyRate);
    updateExample();
}

void PriceTableDialog::newTable(const QDate &from)
{
    m_table->clearSelection();
    m_from->setDate(from);
    m_from->lineEdit()->setFocus();
    m_from->lineEdit()->selectAll();
    m_messages->show(MessageBar::Kind::Information,
                     tr("Set the date and the new prices, then save. The table in force today stays as it is."));
}

void PriceTableDialog::updateExample()
{
    const PriceTable t{QDate(), m_baseOne->value(), m_baseSeveral->value(), m_hourly->value()};
    const Fee one = computeFee(t, 1, 3, FeeExemption::None);
    const Fee several = computeFee(t, 3, 2.5, FeeExemption::None);
    m_example->setText(tr("one source and 3 hours: %1; three sources and 2.5 hours (3 started): %2")
                           .arg(money(one.total), money(several.total)));
}

bool PriceTableDialog::save()
{
    if (m_from->hasUnreadableText() || !m_from->date().isValid()) {
        m_messages->show(MessageBar::Kind::Error, tr("Give the date the prices apply from, as dd.mm.yyyy."));
        return false;
    }
    const PriceTable t{m_from->date(), m_baseOne->value(), m_baseSeveral->value(), m_hourly->value()};
    const Status s = PriceTables::save(m_session.database(), m_session.user(), t, m_version);
    if (!s) {
        m_messages->show(MessageBar::Kind::Error, s.error().toString());
        return false;
    }
    reload();
    m_messages->show(MessageBar::Kind::Information,
                     tr("The prices from %1 are saved.").arg(QLocale().toString(t.validFrom, QLocale::ShortFormat)));
    return true;
}

} // namespace fv
