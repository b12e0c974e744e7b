#include "admin/UsersDialog.h"

#include "Session.h"
#include "admin/UsersModel.h"
#include "help/HelpWindow.h"
#include "rules/Permissions.h"
#include "widgets/Accessibility.h"
#include "widgets/MessageBar.h"
#include "widgets/TableView.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fv {

UsersDialog::UsersDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new UsersModel(this))
    , m_table(new TableView(this))
    , m_messages(new MessageBar(this))
    , m_login(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_activate(new QPushButton(this))
    , m_newUser(new QPushButton(tr("&New user"), this))
{
    setWindowTitle(tr("Users"));
    setHelpTopic(this, QStringLiteral("09-user-administration#users"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Users"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UsersModel::FullName, QHeaderView::Stretch);
    header->setSectionResizeMode(UsersModel::Title, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the form

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_newUser, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_newUser, &QPushButton::clicked, this, &UsersDialog::startNewUser);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_table, 1);
    layout->addWidget(buildForm());
    layout->addWidget(buttons);

    const Status may = can(Action::AdministerUsers, session.user());
    m_editable = may.ok();
    if (!m_editable)
        m_messages->show(MessageBar::Kind::Information, may.error().message);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showUser(current.row()); });
    reload(session.user().login);
    setTabOrder(m_table, m_login);
    setTabOrder(m_login, m_fullName);
    setTabOrder(m_fullName, m_title);
    QWidget *previous = m_title;
    for (const auto &[role, box] : m_roles) {
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_save);
    setTabOrder(m_save, m_activate);
    setTabOrder(m_activate, m_newUser);
    setTabOrder(m_newUser, buttons->button(QDialogButtonBox::Close));
    m_table->setFocus();
    a11y::resizeWithin(this, QSize(920, 600));
}

QWidget *UsersDialog::buildForm()
{
    m_formBox = new QGroupBox(tr("Selected user"), this);
    QGroupBox *box = m_formBox;
    m_login->setAccessibleName(tr("Login"));
    m_fullName->setAccessibleName(tr("Full name"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("Under the name in letters; empty: the letter's usual title"));
    m_status->setAccessibleName(tr("Status"));

    auto *roles = new QHBoxLayout;
    for (Role role : allRoles()) {
        auto *check = new QCheckBox(roleDisplayName(role), box);
        m_roles.emplace_back(role, check);
        roles->addWidget(check);
        // clicked, not toggled: only a person's click is a change, never the form being filled.
        connect(check, &QCheckBox::clicked, this, [this, role](bool on) {
            if (!m_adding)
                setRole(role, on);
        });
    }
    roles->addStretch();

    auto *status = new QHBoxLayout;
    status->addWidget(m_status);
    status->addWidget(m_activate);
    status->addStretch();
    connect(m_activate, &QPushButton::clicked, this, [this] {
        if (m_shown)
            setActive(!m_shown->active);
    });

    m_save->setDefault(true); // Enter in a field saves
    connect(m_save, &QPushButton::clicked, this, [this] { m_adding ? addUser() : saveDetails(); });
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);

    auto *form = new QFormLayout(box);
    form->addRow(tr("&Login"), m_login);
    form->addRow(tr("&Full name"), m_fullName);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("Roles"), roles);
    form->addRow(tr("Status"), status);
    form->addRow(saveRow);
    return box;
}

QString UsersDialog::message() const
{
    return m_messages->isHidden() ? QString() : m_messages->text();
}

void UsersDialog::reload(const QString &select)
{
    auto users = Users::all(m_session.database());
    if (!users) {
        m_messages->show(MessageBar::Kind::Error, users.error().toString());
        return;
    }
    m_model->setUsers(std::move(users.value()));
    const int row = m_model->rowOf(select);
    if (row >= 0) {
        m_table->selectRow(row);
        showUser(row); // also when the row was selected already: its data may have changed
    }
}

void UsersDialog::showUser(int row)
{
    const User *u = m_model->user(row);
    if (!u)
        return;
    m_adding = false;
    m_shown = *u;
    if (m_editable)
        m_messages->hide(); // a message is about what was done before; it does not follow to another user
    m_login->setText(u->login);
    m_fullName->setText(u->fullName);
    m_title->setText(u->title);
    for (const auto &[role, box] : m_roles)
        box->setChecked(u->has(role));
    m_status->setText(u->active ? tr("Active") : tr("Deactivated"));
    m_activate->setText(u->active ? tr("&Deactivate") : tr("&Reactivate"));
    updateEnabled();
}

