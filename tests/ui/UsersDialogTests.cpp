// Administration → Users as an administrator and as a caseworker use it: every change is the
// core's operation, refusals show inline in the core's words, and the dialog works by keyboard.
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "admin/UsersDialog.h"
#include "admin/UsersModel.h"
#include "casework/AuditLog.h"
#include "casework/Users.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch_test_macros.hpp>

using namespace fv;
using fv::test::TempDb;

namespace {

void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("FV_SCREENSHOT_DIR");
    QApplication::processEvents(); // the layout follows the last change first
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}

// The test office (admin, ola, lise, kari) plus a second admin who is also a lawyer, berit, opened in a Session as
// `login` for as long as it lives.
struct Office
{
    TempDb t;
    Session session;
    explicit Office(const char *login)
    {
        REQUIRE(Users::add(t.db(), QStringLiteral("admin"), QStringLiteral("berit"), {Role::Admin, Role::Lawyer},
                           QStringLiteral("Berit Dahl"))
                    .ok());
        qputenv("FELLESVEDTAK_USER", login);
        const Status opened = session.open(t.path());
        qunsetenv("FELLESVEDTAK_USER");
        REQUIRE(opened.ok());
    }
    User user(const char *login)
    {
        auto u = Users::find(t.db(), QLatin1String(login));
        REQUIRE(u.ok());
        REQUIRE(u.value().has_value());
        return *u.value();
    }
    QString users()
    {
        return t.db()
            .scalar(QStringLiteral("SELECT group_concat(login || full_name || title || roles || active || row_version) "
                                   "FROM app_user"))
            ->toString();
    }
};

template<typename W>
W *named(QWidget &parent, const QString &accessibleName)
{
    for (W *w : parent.findChildren<W *>())
        if (w->accessibleName() == accessibleName)
            return w;
    FAIL("no widget named " << accessibleName.toStdString());
    return nullptr;
}

QCheckBox *roleBox(QWidget &parent, Role role)
{
    for (QCheckBox *box : parent.findChildren<QCheckBox *>())
        if (box->text() == roleDisplayName(role))
            return box;
    FAIL("no checkbox for " << toCode(role).toStdString());
    return nullptr;
}

