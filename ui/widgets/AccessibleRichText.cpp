#include "widgets/AccessibleRichText.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

namespace fv::a11y {
namespace {

// One heading of the pane: role Heading, named by its text. It has no QObject of its own; the
// pane owns it (registered in Qt's accessibility cache, deleted with the pane or a new text).
class HeadingAccessible : public QAccessibleInterface
{
public:
    HeadingAccessible(QTextBrowser *browser, int position) : m_browser(browser), m_position(position) {}

    bool isValid() const override { return m_browser && m_position < m_browser->document()->characterCount(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_browser ? m_browser->window()->windowHandle() : nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_browser); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessible::Role role() const override { return QAccessible::Heading; }
    void setText(QAccessible::Text, const QString &) override {}

    QString text(QAccessible::Text t) const override
    {
        if (!isValid() || t != QAccessible::Name)
            return {};
        return block().text().simplified();
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.readOnly = true;
        s.invisible = !isValid() || !m_browser->isVisible();
        return s;
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        QRectF r = m_browser->document()->documentLayout()->blockBoundingRect(block());
        r.translate(-m_browser->horizontalScrollBar()->value(), -m_browser->verticalScrollBar()->value());
        return {m_browser->viewport()->mapToGlobal(r.topLeft().toPoint()), r.size().toSize()};
    }

private:
    QTextBlock block() const { return m_browser->document()->findBlock(m_position); }

    QPointer<QTextBrowser> m_browser;
    int m_position;
};

QTextCursor cursorAt(QTextBrowser *browser, int start, int end)
{
    QTextCursor cursor(browser->document());
    const int last = browser->document()->characterCount() - 1;
    cursor.setPosition(qBound(0, start, last));
    cursor.setPosition(qBound(0, end, last), QTextCursor::KeepAnchor);
    return cursor;
}

} // namespace

RichTextAccessible::RichTextAccessible(QTextBrowser *browser) : QAccessibleWidget(browser, QAccessible::Document)
{}

RichTextAccessible::~RichTextAccessible()
{
    clearHeadings();
}

QTextBrowser *RichTextAccessible::browser() const
{
    return static_cast<QTextBrowser *>(widget());
}

void RichTextAccessible::clearHeadings() const
{
    for (const QAccessible::Id id : std::as_const(m_headings))
        QAccessible::deleteAccessibleInterface(id); // nothing when the cache deleted it already
    m_headings.clear();
    m_positions.clear();
}

const QList<int> &RichTextAccessible::headingPositions() const
{
    const QTextDocument *document = browser()->document();
    if (document == m_document && document->revision() == m_revision)
        return m_positions;
    clearHeadings();
    m_document = document;
    m_revision = document->revision();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() > 0 && !block.text().trimmed().isEmpty()) {
            m_positions << block.position();
            // Registered: Qt's cache owns it and deletes it at the latest when the program ends.
            m_headings << QAccessible::registerAccessibleInterface(new HeadingAccessible(browser(), block.position()));
        }
    return m_positions;
}

QAccessible::State RichTextAccessible::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    s.readOnly = true;
    s.multiLine = true;
    s.selectableText = true;
    return s;
}

QString RichTextAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return browser()->toPlainText();
    return QAccessibleWidget::text(t);
}

void *RichTextAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

// The headings come first, in reading order; the scroll bars after them.
int RichTextAccessible::childCount() const
{
    return int(headingPositions().size()) + QAccessibleWidget::childCount();
}

QAccessibleInterface *RichTextAccessible::child(int index) const
{
    const int headings = int(headingPositions().size());
    if (index < 0)
        return nullptr;
    return index < headings
        ? QAccessible::accessibleInterface(m_headings.at(index))
        : QAccessibleWidget::child(index - headings);
}

int RichTextAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const int headings = int(headingPositions().size());
    for (int i = 0; i < headings; ++i)
        if (QAccessible::accessibleInterface(m_headings.at(i)) == child)
            return i;
    const int other = QAccessibleWidget::indexOfChild(child);
    return other < 0 ? -1 : headings + other;
}

void RichTextAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    const QTextCursor cursor = browser()->textCursor();
    if (selectionIndex == 0 && cursor.hasSelection()) {
        *startOffset = cursor.selectionStart();
        *endOffset = cursor.selectionEnd();
    }
}

int RichTextAccessible::selectionCount() const
{
    return browser()->textCursor().hasSelection() ? 1 : 0;
}

void RichTextAccessible::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void RichTextAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex != 0)
        return;
    QTextCursor cursor = browser()->textCursor();
    cursor.clearSelection();
    browser()->setTextCursor(cursor);
}

void RichTextAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex == 0)
        browser()->setTextCursor(cursorAt(browser(), startOffset, endOffset));
}

int RichTextAccessible::cursorPosition() const
{
    return browser()->textCursor().position();
}

void RichTextAccessible::setCursorPosition(int position)
{
    browser()->setTextCursor(cursorAt(browser(), position, position));
}

QString RichTextAccessible::text(int startOffset, int endOffset) const
{
    return cursorAt(browser(), startOffset, endOffset).selectedText().replace(QChar::ParagraphSeparator, u'\n');
}

int RichTextAccessible::characterCount() const
{
    return browser()->document()->characterCount() - 1;
}

QRect RichTextAccessible::characterRect(int offset) const
{
    const QRect r = browser()->cursorRect(cursorAt(browser(), offset, offset));
    return {browser()->viewport()->mapToGlobal(r.topLeft()), r.size()};
}

int RichTextAccessible::offsetAtPoint(const QPoint &point) const
{
    return browser()->cursorForPosition(browser()->viewport()->mapFromGlobal(point)).position();
}

void RichTextAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    QTextCursor cursor = browser()->textCursor();
    browser()->setTextCursor(cursorAt(browser(), startIndex, endIndex));
    browser()->ensureCursorVisible();
    browser()->setTextCursor(cursor);
}

QString RichTextAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = offset;
    return {};
}

QAccessibleInterface *richTextFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("QTextBrowser") && object && object->isWidgetType())
        return new RichTextAccessible(static_cast<QTextBrowser *>(object));
    return nullptr;
}

} // namespace fv::a11y
