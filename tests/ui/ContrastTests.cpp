// Colours that mean something (errors, warnings, overdue work, outcomes, hints) come from the
// palette in use: with the normal palette and with a white-on-black one, every such text reads
// at 4.5:1 or more against what it is drawn on (WCAG's formula), and a message bar's colours
// follow the palette instead of overriding it.
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "application/ApplicationForm.h"
#include "casework/CaseView.h"
#include "decision/DecisionEditor.h"
#include "statistics/StatisticsView.h"
#include "widgets/AccessibleStyle.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageBar.h"
#include "widgets/Tones.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <catch2/catch_test_macros.hpp>
#include <functional>

using namespace fv;

namespace {

QPalette whiteOnBlack()
{
    return QPalette(Qt::white, Qt::black, Qt::gray, Qt::darkGray, Qt::gray, Qt::white, Qt::white, Qt::black, Qt::black);
}

QPalette greyDark()
{
    QPalette p(QColor(0xdd, 0xdd, 0xdd), QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    return p;
}

struct Palettes
{
    QString name;
    QPalette palette;
};

QList<Palettes> palettes()
{
    return {{QStringLiteral("normal"), QApplication::style()->standardPalette()},
            {QStringLiteral("white on black"), whiteOnBlack()},
            {QStringLiteral("dark grey"), greyDark()}};
}

// Uses `palette` as the application's while it lives.
struct WithPalette
{
    QPalette saved = QApplication::palette();
    explicit WithPalette(const QPalette &p) { QApplication::setPalette(p); }
    ~WithPalette() { QApplication::setPalette(saved); }
};

// Every "color:#rrggbb" in rich text, read against the colour it is shown on.
void checkRichText(const QString &html, const QColor &ground, const QString &where, QStringList &problems)
{
    static const QRegularExpression colour(QStringLiteral("(?:^|[^-])color:\\s*(#[0-9a-fA-F]{6})"));
    for (auto it = colour.globalMatch(html); it.hasNext();) {
        const QColor c(it.next().captured(1));
        const double ratio = AccessibleStyle::contrast(c, ground);
        if (ratio < 4.5)
            problems
                << QStringLiteral("%1: %2 on %3 is %4:1").arg(where, c.name(), ground.name()).arg(ratio, 0, 'f', 2);
    }
}

// The window's labels, rich-text panes and item views as they are shown now.
QStringList lowContrast(QWidget *window)
{
    QStringList problems;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QPalette &p = label->palette();
        const QString where = QStringLiteral("label %1 \"%2\"").arg(label->objectName(), label->text().left(40));
        const QColor ground = p.color(label->backgroundRole());
        const double ratio = AccessibleStyle::contrast(p.color(label->foregroundRole()), ground);
        if (ratio < 4.5)
            problems << QStringLiteral("%1: %2:1").arg(where).arg(ratio, 0, 'f', 2);
        checkRichText(label->text(), ground, where, problems);
    }
    for (QTextBrowser *pane : window->findChildren<QTextBrowser *>())
        if (pane->isVisible())
            checkRichText(pane->toHtml(), pane->palette().color(QPalette::Base),
                          QStringLiteral("pane %1").arg(pane->objectName()), problems);
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (!view->isVisible() || !model)
            continue;
        for (int r = 0; r < qMin(model->rowCount(), 60); ++r) {
            // A tinted row says why in more than colour: an icon in one of its cells.
            bool tinted = false, sign = false;
            for (int c = 0; c < model->columnCount(); ++c) {
                tinted = tinted || model->index(r, c).data(Qt::BackgroundRole).isValid();
                sign = sign || !model->index(r, c).data(Qt::DecorationRole).value<QIcon>().isNull();
            }
            if (tinted && !sign)
                problems << QStringLiteral("view %1 row %2 \"%3\": a tint without an icon")
                                .arg(view->objectName())
                                .arg(r)
                                .arg(model->index(r, 0).data().toString().left(30));
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex index = model->index(r, c);
                const QVariant fg = index.data(Qt::ForegroundRole), bg = index.data(Qt::BackgroundRole);
                if (!fg.isValid())
                    continue;
                const QColor ground = bg.isValid() ? bg.value<QBrush>().color() : view->palette().color(QPalette::Base);
                const double ratio = AccessibleStyle::contrast(fg.value<QBrush>().color(), ground);
                if (ratio < 4.5)
                    problems << QStringLiteral("view %1 row %2 column %3 \"%4\": %5:1")
                                    .arg(view->objectName())
                                    .arg(r)
                                    .arg(c)
                                    .arg(index.data().toString().left(30))
                                    .arg(ratio, 0, 'f', 2);
            }
        }
    }
    return problems;
}

