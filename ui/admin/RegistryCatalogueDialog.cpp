#include "admin/RegistryCatalogueDialog.h"

#include "Permission.h"
#include "Session.h"
#include "help/HelpWindow.h"
#include "registry/RegistryCatalogue.h"
#include "widgets/Accessibility.h"
#include "widgets/MessageBar.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fv {

RegistryCatalogueDialog::RegistryCatalogueDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_nameNn(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_manager(new QLineEdit(this))
    , m_regulation(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_variables(new QTableWidget(0, 3, this))
    , m_messages(new MessageBar(this))
{
    setWindowTitle(tr("Registry catalogue"));
    setHelpTopic(this, QStringLiteral("09-user-administration#registry-catalogue"));
    m_editable = permitted(Action::EditRegistryCatalogue, session).ok();
    // The versions before the registries: a change in between is then refused on save, not lost.
    rememberVersions();
    auto registries = loadRegistries(session.database());
    if (registries)
        m_registries = std::move(registries.value());
    for (const Registry &r : m_registries)
        m_list->addItem(QStringLiteral("%1  %2").arg(r.code, r.name));
    m_list->setMaximumWidth(300);
    a11y::keyboardFriendly(m_list, tr("Registries"));
    a11y::keyboardFriendly(m_variables, tr("Variables"));
    a11y::tabMovesFocus(m_notes);

    m_variables->setHorizontalHeaderLabels({tr("Variable"), tr("Group"), tr("Description")});
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variables->verticalHeader()->hide();
    m_notes->setMaximumHeight(70);

    auto *form = new QFormLayout;
    form->addRow(tr("Name (bokmål)"), m_name);
    form->addRow(tr("Name (nynorsk)"), m_nameNn);
    form->addRow(tr("Name (English)"), m_nameEn);
    form->addRow(tr("Registry manager"), m_manager);
    form->addRow(tr("Regulation"), m_regulation);
    form->addRow(tr("Notes"), m_notes);

    auto *addVar = new QPushButton(tr("Add variable"), this);
    auto *removeVar = new QPushButton(tr("Remove variable"), this);
    connect(addVar, &QPushButton::clicked, this, [this] {
        m_variables->insertRow(m_variables->rowCount());
        m_variables->setCurrentCell(m_variables->rowCount() - 1, 0);
        m_variables->editItem(m_variables->item(m_variables->rowCount() - 1, 0));
    });
    connect(removeVar, &QPushButton::clicked, this, [this] {
        if (m_variables->currentRow() >= 0)
            m_variables->removeRow(m_variables->currentRow());
    });
    auto *varButtons = new QHBoxLayout;
    varButtons->addWidget(addVar);
    varButtons->addWidget(removeVar);
    varButtons->addStretch();

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_variables, 1);
    right->addLayout(varButtons);

    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(
        m_editable ? QDialogButtonBox::Save | QDialogButtonBox::Close : QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    if (!m_editable)
        m_messages->show(MessageBar::Kind::Information, tr("Only an administrator can change the catalogue."));
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_name, m_nameNn, m_nameEn, m_manager, m_regulation, m_notes, addVar, removeVar})
        w->setEnabled(m_editable);
    m_variables->setEditTriggers(m_editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);

    connect(m_list, &QListWidget::currentRowChanged, this, &RegistryCatalogueDialog::showRegistry);
    m_list->setCurrentRow(0);
    a11y::resizeWithin(this, QSize(1000, 640));
}

void RegistryCatalogueDialog::showRegistry(int row)
{
    if (row < 0 || row >= static_cast<int>(m_registries.size()))
        return;
    m_current = row;
    const Registry &r = m_registries[static_cast<size_t>(row)];
    m_name->setText(r.name);
    m_nameNn->setText(r.nameNn);
    m_nameEn->setText(r.nameEn);
    m_manager->setText(r.manager);
    m_regulation->setText(r.regulation);
    m_notes->setPlainText(r.notes);
    m_variables->setRowCount(0);
    for (const RegistryVariable &v : r.variables) {
        const int i = m_variables->rowCount();
        m_variables->insertRow(i);
        m_variables->setItem(i, 0, new QTableWidgetItem(v.name));
        m_variables->setItem(i, 1, new QTableWidgetItem(v.group));
        m_variables->setItem(i, 2, new QTableWidgetItem(v.description));
        m_variables->setVerticalHeaderItem(i, new QTableWidgetItem(v.name)); // the row's spoken name
    }
    m_variables->resizeColumnToContents(0);
}

Registry RegistryCatalogueDialog::fromForm() const
{
    Registry r = m_registries[static_cast<size_t>(m_current)];
    r.name = m_name->text();
    r.nameNn = m_nameNn->text();
    r.nameEn = m_nameEn->text();
    r.manager = m_manager->text();
    r.regulation = m_regulation->text();
    r.notes = m_notes->toPlainText();
    r.variables.clear();
    const auto text = [this](int row, int col) {
        const QTableWidgetItem *item = m_variables->item(row, col);
        return item ? item->text() : QString();
    };
    for (int i = 0; i < m_variables->rowCount(); ++i)
        if (!text(i, 0).trimmed().isEmpty())
            r.variables.push_back({text(i, 0), text(i, 1), text(i, 2)});
    return r;
}

void RegistryCatalogueDialog::rememberVersions()
{
    auto registries = loadRegistries(m_session.database());
    if (!registries)
        return;
    for (const Registry &r : registries.value()) {
        auto version = registryVersion(m_session.database(), r.code);
        if (version)
            m_versions[r.code] = version.value();
    }
}

bool RegistryCatalogueDialog::save()
{
    if (m_current < 0)
        return false;
    const Registry r = fromForm();
    const auto seen = m_versions.find(r.code);
    const Status s = saveRegistry(
        m_session.database(), m_session.user(), r, seen == m_versions.end() ? std::optional<qint64>(0) : seen->second);
    if (!s) {
        m_messages->show(MessageBar::Kind::Error, s.error().toString());
        return false;
    }
    m_registries[static_cast<size_t>(m_current)] = r;
    if (auto version = registryVersion(m_session.database(), r.code))
        m_versions[r.code] = version.value();
    m_list->item(m_current)->setText(QStringLiteral("%1  %2").arg(r.code, r.name));
    m_messages->show(MessageBar::Kind::Information, tr("%1 saved.").arg(r.name));
    return true;
}

} // namespace fv
