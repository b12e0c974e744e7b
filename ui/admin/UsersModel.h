#pragma once

#include "casework/Users.h"

#include <QAbstractTableModel>

#include <vector>

namespace fv {

// The users of the database as a table (login, full name, title, roles, active): a thin
// adapter over Users::all(), updated in place row by row.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Login, FullName, Title, Roles, Status, ColumnCount };

    explicit UsersModel(QObject *parent = nullptr);

    // Shows `users` (ordered by login, as Users::all returns them): changed rows are updated,
    // new ones inserted; only a list that lost users is reset.
    void setUsers(std::vector<User> users);
    const User *user(int row) const;
    int rowOf(const QString &login) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString rolesText(const User &user); // the roles' names, translated

private:
    std::vector<User> m_users;
};

} // namespace fv
