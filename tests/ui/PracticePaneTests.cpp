// Earlier practice in the decision editor, on the demo database: the draft of the covid-19
// vaccine study (26/00004) is shown the approved decisions on its registries, the same study's
// first (26/00001) closest; a reason is reused with the keyboard or the button, lands in the
// draft as one step and Ctrl+Z takes it out again.
#include "Session.h"
#include "TestSupport.h"
#include "Translations.h"
#include "decision/DecisionEditor.h"
#include "decision/PracticePane.h"

#include <QApplication>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

const QString draftCase = QStringLiteral("26/00004");      // a decision draft in the demo
const QString closestCase = QStringLiteral("26/00001");    // the same study's approved decision
const QString refusedDarCase = QStringLiteral("26/00003"); // approved, DAR refused with a reason
constexpr int reusableRole = Qt::UserRole + 3;             // PracticePane's: the item's reason can be reused
constexpr int textRole = Qt::UserRole + 1;

struct Demo
{
    QTemporaryDir dir;
    Session session;
    Demo() { REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok()); }
};

QTreeWidgetItem *topItem(QTreeWidget *tree, const QString &caseNumber)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).startsWith(caseNumber + QLatin1Char(' ')))
            return tree->topLevelItem(i);
    return nullptr;
}

QTreeWidgetItem *child(QTreeWidgetItem *parent, const QString &label)
{
    for (int i = 0; parent && i < parent->childCount(); ++i)
        if (parent->child(i)->text(0) == label)
            return parent->child(i);
    return nullptr;
}

int entryRow(const Decision &d, const QString &registry)
{
    for (size_t i = 0; i < d.entries.size(); ++i)
        if (d.entries[i].registry == registry)
            return static_cast<int>(i);
    return -1;
}

void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR");
    QApplication::processEvents(); // the layout follows the button's new label
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}

} // namespace

TEST_CASE("Earlier practice lists the closest approved decision first with its outcomes, reasons and conditions",
          "[ui][practice]")
{
    installTranslations(QStringLiteral("en"));
    Demo demo;
    DecisionEditor editor(demo.session, draftCase);
    REQUIRE_FALSE(editor.isReadOnly());
    editor.show();
    editor.pages()->setCurrentIndex(DecisionEditor::PracticePage); // read when first shown
    QTreeWidget *tree = editor.practicePane()->tree();
    REQUIRE(tree->topLevelItemCount() >= 2);
    CHECK(tree->topLevelItem(0)->text(0).startsWith(closestCase));
    QTreeWidgetItem *refused = topItem(tree, refusedDarCase);
    REQUIRE(refused);
    QTreeWidgetItem *dar = child(refused, QStringLiteral("DAR"));
    REQUIRE(dar);
    CHECK(dar->text(1) == QStringLiteral("Refused"));
    CHECK(dar->data(0, reusableRole).toBool());
    CHECK(child(tree->topLevelItem(0), QStringLiteral("Reasons")));
    QTreeWidgetItem *conditions = nullptr;
    for (int i = 0; i < tree->topLevelItem(0)->childCount(); ++i)
        if (tree->topLevelItem(0)->child(i)->text(0).startsWith(QStringLiteral("Conditions (")))
            conditions = tree->topLevelItem(0)->child(i);
    REQUIRE(conditions);
    CHECK(conditions->childCount() > 0);
    CHECK_FALSE(tree->accessibleName().isEmpty());
    saveScreenshot(editor, QStringLiteral("practice-en.png"));
}

TEST_CASE("Enter on a registry's reason in earlier practice puts it into that registry's reason; undo takes it out",
          "[ui][practice]")
{
    installTranslations(QStringLiteral("en"));
    Demo demo;
    DecisionEditor editor(demo.session, draftCase);
    editor.show();
    editor.pages()->setCurrentIndex(DecisionEditor::PracticePage);
    QTreeWidget *tree = editor.practicePane()->tree();
    QTreeWidgetItem *dar = child(topItem(tree, refusedDarCase), QStringLiteral("DAR"));
    REQUIRE(dar);
    const QString reason = dar->data(0, textRole).toString();
    REQUIRE_FALSE(reason.isEmpty());
    const int row = entryRow(editor.state().decision, QStringLiteral("DAR"));
    REQUIRE(row >= 0);
    const QString before = editor.state().decision.entries[static_cast<size_t>(row)].reason;
    const int steps = editor.undoStack()->count();

    tree->setCurrentItem(dar);
    CHECK(editor.practicePane()->reuseButton()->isEnabled());
    CHECK(editor.practicePane()->reuseButton()->text().contains(QStringLiteral("DAR")));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return);

    const QString after = editor.state().decision.entries[static_cast<size_t>(row)].reason;
    CHECK(after.contains(reason));
    CHECK(after.startsWith(before.trimmed()));
    CHECK(editor.undoStack()->count() == steps + 1);
    CHECK(editor.undoStack()->undoText().contains(refusedDarCase));
    CHECK(editor.isModified());

    editor.undoStack()->undo();
    CHECK(editor.state().decision.entries[static_cast<size_t>(row)].reason == before);
    editor.undoStack()->redo();
    CHECK(editor.state().decision.entries[static_cast<size_t>(row)].reason == after);
}

