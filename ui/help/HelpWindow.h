#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

class QAction;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QLabel;

namespace fv {

// The user guide (docs/guide/<language>/*.md, shipped as Qt resources) in a window of its own:
// the chapters on the left, the chapter on the right with back and forward, and a search field
// that finds the next place in the guide. Follows the program's language; Escape closes it.
class HelpWindow : public QDialog
{
    Q_OBJECT
public:
    // The chapters of the guide, each the base name of a file that exists in every language.
    static QStringList chapters();
    // "nb" or "en": the guide's language for the program's current one.
    static QString currentLanguage();
    // qrc: URL of a chapter in a language.
    static QUrl chapterUrl(const QString &language, const QString &chapter);

    explicit HelpWindow(QWidget *parent = nullptr);

    // Shows the chapter (e.g. "05-decision") and brings the window to the front.
    void showChapter(const QString &chapter);
    // Shows a topic: a chapter, or "chapter#section" with that section's heading at the top
    // (the heading after a "<!-- help: section -->" line, the same key in every language).
    void showTopic(const QString &topic);
    QString currentChapter() const;
    QString currentSection() const { return m_section; } // empty: the chapter's beginning
    // The text of a section's heading in a chapter of a language; empty if there is none.
    static QString sectionHeading(const QString &language, const QString &chapter, const QString &section);
    const QString &language() const { return m_language; }
    QTextBrowser *browser() const { return m_browser; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *contents() const { return m_contents; }

    // Finds the text after the cursor, then in the chapters after this one; false if nowhere.
    bool find(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillContents();
    void sourceChanged(const QUrl &url);
    void fitImages();

    QString m_language;
    QString m_section;
    QListWidget *m_contents;
    QTextBrowser *m_browser;
    QLineEdit *m_search;
    QLabel *m_notFound;
};

// The chapter for where the user is: the decision editor, the statistics, a case or the work
// queue (F1 is context-sensitive). `window` is the active window, `page` the main window's page.
QString helpChapterFor(const QWidget *window, int mainWindowPage);
// The topic ("chapter#section") for where the user is: the deepest visible widget of `window`
// with a help topic, preferring one around the keyboard focus (a case tab, an editor page, a
// dialog); without one, helpChapterFor().
QString helpTopicFor(const QWidget *window, int mainWindowPage);
// Gives a widget (a tab page, a dialog) its help topic; returns it, to wrap addTab() calls.
QWidget *setHelpTopic(QWidget *widget, const QString &topic);
// F1 in a modal dialog (which blocks the main window's shortcut) triggers `help` too.
void offerHelpInDialogs(QAction *help);

} // namespace fv
