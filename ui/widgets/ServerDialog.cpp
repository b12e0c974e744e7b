#include "widgets/ServerDialog.h"

#include "widgets/Dialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>

namespace fv {

ServerDialog::ServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
{
    setWindowTitle(tr("Connect to server"));
    setObjectName(QStringLiteral("serverDialog"));
    const QSettings settings;
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setText(settings.value(QStringLiteral("server/host")).toString());
    m_host->setPlaceholderText(tr("e.g. fellesvedtak.etat.local"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.value(QStringLiteral("server/port"), 5432).toInt());
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_database->setText(settings.value(QStringLiteral("server/database"), QStringLiteral("fellesvedtak")).toString());

    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(
        tr("You sign in as your own login on the server (Kerberos, or as IT set it up). "
           "Fellesvedtak never asks for or stores a password."),
        this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto enable = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
    };
    connect(m_host, &QLineEdit::textChanged, this, enable);
    connect(m_database, &QLineEdit::textChanged, this, enable);
    enable();
    Dialogs::fitTitle(*this);
}

QString ServerDialog::uri(const QString &host, int port, const QString &database)
{
    const QString h = host.trimmed();
    const QString db = QString::fromUtf8(QUrl::toPercentEncoding(database.trimmed()));
    if (h.startsWith(QLatin1Char('/')))
        return QStringLiteral("postgresql:///%1?host=%2&port=%3")
            .arg(db, QString::fromUtf8(QUrl::toPercentEncoding(h, "/")))
            .arg(port);
    return QStringLiteral("postgresql://%1:%2/%3").arg(h).arg(port).arg(db);
}

QString ServerDialog::uri() const
{
    return uri(m_host->text(), m_port->value(), m_database->text());
}

void ServerDialog::remember() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("server/host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("server/port"), m_port->value());
    settings.setValue(QStringLiteral("server/database"), m_database->text().trimmed());
}

} // namespace fv