TEST_CASE("The button reuses an earlier decision's general reasons in the draft's reasons; it is saved; undo empties "
          "the addition",
          "[ui][practice]")
{
    installTranslations(QStringLiteral("en"));
    Demo demo;
    DecisionEditor editor(demo.session, draftCase);
    editor.show();
    editor.pages()->setCurrentIndex(DecisionEditor::PracticePage);
    QTreeWidget *tree = editor.practicePane()->tree();
    QTreeWidgetItem *reasons = child(tree->topLevelItem(0), QStringLiteral("Reasons"));
    REQUIRE(reasons);
    const QString text = reasons->data(0, textRole).toString();
    REQUIRE_FALSE(text.isEmpty());
    const QString before = editor.state().decision.reasons;

    tree->setCurrentItem(reasons);
    QPushButton *reuse = editor.practicePane()->reuseButton();
    CHECK(reuse->text().contains(QStringLiteral("general reasons")));
    QTest::mouseClick(reuse, Qt::LeftButton);
    CHECK(editor.state().decision.reasons.endsWith(text));
    CHECK(editor.reasonsEdit()->toPlainText() == editor.state().decision.reasons); // the field shows it

    editor.undoStack()->undo();
    CHECK(editor.state().decision.reasons == before);
    CHECK(editor.reasonsEdit()->toPlainText() == before);

    editor.undoStack()->redo();
    REQUIRE(editor.save());
    auto rec = demo.session.cases().load(draftCase);
    REQUIRE(rec.ok());
    CHECK(rec->currentDecision()->reasons.contains(text));
}

TEST_CASE("A condition or a whole decision is not a reason, and a locked decision reuses nothing", "[ui][practice]")
{
    installTranslations(QStringLiteral("en"));
    Demo demo;
    {
        DecisionEditor editor(demo.session, draftCase);
        editor.pages()->setCurrentIndex(DecisionEditor::PracticePage);
        QTreeWidget *tree = editor.practicePane()->tree();
        tree->setCurrentItem(tree->topLevelItem(0));
        CHECK_FALSE(editor.practicePane()->reuseButton()->isEnabled());
        CHECK_FALSE(editor.practicePane()->reuseCurrent());
        CHECK(editor.undoStack()->count() == 0);
    }
    DecisionEditor locked(demo.session, closestCase); // approved: read only
    REQUIRE(locked.isReadOnly());
    locked.pages()->setCurrentIndex(DecisionEditor::PracticePage);
    QTreeWidget *tree = locked.practicePane()->tree();
    REQUIRE(tree->topLevelItemCount() >= 1);
    CHECK_FALSE(tree->topLevelItem(0)->text(0).startsWith(closestCase)); // never the case itself
    QTreeWidgetItem *reasons = child(tree->topLevelItem(0), QStringLiteral("Reasons"));
    REQUIRE(reasons);
    tree->setCurrentItem(reasons);
    CHECK_FALSE(locked.practicePane()->reuseButton()->isEnabled());
    CHECK_FALSE(locked.practicePane()->reuseCurrent());
    CHECK(locked.undoStack()->count() == 0);
}

TEST_CASE("Earlier practice in bokmål", "[ui][practice]")
{
    installTranslations(QStringLiteral("nb"));
    Demo demo;
    DecisionEditor editor(demo.session, draftCase);
    editor.show();
    editor.pages()->setCurrentIndex(DecisionEditor::PracticePage);
    QTreeWidget *tree = editor.practicePane()->tree();
    CHECK(tree->topLevelItemCount() >= 2);
    saveScreenshot(editor, QStringLiteral("practice-nb.png"));
    QTreeWidgetItem *dar = child(topItem(tree, refusedDarCase), QStringLiteral("DAR"));
    REQUIRE(dar);
    dar->parent()->setExpanded(true);
    tree->setCurrentItem(dar);
    CHECK(editor.practicePane()->reuseButton()->isEnabled());
    saveScreenshot(editor, QStringLiteral("practice-nb-reason.png"));
    installTranslations(QStringLiteral("en"));
}
