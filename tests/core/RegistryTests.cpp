// The registry catalogue as data: seeded, editable by an admin only, audited.
#include "TestSupport.h"
#include "casework/AuditLog.h"
#include "registry/RegistryCatalogue.h"

#include <catch2/catch_test_macros.hpp>

using namespace fv;

TEST_CASE("an admin edits a registry's manager and variables; others are refused", "[registry]")
{
    test::TempDb t;
    auto registries = loadRegistryMap(t.db());
    REQUIRE(registries.ok());
    Registry npr = registries->at(QStringLiteral("NPR"));
    CHECK(npr.manager == QStringLiteral("Folkehelseinstituttet"));
    npr.manager = QStringLiteral("Helsedirektoratet");
    npr.variables.push_back({QStringLiteral("hastegrad"), QStringLiteral("Kontakt"), QStringLiteral("Hastegrad")});

    auto ola = Users::actor(t.db(), QStringLiteral("ola")).value();
    auto refused = saveRegistry(t.db(), ola, npr);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("admin"), Qt::CaseInsensitive));

    auto admin = Users::actor(t.db(), QStringLiteral("admin")).value();
    REQUIRE(saveRegistry(t.db(), admin, npr).ok());
    const Registry after = loadRegistryMap(t.db())->at(QStringLiteral("NPR"));
    CHECK(after.manager == QStringLiteral("Helsedirektoratet"));
    CHECK(after.variables.back().name == QStringLiteral("hastegrad"));
    CHECK(AuditLog::verify(t.db()).ok());

    Registry twice = after;
    twice.variables.push_back(twice.variables.front());
    CHECK_FALSE(saveRegistry(t.db(), admin, twice).ok());
    Registry nameless = after;
    nameless.manager.clear();
    CHECK_FALSE(saveRegistry(t.db(), admin, nameless).ok());
}

TEST_CASE("requested variables outside the catalogue are kept (a warning, not a refusal)", "[registry]")
{
    test::TempDb t;
    QByteArray bytes = test::readFile(test::specFile(QStringLiteral("example-application.json")));
    bytes.replace("\"DDD\"", "\"egendefinert variabel\"");
    auto cases = t.as(QStringLiteral("ola"));
    auto number = cases.importApplication(bytes, QStringLiteral("x.json"));
    REQUIRE(number.ok());
    CHECK(cases.load(number.value())
              ->application.dataSources.back()
              .variables.contains(QStringLiteral("egendefinert variabel")));
}
