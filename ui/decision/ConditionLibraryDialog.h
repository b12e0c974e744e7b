#pragma once

#include "decision/StandardTexts.h"

#include <QDialog>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace fv {

class MessageBar;
class Session;

// The library of standard conditions a decision draft starts from, editable by an
// administrator: each condition's code and its text in bokmål, nynorsk and English, with the
// placeholders explained. Others see it read-only. Saved whole through ConditionLibrary::save.
class ConditionLibraryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConditionLibraryDialog(Session &session, QWidget *parent = nullptr);

    // Saves the library (false, with the reason in the message bar, when refused).
    bool save();
    const std::vector<StandardCondition> &conditions() const { return m_conditions; }
    // For tests: edit as a user would.
    void selectCondition(int row);
    QLineEdit *codeEdit() const { return m_code; }
    QPlainTextEdit *textEdit(Language language) const;
    MessageBar *messageBar() const { return m_messages; }
    void addCondition();
    void removeCondition();

private:
    void showCondition(int row);
    void storeForm();
    void move(int step);
    void updateExample();
    QString listText(const StandardCondition &c) const;

    Session &m_session;
    std::vector<StandardCondition> m_conditions;
    std::optional<qint64> m_version; // the library's version when loaded, checked on save
    int m_current = -1;
    bool m_editable = false;
    bool m_loading = false;
    QListWidget *m_list;
    QLineEdit *m_code;
    QPlainTextEdit *m_nb;
    QPlainTextEdit *m_nn;
    QPlainTextEdit *m_en;
    QLabel *m_example;
    MessageBar *m_messages;
};

// The {{placeholders}} a condition text may use that a decision does not know; empty when all
// are known.
QStringList unknownPlaceholders(const QString &text);

} // namespace fv
