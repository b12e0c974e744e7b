#pragma once

#include "Result.h"
#include "archive/IncomingDocuments.h"
#include "casework/CaseService.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace fv {

class Session;

// "Attach file …": a button that reads a file chosen in the file dialog (through the Dialogs
// facade, so a test can script it) and shows its name. The file is kept here until the step it
// belongs to (register the appeal, record the appeal body's result) stores it through the core;
// a file that cannot be read, is empty or too large is reported and not kept.
class ReceivedFileField : public QWidget
{
    Q_OBJECT
public:
    using Reporter = std::function<void(const Status &status)>;

    ReceivedFileField(const QString &dialogTitle, const QString &accessibleName, QWidget *parent = nullptr);

    void setReporter(Reporter report) { m_report = std::move(report); }
    const IncomingFile &file() const { return m_file; }
    void reset();

    QPushButton *attachButton() const { return m_attach; }
    QLabel *nameLabel() const { return m_name; }

private:
    void choose();

    QString m_dialogTitle;
    Reporter m_report;
    IncomingFile m_file;
    QPushButton *m_attach;
    QLabel *m_name;
};

// The case's received files (the appeals and the appeal bodies' decisions), one to choose, and
// "Open", which opens a private copy of the stored bytes, their SHA-256 checked, in the desktop's
// viewer, as the application's attachments are opened.
class ReceivedFilesList : public QWidget
{
    Q_OBJECT
public:
    using Reporter = std::function<void(const Status &status)>;

    explicit ReceivedFilesList(QWidget *parent = nullptr);

    void setSession(Session *session, Reporter report);
    void showCase(const CaseRecord &record);
    void clear();

    QComboBox *files() const { return m_files; }
    QPushButton *openButton() const { return m_open; }
    // For tests: where the last opened copy was written.
    QString lastCopy() const { return m_lastCopy; }

private:
    void open();

    Session *m_session = nullptr;
    Reporter m_report;
    QString m_caseNumber;
    QString m_lastCopy;
    QComboBox *m_files;
    QPushButton *m_open;
};

} // namespace fv
