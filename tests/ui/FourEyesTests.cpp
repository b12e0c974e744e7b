// The four-eyes rule in the window: a caseworker who holds both lawyer and decision-maker and
// edited a colleague's draft is offered no approval of it, and the tooltip is the rule book's
// refusal; a decision-maker who had no part in the version approves it from the same window.
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "casework/CaseView.h"
#include "decision/DecisionService.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

CaseService as(Session &session, const QString &login)
{
    auto user = Users::find(session.database(), login);
    REQUIRE(user.ok());
    REQUIRE(user->has_value());
    return CaseService(session.database(), **user);
}

// Runs `body` with the window's acting user set to `login` (Session reads FELLESVEDTAK_USER).
struct ActingAs
{
    explicit ActingAs(const char *login) : m_previous(qgetenv("FELLESVEDTAK_USER"))
    {
        qputenv("FELLESVEDTAK_USER", login);
    }
    ~ActingAs() { qputenv("FELLESVEDTAK_USER", m_previous); }
    QByteArray m_previous;
};

} // namespace

TEST_CASE("a lawyer and decision-maker who edited a colleague's draft cannot approve it in the window",
          "[ui][four-eyes]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    const QString number = QStringLiteral("26/00005");
    {
        Session maker;
        REQUIRE(maker.createDemo(path).ok());
    }
    {
        // Ingrid (adviser) drafts, Erik (adviser and decision-maker) edits her draft, Ingrid submits.
        ActingAs admin("ingrid.hauge");
        Session s;
        REQUIRE(s.open(path).ok());
        CaseService ingrid = as(s, QStringLiteral("ingrid.hauge"));
        REQUIRE(test::prepareForDraft(ingrid, number).ok());
        REQUIRE(DecisionService(ingrid).draft(number).ok());
        CaseService lars = as(s, QStringLiteral("lars.myklebust"));
        REQUIRE(test::settleAssessment(lars, number).ok());
        CaseService erik = as(s, QStringLiteral("erik.saether"));
        REQUIRE(erik.actor().has(Role::DecisionMaker));
        REQUIRE(DecisionService(erik)
                    .editDraft(number,
                               [](const CaseRecord &, Decision &d) {
                                   d.conditions.push_back({QString(), QStringLiteral("Et ekstra vilkår.")});
                                   return ok();
                               })
                    .ok());
        REQUIRE(DecisionService(ingrid).submit(number).ok());
    }
    {
        ActingAs erik("erik.saether");
        Session session;
        REQUIRE(session.open(path).ok());
        MainWindow window(session);
        REQUIRE(window.selectCase(number));
        QAction *approve = window.action(QStringLiteral("approve"));
        CHECK_FALSE(approve->isEnabled());
        CHECK(approve->toolTip().contains(QStringLiteral("may not approve it")));
        CHECK(approve->toolTip().contains(QStringLiteral("four-eyes")));
        // Ctrl+G on a disabled action does nothing; the core refuses the same way.
        approve->trigger();
        CHECK(session.cases().load(number)->currentDecision()->status == DecisionStatus::Submitted);
        CHECK_FALSE(DecisionService(session.cases()).approve(number).ok());
    }
    {
        ActingAs sofie("sofie.aas");
        Session session;
        REQUIRE(session.open(path).ok());
        MainWindow window(session);
        REQUIRE(window.selectCase(number));
        QAction *approve = window.action(QStringLiteral("approve"));
        REQUIRE(approve->isEnabled());
        Dialogs::setNextConfirmation(true);
        approve->trigger();
        CHECK(session.cases().load(number)->currentDecision()->status == DecisionStatus::Approved);
    }
}
