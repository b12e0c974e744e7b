#pragma once

#include "archive/JournalService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace fv {

class MessageBar;
class Session;

// Journals an internal note in a case (Noark 5 N or X): its title, its text, whether it is for
// follow-up, the open incoming entry it closes and its screening. OK runs the core operation;
// a refusal is shown above the fields and the dialog stays open.
class JournalNoteDialog : public QDialog
{
    Q_OBJECT
public:
    JournalNoteDialog(Session &session, const QString &caseNumber, QWidget *parent = nullptr);

    // The entry made, once the dialog was accepted.
    const std::optional<JournalEntry> &entry() const { return m_entry; }
    QLineEdit *titleField() const { return m_title; }
    QPlainTextEdit *textField() const { return m_text; }
    QCheckBox *followUpBox() const { return m_followUp; }
    QComboBox *closesBox() const { return m_closes; }
    QComboBox *screeningBox() const { return m_screening; }
    MessageBar *messages() const { return m_messages; }

    void accept() override;

private:
    void fillChoices();

    Session &m_session;
    QString m_caseNumber;
    MessageBar *m_messages;
    QLineEdit *m_title;
    QPlainTextEdit *m_text;
    QCheckBox *m_followUp;
    QComboBox *m_closes;
    QComboBox *m_screening;
    std::optional<JournalEntry> m_entry;
};

} // namespace fv
