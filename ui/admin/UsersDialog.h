#pragma once

#include "Result.h"
#include "casework/Users.h"

#include <QDialog>

#include <optional>
#include <utility>
#include <vector>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fv {

class MessageBar;
class Session;
class UsersModel;

// Administrasjon → Brukere: the users in a table, and the selected one's full name, title,
// roles and whether the account is active. Every change is one core operation (Users::
// deactivate, changeRoles, setDetails, add ...) with the row version the form was loaded with;
// a refusal shows in the message bar in the core's words. Read-only for anyone the rule book
// does not let administer users.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(Session &session, QWidget *parent = nullptr);

    bool isEditable() const { return m_editable; }
    QString message() const; // what the message bar says now

    // What the buttons and checkboxes do, callable by a test. Each returns false when refused.
    void selectUser(const QString &login);
    bool saveDetails();               // the selected user's full name and title
    bool setRole(Role role, bool on); // the selected user
    bool setActive(bool active);      // the selected user
    void startNewUser();              // the form becomes an empty "new user" form
    bool addUser();                   // the new user in the form

private:
    void reload(const QString &select);
    void showUser(int row);
    void showNewUserForm();
    void updateEnabled();
    bool apply(const Result<User> &result, const QString &done);
    QWidget *buildForm();

    Session &m_session;
    bool m_editable = false;
    bool m_adding = false;
    std::optional<User> m_shown; // the selected user as loaded: its row version is what the admin saw
    UsersModel *m_model;
    QTableView *m_table;
    MessageBar *m_messages;
    QLineEdit *m_login;
    QLineEdit *m_fullName;
    QLineEdit *m_title;
    std::vector<std::pair<Role, QCheckBox *>> m_roles;
    QGroupBox *m_formBox = nullptr;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_activate;
    QPushButton *m_newUser;
};

// Opens the dialog over `parent` (the Administration menu's entry).
void showUsersDialog(Session &session, QWidget *parent);

} // namespace fv