void UsersDialog::showNewUserForm()
{
    m_adding = true;
    m_shown.reset();
    if (m_editable)
        m_messages->hide();
    m_table->clearSelection();
    for (QLineEdit *field : {m_login, m_fullName, m_title})
        field->clear();
    for (const auto &[role, box] : m_roles)
        box->setChecked(false);
    m_status->setText(tr("New"));
    updateEnabled();
    m_login->setFocus();
}

void UsersDialog::updateEnabled()
{
    const bool user = m_editable && (m_adding || m_shown);
    m_login->setReadOnly(!m_adding);
    m_login->setEnabled(m_editable && m_adding);
    for (QWidget *w : std::initializer_list<QWidget *>{m_fullName, m_title, m_save})
        w->setEnabled(user);
    for (const auto &[role, box] : m_roles)
        box->setEnabled(user);
    m_activate->setVisible(!m_adding);
    m_activate->setEnabled(m_editable && m_shown);
    m_newUser->setEnabled(m_editable);
    m_save->setText(m_adding ? tr("&Add user") : tr("&Save name and title"));
    m_formBox->setTitle(m_adding ? tr("New user") : tr("Selected user"));
}

void UsersDialog::selectUser(const QString &login)
{
    const int row = m_model->rowOf(login);
    if (row < 0)
        return;
    m_table->selectRow(row);
    showUser(row);
}

// Shows what the core answered. A refusal reloads the user (the checkboxes and status go back to
// what is stored) but keeps a typed name and title unless someone else changed the user.
bool UsersDialog::apply(const Result<User> &result, const QString &done)
{
    if (result) {
        reload(result->login);
        m_messages->show(MessageBar::Kind::Information, done);
        return true;
    }
    if (m_shown) {
        const QString fullName = m_fullName->text();
        const QString title = m_title->text();
        const qint64 seen = m_shown->rowVersion;
        reload(m_shown->login);
        if (m_shown && m_shown->rowVersion == seen) {
            m_fullName->setText(fullName);
            m_title->setText(title);
        }
    }
    m_messages->show(MessageBar::Kind::Error, result.error().toString());
    return false;
}

bool UsersDialog::saveDetails()
{
    if (!m_shown)
        return false;
    const UserDetails details{m_fullName->text(), m_title->text()};
    return apply(
        Users::setDetails(m_session.database(), m_session.user().login, m_shown->login, details, m_shown->rowVersion),
        tr("The name and title of %1 are saved.").arg(m_shown->login));
}

bool UsersDialog::setRole(Role role, bool on)
{
    if (!m_shown)
        return false;
    Database &db = m_session.database();
    const QString &acting = m_session.user().login;
    const User &u = *m_shown;
    const auto result = on
        ? Users::addRole(db, acting, u.login, role, u.rowVersion)
        : Users::removeRole(db, acting, u.login, role, u.rowVersion);
    const QString done = on
        ? tr("%1 now has the role %2.").arg(u.login, roleDisplayName(role))
        : tr("%1 no longer has the role %2.").arg(u.login, roleDisplayName(role));
    return apply(result, done);
}

bool UsersDialog::setActive(bool active)
{
    if (!m_shown)
        return false;
    Database &db = m_session.database();
    const QString &acting = m_session.user().login;
    const User &u = *m_shown;
    const auto result = active
        ? Users::reactivate(db, acting, u.login, u.rowVersion)
        : Users::deactivate(db, acting, u.login, u.rowVersion);
    return apply(result, active ? tr("%1 is active again.").arg(u.login) : tr("%1 is deactivated.").arg(u.login));
}

void UsersDialog::startNewUser()
{
    if (m_editable)
        showNewUserForm();
}

bool UsersDialog::addUser()
{
    if (!m_adding)
        return false;
    std::vector<Role> roles;
    for (const auto &[role, box] : m_roles)
        if (box->isChecked())
            roles.push_back(role);
    auto added = Users::add(m_session.database(), m_session.user().login, m_login->text().trimmed(), roles,
                            m_fullName->text(), m_title->text());
    if (!added) {
        m_messages->show(MessageBar::Kind::Error, added.error().toString());
        return false;
    }
    reload(added->login);
    m_messages->show(MessageBar::Kind::Information, tr("%1 is added.").arg(added->login));
    return true;
}

void showUsersDialog(Session &session, QWidget *parent)
{
    UsersDialog dialog(session, parent);
    dialog.exec();
    session.notifyCasesChanged(); // names show in the case lists
}

} // namespace fv
