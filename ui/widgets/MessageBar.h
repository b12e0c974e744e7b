#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace fv {

// An inline message above the content (like KeePassXC's MessageWidget): errors a person can
// act on are shown here rather than in a modal dialog.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);
    void show(Kind kind, const QString &text);
    QString text() const;
    // Puts the keyboard on the message (its close button): after a refusal of the user's own
    // command, so that Tab, Escape or Enter go on from the message they were just told.
    void takeFocus();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace fv
