#pragma once
// A read-only rich-text pane (QTextBrowser: the application, the decision, the events, the
// user guide) as a screen reader should see it: a document with its text and, as children,
// one Heading object per <h1>…<h6>, so Orca's and NVDA's heading lists work. Qt 6.4 exposes
// such a pane as one block of static text.
#include <QAccessibleTextInterface>
#include <QAccessibleWidget>
#include <QList>
#include <QPointer>

class QTextBrowser;

namespace fv::a11y {

class RichTextAccessible
    : public QAccessibleWidget
    , public QAccessibleTextInterface
{
public:
    explicit RichTextAccessible(QTextBrowser *browser);
    ~RichTextAccessible() override;

    QAccessible::Role role() const override { return QAccessible::Document; }
    QAccessible::State state() const override;
    QString text(QAccessible::Text t) const override;
    void *interface_cast(QAccessible::InterfaceType type) override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;

    // QAccessibleTextInterface, over the document's plain text.
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

    QTextBrowser *browser() const;
    // The headings' positions in the document, rebuilt when the document changed.
    const QList<int> &headingPositions() const;

private:
    void clearHeadings() const;
    // Ids, not pointers: Qt's cache may delete a heading first when the program ends.
    mutable QList<QAccessible::Id> m_headings;
    mutable QList<int> m_positions;
    mutable int m_revision = -1;
    mutable const void *m_document = nullptr;
};

// The factory for QAccessible::installFactory: a RichTextAccessible for every QTextBrowser.
QAccessibleInterface *richTextFactory(const QString &className, QObject *object);

} // namespace fv::a11y
