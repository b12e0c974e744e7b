#include "appeal/ReceivedFiles.h"

#include "Session.h"
#include "appeal/AppealService.h"
#include "widgets/Dialogs.h"
#include "widgets/PrivateCopy.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>

namespace fv {
namespace {

constexpr int fileNameRole = Qt::UserRole + 1;

} // namespace

ReceivedFileField::ReceivedFileField(const QString &dialogTitle, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_dialogTitle(dialogTitle)
    , m_attach(new QPushButton(tr("Attach file …"), this))
    , m_name(new QLabel(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_attach);
    row->addWidget(m_name, 1);
    m_attach->setAccessibleName(accessibleName);
    m_attach->setToolTip(tr("A PDF letter, a scanned image or a saved e-mail, at most %1 MB. Never health data.")
                             .arg(incoming::maxBytes() / (1024 * 1024)));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setBuddy(m_attach);
    connect(m_attach, &QPushButton::clicked, this, &ReceivedFileField::choose);
    reset();
}

void ReceivedFileField::reset()
{
    m_file = {};
    m_name->setText(tr("No file attached"));
    m_name->setAccessibleName(m_name->text());
}

void ReceivedFileField::choose()
{
    const QString path = Dialogs::openFileName(
        this, m_dialogTitle,
        tr("Letters and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto file = incoming::readFile(path);
    if (!file) {
        if (m_report)
            m_report(file.error());
        return;
    }
    m_file = file.value();
    m_name->setText(tr("%1 (%2 kB)").arg(m_file.fileName, QLocale().toString((m_file.bytes.size() + 1023) / 1024)));
    m_name->setAccessibleName(tr("Attached file: %1").arg(m_name->text()));
}

ReceivedFilesList::ReceivedFilesList(QWidget *parent)
    : QWidget(parent)
    , m_files(new QComboBox(this))
    , m_open(new QPushButton(tr("&Open"), this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    // A visible label, the list's buddy: on Linux a combo box is read by its value, and its name
    // comes from the label that labels it (Qt 6.4's AT-SPI bridge).
    auto *label = new QLabel(tr("Received files:"), this);
    label->setBuddy(m_files);
    row->addWidget(label);
    row->addWidget(m_files, 1);
    row->addWidget(m_open);
    m_files->setObjectName(QStringLiteral("receivedFiles"));
    m_files->setAccessibleName(tr("Received files"));
    m_open->setObjectName(QStringLiteral("openReceivedFile"));
    m_open->setAccessibleName(tr("Open the received file"));
    m_open->setToolTip(tr("Opens a copy of the file exactly as it was received"));
    connect(m_open, &QPushButton::clicked, this, &ReceivedFilesList::open);
    clear();
}

void ReceivedFilesList::setSession(Session *session, Reporter report)
{
    m_session = session;
    m_report = std::move(report);
}

void ReceivedFilesList::clear()
{
    m_caseNumber.clear();
    m_files->clear();
    m_files->addItem(tr("No received files"));
    m_files->setEnabled(false);
    m_open->setEnabled(false);
}

void ReceivedFilesList::showCase(const CaseRecord &record)
{
    clear();
    m_caseNumber = record.summary.caseNumber;
    if (record.appeals.files.empty())
        return;
    m_files->clear();
    for (const IncomingDocument &f : record.appeals.files) {
        const QString what = f.kind == QLatin1String("appeal-result")
            ? tr("The appeal body's decision")
            : tr("The appeal");
        m_files->addItem(tr("%1: %2, received %3")
                             .arg(what, f.fileName, QLocale().toString(f.createdAt.date(), QLocale::ShortFormat)),
                         f.id);
        m_files->setItemData(m_files->count() - 1, f.fileName, fileNameRole);
    }
    m_files->setCurrentIndex(m_files->count() - 1);
    m_files->setEnabled(true);
    m_open->setEnabled(true);
}

void ReceivedFilesList::open()
{
    if (!m_session || m_caseNumber.isEmpty() || m_files->currentData().isNull())
        return;
    const qint64 id = m_files->currentData().toLongLong();
    auto bytes = AppealService(m_session->cases()).receivedFile(m_caseNumber, id);
    if (!bytes) {
        if (m_report)
            m_report(bytes.error());
        return;
    }
    const QString name = m_files->currentData(fileNameRole).toString();
    auto copy = writePrivateCopy(m_caseNumber, QStringLiteral("%1-%2").arg(id).arg(name), bytes.value());
    if (!copy) {
        if (m_report)
            m_report(copy.error());
        return;
    }
    m_lastCopy = copy.value();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastCopy)) && m_report)
        m_report(
            fail(tr("No program to open the file; a copy is in %1").arg(QFileInfo(m_lastCopy).path()), m_lastCopy));
}

} // namespace fv
