#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace fv {

// File → Connect to server…: where the team server is (host, port, database), remembered in
// QSettings. No password is asked for or stored: libpq signs in with Kerberos, ~/.pgpass, a
// service file or a certificate, as IT set it up (docs/TEAM.md).
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerDialog(QWidget *parent = nullptr);

    // postgresql://host:port/database; a host that is a folder (a Unix socket) goes in ?host=.
    static QString uri(const QString &host, int port, const QString &database);
    QString uri() const;

    // Keeps the fields for the next time (called when the connection succeeded).
    void remember() const;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
};

} // namespace fv