// Looks at the window as shown and at every tab of every tab widget in it.
QStringList lowContrastEverywhere(QWidget *window)
{
    window->show();
    QApplication::processEvents();
    QStringList problems = lowContrast(window);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            problems << lowContrast(window);
        }
        tabs->setCurrentIndex(0);
    }
    problems.removeDuplicates();
    return problems;
}

QString caseWithDraft(Session &session)
{
    return test::firstCaseWithDraft(session.cases());
}

} // namespace

TEST_CASE("every tone's text, background and frame meet WCAG AA on light and dark palettes", "[ui][a11y][contrast]")
{
    for (const Palettes &each : palettes()) {
        const QPalette &p = each.palette;
        for (Tone tone : {Tone::Info, Tone::Warning, Tone::Error, Tone::Success, Tone::Muted}) {
            INFO(each.name.toStdString() << " tone " << int(tone));
            for (QPalette::ColorRole ground : {QPalette::Window, QPalette::Base})
                CHECK(AccessibleStyle::contrast(tones::text(tone, p, ground), p.color(ground)) >= 4.5);
            const QColor bar = tones::background(tone, p);
            CHECK(AccessibleStyle::contrast(p.color(QPalette::WindowText), bar) >= 4.5);
            CHECK(AccessibleStyle::contrast(tones::textOn(tone, p, bar), bar) >= 4.5);
            const QColor row = tones::background(tone, p, QPalette::Base);
            CHECK(AccessibleStyle::contrast(p.color(QPalette::Text), row) >= 4.5);
            CHECK(AccessibleStyle::contrast(tones::border(tone, p), p.color(QPalette::Window)) >= 3.0);
        }
    }
    // Followed, not overridden: on a dark palette the bar is dark, and an error is not the
    // light palette's dark red (2.9:1 on black).
    const QPalette dark = whiteOnBlack();
    CHECK(tones::background(Tone::Error, dark).lightness() < 60);
    CHECK(tones::text(Tone::Error, dark) != QColor(0xa3, 0x1f, 0x1f));
    CHECK(tones::text(Tone::Error, QApplication::style()->standardPalette()) == QColor(0xa3, 0x1f, 0x1f));
}

TEST_CASE("a message bar and a field's error follow the palette in use", "[ui][a11y][contrast]")
{
    for (const Palettes &each : palettes()) {
        INFO(each.name.toStdString());
        WithPalette use(each.palette);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *bar = new MessageBar(&window);
        layout->addWidget(bar);
        QLabel *error = nullptr;
        layout->addWidget(FieldErrors::withMessage(new QLineEdit, &error));
        auto *hint = new QLabel(QStringLiteral("A hint"), &window); // as the decision editor's hints
        tones::setTextTone(hint, Tone::Muted);
        layout->addWidget(hint);
        window.resize(400, 200);
        window.show();
        error->setText(QStringLiteral("Write a name"));
        error->show();
        for (MessageBar::Kind kind :
             {MessageBar::Kind::Information, MessageBar::Kind::Warning, MessageBar::Kind::Error}) {
            bar->show(kind, QStringLiteral("The import was refused"));
            QApplication::processEvents();
            // What is on the screen: the bar's painted background, its text colour on it.
            const QImage shot = bar->grab().toImage();
            const QColor painted = shot.pixelColor(4, shot.height() / 2);
            QLabel *text = nullptr;
            for (QLabel *l : bar->findChildren<QLabel *>())
                if (l->text() == QStringLiteral("The import was refused"))
                    text = l;
            REQUIRE(text);
            CHECK(AccessibleStyle::contrast(text->palette().color(QPalette::WindowText), painted) >= 4.5);
            CHECK(AccessibleStyle::contrast(painted, each.palette.color(QPalette::Window))
                  < 1.6); // a tint, not a patch
        }
        const QStringList problems = lowContrast(&window);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("the main window, the decision editor, the application form and statistics keep 4.5:1 on a dark palette",
          "[ui][a11y][contrast]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    const QString draft = caseWithDraft(session);
    for (const Palettes &each : palettes()) {
        INFO(each.name.toStdString());
        WithPalette use(each.palette);
        const auto check = [](QWidget *window) {
            const QStringList problems = lowContrastEverywhere(window);
            INFO(window->metaObject()->className() << "\n" << problems.join(QLatin1Char('\n')).toStdString());
            CHECK(problems.isEmpty());
        };
        {
            MainWindow window(session);
            check(&window); // the work queue
            REQUIRE(window.selectCase(QStringLiteral("26/00003")));
            window.pages()->setCurrentIndex(1);
            check(&window);
        }
        {
            DecisionEditor editor(session, draft);
            check(&editor);
        }
        {
            ApplicationForm form(session);
            check(&form);
        }
        {
            StatisticsView stats(session);
            stats.refresh();
            check(&stats);
        }
    }
}