QPushButton *button(QWidget &parent, const QString &text)
{
    for (QPushButton *b : parent.findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

QString cell(QTableView *table, const QString &login, int column)
{
    auto *model = static_cast<UsersModel *>(table->model());
    return model->index(model->rowOf(login), column).data().toString();
}

} // namespace

TEST_CASE("an admin edits a user's name, title, roles and status in the dialog", "[ui][users]")
{
    Office o("admin");
    UsersDialog dialog(o.session);
    dialog.show();
    REQUIRE(dialog.isEditable());
    auto *table = named<QTableView>(dialog, QStringLiteral("Users"));
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(table->model()->rowCount() == 5);

    dialog.selectUser(QStringLiteral("ola"));
    auto *fullName = named<QLineEdit>(dialog, QStringLiteral("Full name"));
    auto *title = named<QLineEdit>(dialog, QStringLiteral("Title"));
    CHECK(fullName->text() == QLatin1String("Ola Nordmann"));
    fullName->setText(QStringLiteral("Ola Nordmann Berg"));
    title->setText(QStringLiteral("seniorrådgiver"));
    QTest::mouseClick(button(dialog, QStringLiteral("&Save name and title")), Qt::LeftButton);
    CHECK(o.user("ola").fullName == QLatin1String("Ola Nordmann Berg"));
    CHECK(o.user("ola").title == QStringLiteral("seniorrådgiver"));
    CHECK(cell(table, QStringLiteral("ola"), UsersModel::Title) == QStringLiteral("seniorrådgiver"));
    CHECK(dialog.message() == QLatin1String("The name and title of ola are saved."));

    QTest::mouseClick(roleBox(dialog, Role::Lawyer), Qt::LeftButton);
    CHECK(o.user("ola").roleCodes() == QStringList{QStringLiteral("adviser"), QStringLiteral("lawyer")});
    CHECK(cell(table, QStringLiteral("ola"), UsersModel::Roles) == QLatin1String("Adviser, Lawyer"));

    QTest::mouseClick(button(dialog, QStringLiteral("&Deactivate")), Qt::LeftButton);
    CHECK_FALSE(o.user("ola").active);
    CHECK(cell(table, QStringLiteral("ola"), UsersModel::Status) == QLatin1String("Deactivated"));
    CHECK(named<QLabel>(dialog, QStringLiteral("Status"))->text() == QLatin1String("Deactivated"));
    saveScreenshot(dialog, QStringLiteral("users-dialog.png"));
    QTest::mouseClick(button(dialog, QStringLiteral("&Reactivate")), Qt::LeftButton);
    CHECK(o.user("ola").active);

    // Each change one event, and the trail intact.
    const auto kinds = o.t.db().scalar(QStringLiteral(
        "SELECT group_concat(kind) FROM (SELECT kind FROM event "
        "ORDER BY id DESC LIMIT 4)"));
    CHECK(kinds->toString() == QLatin1String("user-reactivated,user-deactivated,user-roles,user-details"));
    CHECK(AuditLog::verify(o.t.db()).ok());
}

TEST_CASE("a refusal shows inline in the core's words and changes nothing", "[ui][users]")
{
    Office o("berit");
    UsersDialog dialog(o.session);
    dialog.show();
    dialog.selectUser(QStringLiteral("berit"));
    const QString before = o.users();
    QCheckBox *admin = roleBox(dialog, Role::Admin);
    REQUIRE(admin->isChecked());
    QTest::mouseClick(admin, Qt::LeftButton);
    const auto refusal = Users::removeRole(o.t.db(), QStringLiteral("berit"), QStringLiteral("berit"), Role::Admin);
    REQUIRE_FALSE(refusal.ok());
    CHECK(dialog.message() == refusal.error().toString());
    CHECK(dialog.message().contains(QStringLiteral("Nobody changes their own roles")));
    CHECK(admin->isChecked()); // back to what is stored
    CHECK(o.users() == before);

    // A name that is refused stays in the field to be corrected.
    auto *fullName = named<QLineEdit>(dialog, QStringLiteral("Full name"));
    fullName->setText(QString(120, QLatin1Char('x')));
    CHECK_FALSE(dialog.saveDetails());
    CHECK(dialog.message().contains(QStringLiteral("longer than 100 characters")));
    CHECK(fullName->text().size() == 120);
    CHECK(o.users() == before);
    // The message is about berit: it goes when the admin moves on to someone else.
    dialog.selectUser(QStringLiteral("kari"));
    CHECK(dialog.message().isEmpty());
}

TEST_CASE("two admins: the second save is refused naming the first, and the form shows their change",
          "[ui][users][concurrency]")
{
    Office o("admin");
    UsersDialog dialog(o.session);
    dialog.show();
    dialog.selectUser(QStringLiteral("kari"));
    // berit changes kari while the dialog has her open.
    REQUIRE(Users::setDetails(o.t.db(), QStringLiteral("berit"), QStringLiteral("kari"),
                              {std::nullopt, QStringLiteral("seksjonssjef")})
                .ok());
    auto *title = named<QLineEdit>(dialog, QStringLiteral("Title"));
    title->setText(QStringLiteral("avdelingsdirektør"));
    CHECK_FALSE(dialog.saveDetails());
    CHECK(dialog.message().startsWith(QStringLiteral("Berit Dahl (berit) changed the user kari at ")));
    CHECK(o.user("kari").title == QLatin1String("seksjonssjef"));
    CHECK(title->text() == QLatin1String("seksjonssjef")); // reloaded: what is stored now
    // Made again on what is there now, the change goes through.
    title->setText(QStringLiteral("avdelingsdirektør"));
    CHECK(dialog.saveDetails());
    CHECK(o.user("kari").title == QStringLiteral("avdelingsdirektør"));
}

TEST_CASE("an admin adds a user in the dialog", "[ui][users]")
{
    Office o("admin");
    UsersDialog dialog(o.session);
    dialog.show();
    QTest::mouseClick(button(dialog, QStringLiteral("&New user")), Qt::LeftButton);
    auto *login = named<QLineEdit>(dialog, QStringLiteral("Login"));
    CHECK(login->isEnabled());
    CHECK(login->text().isEmpty());
    QTest::keyClicks(login, QStringLiteral("eva"));
    named<QLineEdit>(dialog, QStringLiteral("Full name"))->setText(QStringLiteral("Eva Ås"));
    named<QLineEdit>(dialog, QStringLiteral("Title"))->setText(QStringLiteral("rådgiver"));
    // No role yet: refused inline, nothing added.
    QTest::mouseClick(button(dialog, QStringLiteral("&Add user")), Qt::LeftButton);
    CHECK(dialog.message() == QLatin1String("Give the user at least one role."));
    CHECK_FALSE(Users::find(o.t.db(), QStringLiteral("eva"))->has_value());

    QTest::mouseClick(roleBox(dialog, Role::Adviser), Qt::LeftButton);
    QTest::mouseClick(button(dialog, QStringLiteral("&Add user")), Qt::LeftButton);
    const User eva = o.user("eva");
    CHECK(eva.fullName == QStringLiteral("Eva Ås"));
    CHECK(eva.title == QStringLiteral("rådgiver"));
    CHECK(eva.roleCodes() == QStringList{QStringLiteral("adviser")});
    CHECK(named<QTableView>(dialog, QStringLiteral("Users"))->model()->rowCount() == 6);
    CHECK_FALSE(login->isEnabled()); // the new user is selected, its login fixed
    CHECK(login->text() == QLatin1String("eva"));
}

TEST_CASE("a caseworker sees the users read-only, with the rule book's reason", "[ui][users][roles]")
{
    Office o("ola");
    UsersDialog dialog(o.session);
    dialog.show();
    CHECK_FALSE(dialog.isEditable());
    CHECK(dialog.message().contains(QStringLiteral("ola may not administer users")));
    dialog.selectUser(QStringLiteral("kari"));
    for (const char *name : {"Login", "Full name", "Title"})
        CHECK_FALSE(named<QLineEdit>(dialog, QLatin1String(name))->isEnabled());
    for (Role role : allRoles())
        CHECK_FALSE(roleBox(dialog, role)->isEnabled());
    CHECK_FALSE(button(dialog, QStringLiteral("&Deactivate"))->isEnabled());
    CHECK_FALSE(button(dialog, QStringLiteral("&New user"))->isEnabled());
    const QString before = o.users();
    CHECK_FALSE(dialog.setActive(false)); // even when called, the core refuses
    CHECK(o.users() == before);
}

TEST_CASE("the users dialog works by keyboard and Escape closes it", "[ui][users][keyboard]")
{
    Office o("admin");
    UsersDialog dialog(o.session);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *table = named<QTableView>(dialog, QStringLiteral("Users"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down); // moves the selection: the form follows
    const QString selected = named<QLineEdit>(dialog, QStringLiteral("Login"))->text();
    CHECK_FALSE(selected.isEmpty());
    QTest::keyClick(table, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == named<QLineEdit>(dialog, QStringLiteral("Full name")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == named<QLineEdit>(dialog, QStringLiteral("Title")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == roleBox(dialog, Role::Adviser));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
}

TEST_CASE("the Administration menu opens the users", "[ui][users]")
{
    Office o("admin");
    MainWindow window(o.session);
    QAction *users = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->text() == QLatin1String("&Administration"))
            for (QAction *a : menu->menu()->actions())
                if (a->text() == QStringLiteral("&Users…"))
                    users = a;
    REQUIRE(users);
    bool opened = false;
    QTimer::singleShot(0, [&opened] {
        if (auto *dialog = qobject_cast<UsersDialog *>(QApplication::activeModalWidget())) {
            opened = true;
            dialog->reject();
        }
    });
    users->trigger();
    CHECK(opened);
}
