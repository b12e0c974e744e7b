#include "help/HelpWindow.h"

#include "widgets/Accessibility.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fv {
namespace {

const QString guideRoot = QStringLiteral(":/docs/guide/");

QString chapterText(const QString &language, const QString &chapter)
{
    QFile f(guideRoot + language + QLatin1Char('/') + chapter + QStringLiteral(".md"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The first "# " heading of a chapter.
QString chapterTitle(const QString &language, const QString &chapter)
{
    const QString text = chapterText(language, chapter);
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("# ")))
            return line.mid(2).trimmed();
    return chapter;
}

// Among the chapter's headings, the index of the one after "<!-- help: section -->" (its text
// in `heading`), or -1. Lines in code blocks are not headings.
int sectionHeadingIndex(const QString &markdown, const QString &section, QString *heading = nullptr)
{
    const QString tag = QStringLiteral("<!-- help: %1 -->").arg(section);
    int index = -1;
    bool fenced = false;
    bool tagged = false;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("```")))
            fenced = !fenced;
        else if (!fenced && line.trimmed() == tag)
            tagged = true;
        else if (!fenced && line.startsWith(QLatin1Char('#'))) {
            ++index;
            if (tagged) {
                if (heading)
                    *heading = line.section(QLatin1Char(' '), 1).trimmed();
                return index;
            }
        }
    }
    return -1;
}

// Sends F1 to the help action while a modal dialog blocks the main window's shortcuts; a
// dialog that has the action itself (the decision editor) never lets the key press through.
class HelpKey : public QObject
{
public:
    explicit HelpKey(QAction *help) : QObject(help), m_help(help) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && QApplication::activeModalWidget()) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_F1 && key->modifiers() == Qt::NoModifier && m_help->isEnabled()) {
                m_help->trigger();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAction *m_help;
};

} // namespace

QStringList HelpWindow::chapters()
{
    QStringList names =
        QDir(guideRoot + QStringLiteral("en")).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (QString &n : names)
        n.chop(3);
    return names;
}

QString HelpWindow::currentLanguage()
{
    return QLocale().language() == QLocale::NorwegianBokmal ? QStringLiteral("nb") : QStringLiteral("en");
}

QUrl HelpWindow::chapterUrl(const QString &language, const QString &chapter)
{
    return QUrl(QStringLiteral("qrc") + guideRoot + language + QLatin1Char('/') + chapter + QStringLiteral(".md"));
}

HelpWindow::HelpWindow(QWidget *parent)
    : QDialog(parent)
    , m_language(currentLanguage())
    , m_contents(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_search(new QLineEdit(this))
    , m_notFound(new QLabel(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("User guide – Fellesvedtak"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setAccessibleName(tr("Contents"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_search->setObjectName(QStringLiteral("helpSearch"));
    m_search->setPlaceholderText(tr("Search the guide (Enter: next match)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the guide"));
    m_contents->setTabKeyNavigation(false);
    m_browser->setAccessibleName(tr("Chapter"));

    const auto button = [this](QStyle::StandardPixmap icon, const QString &tip, const QKeySequence &key) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        b->setShortcut(key);
        b->setAutoRaise(true);
        b->setAccessibleName(tip);
        return b;
    };
    QToolButton *back = button(QStyle::SP_ArrowBack, tr("Back"), QKeySequence::Back);
    QToolButton *forward = button(QStyle::SP_ArrowForward, tr("Forward"), QKeySequence::Forward);
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::sourceChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(m_search, &QLineEdit::textEdited, m_notFound, &QLabel::clear);
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showChapter(m_contents->item(row)->data(Qt::UserRole).toString());
    });

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(forward);
    top->addWidget(m_search, 1);
    top->addWidget(m_notFound);
    auto *split = new QSplitter(this);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 740});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    fillContents();
    m_browser->viewport()->installEventFilter(this); // the pictures follow the page's width
    a11y::resizeWithin(this, QSize(1100, 760));
}

void HelpWindow::fillContents()
{
    for (const QString &chapter : chapters()) {
        auto *item = new QListWidgetItem(chapterTitle(m_language, chapter), m_contents);
        item->setData(Qt::UserRole, chapter);
    }
}

void HelpWindow::showChapter(const QString &chapter)
{
    const QUrl url = chapterUrl(m_language, chapters().contains(chapter) ? chapter : chapters().value(0));
    show(); // first, so the page has its width when the pictures are fitted
    if (m_browser->source() != url)
        m_browser->setSource(url, QTextDocument::MarkdownResource);
    fitImages();
    raise();
    activateWindow();
    m_browser->setFocus(); // the arrow keys and Page Down read on; Tab reaches the links
}

