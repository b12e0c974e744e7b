#include "demo/DemoData.h"

#include "application/ApplicationJson.h"
#include "casework/CaseService.h"
#include "decision/DecisionService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>

#include <map>

namespace fv {
namespace {

struct DemoUser
{
    const char *login;
    const char *name;
    std::vector<Role> roles;
};

const std::vector<DemoUser> &demoUsers()
{
    static const std::vector<DemoUser> users = {
        {"ingrid.hauge", "Ingrid Hauge", {Role::Adviser}},
        {"lars.myklebust", "Lars Myklebust", {Role::Lawyer}},
        {"sofie.aas", "Sofie Aas", {Role::DecisionMaker}},
        {"erik.saether", "Erik Sæther", {Role::Adviser, Role::DecisionMaker}},
    };
    return users;
}

// How far each demo case (by file order) gets, so the list shows a working office.
enum class Stage { Received, Draft, Submitted, Approved };

Stage stageFor(int index)
{
    static const Stage stages[] = {
        Stage::Approved, Stage::Submitted, Stage::Approved,  Stage::Draft,    Stage::Received,
        Stage::Draft,    Stage::Received,  Stage::Submitted, Stage::Received, Stage::Received};
    return index < 10 ? stages[index] : Stage::Received;
}

Result<User> ensureUser(Database &db, const QString &acting, const QString &login, const QString &name,
                        const std::vector<Role> &roles)
{
    auto existing = Users::find(db, login);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value();
    return Users::add(db, acting, login, roles, name);
}

// Gives the second decided demo case a refusal and a removed variable, so the
// demo shows a partly granted decision.
Status varyOutcome(DecisionService &decisions, CaseService &cases, const QString &number)
{
    auto rec = cases.load(number);
    if (!rec || !rec->currentDecision())
        return ok();
    Decision d = *rec->currentDecision();
    if (d.entries.size() < 2)
        return ok();
    RegistryDecision &last = d.entries.back();
    last.outcome = Outcome::Refused;
    last.reason = QStringLiteral("Opplysningene er ikke nødvendige for å besvare prosjektets problemstillinger.");
    RegistryDecision &first = d.entries.front();
    if (first.variables.size() > 1) {
        first.outcome = Outcome::PartlyGranted;
        first.variables.back().approved = false;
        first.variables.back().reason = QStringLiteral("Variabelen er ikke nødvendig for formålet (dataminimering).");
    }
    return decisions.saveDraft(number, d);
}

} // namespace

Status createDemoData(Database &db, const QString &actingLogin)
{
    auto count = db.scalar(QStringLiteral("SELECT count(*) FROM fv_case"));
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return fail(QStringLiteral("the database already has cases; demo data goes into a new database"), db.path());

    Transaction tx(db);
    if (!tx.isOpen())
        return tx.error();
    auto me = ensureUser(
        db, actingLogin, actingLogin, actingLogin, {Role::Adviser, Role::Lawyer, Role::DecisionMaker, Role::Admin});
    if (!me)
        return me.error();
    std::map<QString, User> users;
    for (const DemoUser &u : demoUsers()) {
        auto made = ensureUser(db, me->login, QLatin1String(u.login), QString::fromUtf8(u.name), u.roles);
        if (!made)
            return made.error();
        users.emplace(made->login, made.value());
    }
    CaseService asAdviser(db, users.at(QStringLiteral("ingrid.hauge")));
    CaseService asApprover(db, users.at(QStringLiteral("sofie.aas")));
    DecisionService drafting(asAdviser);
    DecisionService approving(asApprover);

    const QStringList files =
        QDir(QStringLiteral(":/demo")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    std::vector<QString> numbers;
    for (int i = 0; i < files.size(); ++i) {
        QFile f(QStringLiteral(":/demo/") + files.at(i));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read demo file %1").arg(files.at(i)));
        auto app = parseApplicationJson(f.readAll(), files.at(i));
        if (!app)
            return app.error();
        // The demo files refer to earlier demo cases as 26/00001 etc.; point them at the
        // numbers this database really gave those cases.
        if (app->kind == ApplicationKind::Change) {
            const int earlier = app->changeOf.section(QLatin1Char('/'), 1).toInt();
            if (earlier >= 1 && earlier <= static_cast<int>(numbers.size()))
                app->changeOf = numbers.at(static_cast<size_t>(earlier - 1));
        }
        auto number = asAdviser.registerApplication(app.value(), files.at(i));
        if (!number)
            return number.error();
        numbers.push_back(number.value());
        const Stage stage = stageFor(i);
        if (stage == Stage::Received)
            continue;
        if (auto d = drafting.draft(number.value()); !d)
            return d.error();
        if (i == 2)
            if (auto s = varyOutcome(drafting, asAdviser, number.value()); !s)
                return s;
        if (stage == Stage::Draft)
            continue;
        if (auto s = drafting.submit(number.value()); !s)
            return s;
        if (stage == Stage::Approved)
            if (auto s = approving.approve(number.value()); !s)
                return s;
    }
    return tx.commit();
}

} // namespace fv
