// Submitting a decision from the window: a refusal without its reason is not offered, and a
// consultation still open is named in a question the caseworker answers before the draft goes.
#include "Clock.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "casework/AuditLog.h"
#include "casework/CaseView.h"
#include "casework/CaseworkService.h"
#include "decision/DecisionEditor.h"
#include "decision/DecisionService.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QTemporaryDir>

#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

const QString number = QStringLiteral("26/00005"); // a received demo case

// A draft of the demo case with the legal assessment settled, in the window.
void draftInWindow(Session &session, MainWindow &window)
{
    REQUIRE(test::prepareForDraft(session.cases(), number).ok());
    REQUIRE(window.selectCase(number));
    window.action(QStringLiteral("draft"))->trigger();
    REQUIRE(test::settleAssessment(session.cases(), number).ok());
    session.notifyCasesChanged();
}

CaseStatus status(Session &session)
{
    return session.cases().load(number)->summary.status;
}

} // namespace

TEST_CASE("submitting with an open consultation asks first and records the answer", "[ui][submit]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    MainWindow window(session);
    window.show();
    draftInWindow(session, window);
    const QString registry = session.cases().load(number)->application.registryCodes().first();
    REQUIRE(CaseworkService(session.cases()).consult(number, registry, today().addDays(20)).ok());
    session.notifyCasesChanged();
    QAction *submit = window.action(QStringLiteral("submit"));
    REQUIRE(submit->isEnabled());

    // "No": nothing is submitted.
    Dialogs::setNextConfirmation(false);
    submit->trigger();
    CHECK(Dialogs::lastQuestion().contains(registry));
    CHECK(Dialogs::lastQuestion().contains(QStringLiteral("not yet answered the consultation")));
    CHECK(status(session) == CaseStatus::DecisionDraft);

    // "Yes": submitted, and the event says so.
    Dialogs::setNextConfirmation(true);
    submit->trigger();
    CHECK(status(session) == CaseStatus::AwaitingApproval);
    auto events = AuditLog::forCase(session.database(), session.cases().load(number)->summary.id);
    REQUIRE(events.ok());
    CHECK(std::any_of(events->begin(), events->end(), [&](const Event &e) {
        return e.detail.contains(QStringLiteral("consultations still open: ") + registry);
    }));
}

TEST_CASE("a refusal without its reason is not offered for approval", "[ui][submit]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    MainWindow window(session);
    window.show();
    draftInWindow(session, window);
    const Status refused = DecisionService(session.cases()).editDraft(number, [](const CaseRecord &, Decision &d) {
        d.entries.front().outcome = Outcome::Refused;
        return ok();
    });
    REQUIRE(refused.ok());
    const QString registry = session.cases().load(number)->currentDecision()->entries.front().registry;
    session.notifyCasesChanged();
    QAction *submit = window.action(QStringLiteral("submit"));
    CHECK_FALSE(submit->isEnabled());
    CHECK(submit->toolTip().contains(QStringLiteral("without the reasons for what is refused")));
    CHECK(submit->toolTip().contains(registry));
    submit->trigger(); // a disabled action does nothing
    CHECK(status(session) == CaseStatus::DecisionDraft);
}

TEST_CASE("the decision editor shows what a refusal saves: no exemption and no conditions", "[ui][refusal]")
{
    QTemporaryDir dir;
    Session session;
    REQUIRE(session.createDemo(dir.filePath(QStringLiteral("demo.db"))).ok());
    REQUIRE(test::prepareForDraft(session.cases(), number).ok());
    REQUIRE(DecisionService(session.cases()).draft(number).ok());
    DecisionEditor editor(session, number);
    REQUIRE_FALSE(editor.state().decision.conditions.empty());
    editor.edit(QStringLiteral("refuse all"), [](DecisionEditorState &s) {
        for (RegistryDecision &e : s.decision.entries) {
            e.outcome = Outcome::Refused;
            e.reason = QStringLiteral("Ikke nødvendig for formålet.");
        }
    });
    REQUIRE(editor.save());
    CHECK(editor.state().decision.conditions.empty());
    CHECK_FALSE(editor.state().decision.exemption.granted);
    CHECK_FALSE(editor.isModified());
    const Decision stored = *session.cases().load(number)->currentDecision();
    CHECK(editor.state().decision.reasons == stored.reasons);
    CHECK(stored.conditions.empty());
}