void HelpWindow::showTopic(const QString &topic)
{
    const QString section = topic.section(QLatin1Char('#'), 1);
    showChapter(topic.section(QLatin1Char('#'), 0, 0));
    m_section.clear();
    const int index = section.isEmpty() ? -1 : sectionHeadingIndex(chapterText(m_language, currentChapter()), section);
    QTextDocument *doc = m_browser->document();
    int heading = -1;
    for (QTextBlock block = doc->begin(); block.isValid() && index >= 0; block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || ++heading != index)
            continue;
        QTextCursor heading(block); // selected, so the eye finds it where the page cannot scroll further
        heading.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        m_browser->setTextCursor(heading);
        const QRectF box = doc->documentLayout()->blockBoundingRect(block);
        m_browser->verticalScrollBar()->setValue(qRound(box.top()));
        m_section = section;
        return;
    }
    m_browser->moveCursor(QTextCursor::Start); // no such section: the chapter's beginning
}

QString HelpWindow::sectionHeading(const QString &language, const QString &chapter, const QString &section)
{
    QString heading;
    sectionHeadingIndex(chapterText(language, chapter), section, &heading);
    return heading;
}

QString HelpWindow::currentChapter() const
{
    return m_browser->source().fileName().chopped(3);
}

// Screenshots are as wide as the main window: shown at most as wide as the page, so the text
// beside them never needs a horizontal scroll bar.
void HelpWindow::fitImages()
{
    const int widest = std::max(320, m_browser->viewport()->width() - 32);
    QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QSize size =
                QImage(QLatin1Char(':') + m_browser->source().resolved(QUrl(image.name())).path()).size();
            const int width = std::min(size.width(), widest);
            if (size.isEmpty() || qFuzzyCompare(image.width(), static_cast<qreal>(width)))
                continue;
            image.setWidth(width);
            image.setHeight(static_cast<qreal>(size.height()) * width / size.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

bool HelpWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitImages();
    return QDialog::eventFilter(watched, event);
}

void HelpWindow::sourceChanged(const QUrl &url)
{
    // The new page's text may be set after this signal (it is on the first page): fit its
    // pictures once it is in.
    QTimer::singleShot(0, this, &HelpWindow::fitImages);
    const QString chapter = url.fileName().chopped(3);
    for (int row = 0; row < m_contents->count(); ++row)
        if (m_contents->item(row)->data(Qt::UserRole).toString() == chapter) {
            QSignalBlocker quiet(m_contents);
            m_contents->setCurrentRow(row);
        }
}

bool HelpWindow::find(const QString &text)
{
    m_notFound->clear();
    if (text.trimmed().isEmpty())
        return false;
    if (m_browser->find(text))
        return true;
    // On through the following chapters, round to this one's beginning.
    const QStringList all = chapters();
    const int here = all.indexOf(currentChapter());
    for (int step = 1; step <= all.size(); ++step) {
        const QString chapter = all.at((here + step) % all.size());
        if (!chapterText(m_language, chapter).contains(text, Qt::CaseInsensitive))
            continue;
        showChapter(chapter);
        m_browser->moveCursor(QTextCursor::Start);
        if (m_browser->find(text))
            return true;
    }
    m_notFound->setText(tr("Not found"));
    return false;
}

QString helpChapterFor(const QWidget *window, int mainWindowPage)
{
    for (const QWidget *w = window; w; w = w->parentWidget()) {
        const QString name = QString::fromLatin1(w->metaObject()->className());
        if (name == QLatin1String("fv::DecisionEditor"))
            return QStringLiteral("05-decision");
        if (name == QLatin1String("fv::StatisticsView"))
            return QStringLiteral("06-deadlines");
        if (name == QLatin1String("fv::HelpWindow"))
            return static_cast<const HelpWindow *>(w)->currentChapter();
        if (name == QLatin1String("fv::MainWindow"))
            break;
    }
    return mainWindowPage == 0 ? QStringLiteral("02-work-queue") : QStringLiteral("03-from-import-to-letter");
}

QString helpTopicFor(const QWidget *window, int mainWindowPage)
{
    if (const auto *help = qobject_cast<const HelpWindow *>(window)) {
        const QString section = help->currentSection();
        return section.isEmpty() ? help->currentChapter() : help->currentChapter() + QLatin1Char('#') + section;
    }
    const QWidget *focus = QApplication::focusWidget();
    const QWidget *best = nullptr;
    std::pair<bool, int> bestRank{false, -1}; // around the focus first, then the deepest
    QList<const QWidget *> candidates;
    if (window) {
        candidates.append(window);
        for (const QWidget *w : window->findChildren<QWidget *>())
            if (w->window() == window && w->isVisibleTo(window)) // not another window's, not a hidden tab
                candidates.append(w);
    }
    for (const QWidget *w : std::as_const(candidates)) {
        if (w->property("helpTopic").toString().isEmpty())
            continue;
        int depth = 0;
        for (const QWidget *p = w; p != window; p = p->parentWidget())
            ++depth;
        const std::pair<bool, int> rank{focus && (w == focus || w->isAncestorOf(focus)), depth};
        if (rank > bestRank) {
            best = w;
            bestRank = rank;
        }
    }
    return best ? best->property("helpTopic").toString() : helpChapterFor(window, mainWindowPage);
}

QWidget *setHelpTopic(QWidget *widget, const QString &topic)
{
    widget->setProperty("helpTopic", topic);
    return widget;
}

void offerHelpInDialogs(QAction *help)
{
    qApp->installEventFilter(new HelpKey(help));
}

} // namespace fv
