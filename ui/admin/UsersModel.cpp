#include "admin/UsersModel.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>

namespace fv {

UsersModel::UsersModel(QObject *parent) : QAbstractTableModel(parent)
{}

QString UsersModel::rolesText(const User &user)
{
    QStringList names;
    for (Role r : user.roles)
        names << roleDisplayName(r);
    return names.join(QStringLiteral(", "));
}

void UsersModel::setUsers(std::vector<User> users)
{
    const bool lostOne = std::any_of(m_users.begin(), m_users.end(), [&](const User &old) {
        return std::none_of(users.begin(), users.end(), [&](const User &u) { return u.id == old.id; });
    });
    if (lostOne) { // another database, or users removed behind the program's back
        beginResetModel();
        m_users = std::move(users);
        endResetModel();
        return;
    }
    for (size_t i = 0; i < users.size(); ++i) {
        const int row = static_cast<int>(i);
        if (i < m_users.size() && m_users[i].id == users[i].id) {
            if (m_users[i].rowVersion != users[i].rowVersion) {
                m_users[i] = users[i];
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_users.insert(m_users.begin() + static_cast<std::ptrdiff_t>(i), users[i]);
        endInsertRows();
    }
}

const User *UsersModel::user(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_users[static_cast<size_t>(row)];
}

int UsersModel::rowOf(const QString &login) const
{
    for (size_t i = 0; i < m_users.size(); ++i)
        if (m_users[i].login == login)
            return static_cast<int>(i);
    return -1;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    const User *u = index.isValid() ? user(index.row()) : nullptr;
    if (!u)
        return {};
    if (role == Qt::ForegroundRole && !u->active)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Login: return u->login;
    case FullName: return u->fullName;
    case Title: return u->title;
    case Roles: return rolesText(*u);
    case Status: return u->active ? tr("Active") : tr("Deactivated");
    default: return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A row is named by the login, what a screen reader says for it (not its position).
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return index(section, Login).data(Qt::DisplayRole);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Login: return tr("Login");
    case FullName: return tr("Full name");
    case Title: return tr("Title");
    case Roles: return tr("Roles");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace fv
