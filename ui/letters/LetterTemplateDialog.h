#pragma once

#include "letters/LetterInput.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace fv {

class MessageBar;
class Session;

// Administration → Letter templates: the Mustache template of each kind and language, with a
// live preview of the letter for the chosen case (or a sample). Admins save or go back to the
// standard template; everyone else reads.
class LetterTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    // `caseNumber`: the case the preview shows; empty: the sample letter.
    LetterTemplateDialog(Session &session, const QString &caseNumber, QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *languageBox() const { return m_language; }
    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *resetButton() const { return m_reset; }
    MessageBar *messages() const { return m_messages; }
    bool isEditable() const { return m_editable; }

    // Renders the preview now (it otherwise follows typing after a short pause).
    void updatePreview();

private:
    void buildLayout();
    void choiceChanged();
    void loadTemplate();
    void showOrigin();
    void save();
    void resetToStandard();
    LetterKind kind() const;
    Language language() const;
    std::optional<LetterInput> previewInput();

    Session &m_session;
    QString m_caseNumber;
    qint64 m_version = 0; // the shown template's version when loaded, checked on save and reset
    bool m_editable = false;
    int m_shownKind = 0;
    int m_shownLanguage = 0;
    QComboBox *m_kind;
    QComboBox *m_language;
    QLabel *m_origin;
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    QPushButton *m_save;
    QPushButton *m_reset;
    MessageBar *m_messages;
    QTimer *m_previewTimer;
};

} // namespace fv
