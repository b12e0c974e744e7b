// Earlier practice: which approved decisions a case is shown, in which order, and what of each
// (outcomes, reasons, conditions); never the case itself, never a draft. Also `practice` on
// the command line.
#include "TestSupport.h"
#include "application/ApplicationJson.h"
#include "decision/DecisionStore.h"
#include "decision/Practice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace fv;

namespace {

Application example()
{
    auto app = parseApplicationJson(test::readFile(test::specFile(QStringLiteral("example-application.json"))),
                                    QStringLiteral("example-application.json"));
    if (!app)
        throw std::runtime_error(app.error().toString().toStdString());
    return app.value();
}

DataSource source(const char *registry, const QStringList &variables)
{
    DataSource s;
    s.registry = QLatin1String(registry);
    s.periodFrom = QDate(2010, 1, 1);
    s.periodTo = QDate(2020, 12, 31);
    s.variables = variables;
    s.justification = QStringLiteral("Nødvendig for problemstillingen.");
    return s;
}

const QStringList mfr = {QStringLiteral("FAAR"), QStringLiteral("MORS_ALDER"), QStringLiteral("PARITET")};
const QStringList npr = {QStringLiteral("hovedtilstand"), QStringLiteral("bitilstand"), QStringLiteral("innDato")};
const QStringList otherNpr = {QStringLiteral("utDato"), QStringLiteral("prosedyrekoder")};
const QStringList dar = {QStringLiteral("DODSDATO"), QStringLiteral("UNDERLIGGENDE_DODSARSAK")};
const QStringList krg = {QStringLiteral("DIAGNOSEDATO")};

// A test office where cases are registered and decisions stored as they would stand after
// approval (or as drafts), with the approval dates a test needs.
struct Office
{
    test::TempDb t;
    int next = 100;

    Office() { qputenv("FELLESVEDTAK_TODAY", "2026-11-22"); }
    ~Office() { qunsetenv("FELLESVEDTAK_TODAY"); }

    QString addCase(std::vector<DataSource> sources, const QString &purpose = QStringLiteral("medical-health-research"))
    {
        Application a = example();
        a.reference = QStringLiteral("HD-2026-%1").arg(next++, 6, 10, QLatin1Char('0'));
        a.project.title = QStringLiteral("Prosjekt %1").arg(next);
        a.project.purpose = purpose;
        a.dataSources = std::move(sources);
        auto number = t.as(QStringLiteral("ola")).registerApplication(a, QStringLiteral("a.json"));
        REQUIRE(number.ok());
        return number.value();
    }

    qint64 caseId(const QString &caseNumber)
    {
        auto id = t.db().scalar(QStringLiteral("SELECT id FROM fv_case WHERE case_number = ?"), {caseNumber});
        REQUIRE(id.ok());
        return id->toLongLong();
    }

    // A decision on every registry the case asks for, granted unless `change` says otherwise.
    qint64 decide(const QString &caseNumber, const QDate &approvedOn,
                  const std::function<void(Decision &)> &change = {}, DecisionStatus status = DecisionStatus::Approved)
    {
        auto rec = t.as(QStringLiteral("ola")).load(caseNumber);
        REQUIRE(rec.ok());
        Decision d;
        d.version = static_cast<int>(rec->decisions.size()) + 1;
        d.status = status;
        for (const DataSource &s : rec->application.dataSources) {
            RegistryDecision e;
            e.registry = s.registry;
            e.periodFrom = s.periodFrom;
            e.periodTo = s.periodTo;
            for (const QString &v : s.variables)
                e.variables.push_back({v, true, {}});
            d.entries.push_back(std::move(e));
        }
        d.reasons = QStringLiteral("Opplysningene er nødvendige for formålet.");
        d.draftedBy = QStringLiteral("ola");
        d.draftedAt = QDateTime(approvedOn.addDays(-5), QTime(10, 0));
        if (status == DecisionStatus::Approved) {
            d.approvedBy = QStringLiteral("kari");
            d.approvedAt = QDateTime(approvedOn, QTime(12, 0));
        }
        if (change)
            change(d);
        auto id = DecisionStore::save(t.db(), caseId(caseNumber), d);
        REQUIRE(id.ok());
        return id.value();
    }

    std::vector<PracticeMatch> practiceFor(const QString &caseNumber, int limit = 10)
    {
        auto query = Practice::queryForCase(t.db(), caseNumber);
        REQUIRE(query.ok());
        query->limit = limit;
        auto found = Practice::find(t.db(), query.value());
        REQUIRE(found.ok());
        return found.value();
    }
};

QStringList caseNumbers(const std::vector<PracticeMatch> &matches)
{
    QStringList out;
    for (const PracticeMatch &m : matches)
        out << m.caseNumber;
    return out;
}

} // namespace

TEST_CASE("Practice ranks a decision on the same registries above one sharing only some")
{
    Office o;
    const QString draft = o.addCase({source("MFR", mfr), source("NPR", npr)});
    const QString some = o.addCase({source("MFR", mfr), source("KRG", krg)});
    const QString same = o.addCase({source("MFR", mfr), source("NPR", npr)});
    const QString unrelated = o.addCase({source("KRG", krg)});
    // The partial match is the newer one: closeness still comes first.
    o.decide(same, QDate(2026, 3, 1));
    o.decide(some, QDate(2026, 10, 1));
    o.decide(unrelated, QDate(2026, 10, 2));

    const auto found = o.practiceFor(draft);
    CHECK(caseNumbers(found) == QStringList{same, some}); // a decision sharing no registry is not practice here
    CHECK(found[0].registrySimilarity == 1.0);
    CHECK(found[1].registrySimilarity < 1.0);
    CHECK(found[0].sharedRegistries == QStringList{QStringLiteral("MFR"), QStringLiteral("NPR")});
    CHECK(found[1].sharedRegistries == QStringList{QStringLiteral("MFR")});
}

TEST_CASE("Practice ranks overlapping variables above disjoint ones in the same registry")
{
    Office o;
    const QString draft = o.addCase({source("NPR", npr)});
    const QString overlapping = o.addCase({source("NPR", {npr[0], npr[1], otherNpr[0]})});
    const QString disjoint = o.addCase({source("NPR", otherNpr)});
    o.decide(overlapping, QDate(2025, 1, 10));
    o.decide(disjoint, QDate(2026, 11, 1)); // newer, but asks for other variables

    const auto found = o.practiceFor(draft);
    REQUIRE(caseNumbers(found) == QStringList{overlapping, disjoint});
    CHECK(found[0].variableSimilarity == 0.5); // 2 shared of 4 together
    CHECK(found[1].variableSimilarity == 0.0);
}

TEST_CASE("Practice puts the newer of two equally close decisions first")
{
    Office o;
    const QString draft = o.addCase({source("DAR", dar)});
    const QString older = o.addCase({source("DAR", dar)});
    const QString newer = o.addCase({source("DAR", dar)});
    const QString middle = o.addCase({source("DAR", dar)});
    o.decide(older, QDate(2022, 5, 1));
    o.decide(newer, QDate(2026, 9, 1));
    o.decide(middle, QDate(2024, 5, 1));

    const auto found = o.practiceFor(draft);
    CHECK(caseNumbers(found) == QStringList{newer, middle, older});
    CHECK(found[0].approvedOn == QDate(2026, 9, 1));
    CHECK(caseNumbers(o.practiceFor(draft, 2)) == QStringList{newer, middle}); // the limit holds
}

TEST_CASE("Practice prefers the same purpose when registries and variables are as close")
{
    Office o;
    const QString draft = o.addCase({source("DAR", dar)}, QStringLiteral("medical-health-research"));
    const QString otherPurpose = o.addCase({source("DAR", dar)}, QStringLiteral("statistics"));
    const QString samePurpose = o.addCase({source("DAR", dar)}, QStringLiteral("medical-health-research"));
    o.decide(otherPurpose, QDate(2026, 6, 1));
    o.decide(samePurpose, QDate(2026, 5, 1)); // a month older

    const auto found = o.practiceFor(draft);
    REQUIRE(caseNumbers(found) == QStringList{samePurpose, otherPurpose});
    CHECK(found[0].samePurpose);
    CHECK_FALSE(found[1].samePurpose);
}

TEST_CASE("Practice never shows the case itself, drafts, decisions awaiting approval or superseded ones")
{
    Office o;
    const QString draft = o.addCase({source("DAR", dar)});
    const QString drafted = o.addCase({source("DAR", dar)});
    const QString submitted = o.addCase({source("DAR", dar)});
    const QString replaced = o.addCase({source("DAR", dar)});
    const QString approved = o.addCase({source("DAR", dar)});
    o.decide(draft, QDate(2026, 1, 1)); // an earlier approved decision of this very case
    o.decide(drafted, QDate(2026, 11, 20), {}, DecisionStatus::Draft);
    o.decide(submitted, QDate(2026, 11, 20), {}, DecisionStatus::Submitted);
    o.decide(replaced, QDate(2026, 11, 20), [](Decision &d) { d.status = DecisionStatus::Superseded; });
    o.decide(approved, QDate(2020, 1, 1));

    CHECK(caseNumbers(o.practiceFor(draft)) == QStringList{approved});
    // Asked from another case, the first case's approved decision is practice like any other.
    CHECK(caseNumbers(o.practiceFor(drafted)) == QStringList{draft, approved});
}

TEST_CASE("Practice returns each registry's outcome, the reasons and the conditions")
{
    Office o;
    const QString draft = o.addCase({source("MFR", mfr), source("DAR", dar)});
    const QString earlier = o.addCase({source("MFR", mfr), source("DAR", dar)});
    o.decide(earlier, QDate(2026, 4, 1), [](Decision &d) {
        d.entries[0].outcome = Outcome::PartlyGranted;
        d.entries[0].variables[2].approved = false;
        d.entries[0].variables[2].reason = QStringLiteral("Paritet trengs ikke.");
        d.entries[0].reason = QStringLiteral("Én variabel er tatt ut (dataminimering).");
        d.entries[1].outcome = Outcome::Refused;
        d.entries[1].reason = QStringLiteral("Dødsårsak er ikke nødvendig for problemstillingen.");
        d.reasons = QStringLiteral(
            "Formålet er klart angitt, og behandlingen er av vesentlig interesse for samfunnet.");
        d.conditions = {{QStringLiteral("storage"), QStringLiteral("Dataene skal bare lagres i TSD.")},
                        {QString(), QStringLiteral("Et eget vilkår.")}};
    });

    const auto found = o.practiceFor(draft);
    REQUIRE(found.size() == 1);
    const PracticeMatch &m = found[0];
    CHECK(m.overall == OverallResult::PartlyGranted);
    CHECK(m.approvedOn == QDate(2026, 4, 1));
    REQUIRE(m.entries.size() == 2);
    CHECK(m.entries[0].registry == QLatin1String("MFR"));
    CHECK(m.entries[0].outcome == Outcome::PartlyGranted);
    CHECK(m.entries[0].reason == QStringLiteral("Én variabel er tatt ut (dataminimering)."));
    CHECK_FALSE(m.entries[0].variables[2].approved);
    CHECK(m.entries[0].variables[2].reason == QStringLiteral("Paritet trengs ikke."));
    CHECK(m.entries[1].outcome == Outcome::Refused);
    CHECK(m.entries[1].reason == QStringLiteral("Dødsårsak er ikke nødvendig for problemstillingen."));
    CHECK(m.reasons.startsWith(QStringLiteral("Formålet er klart angitt")));
    REQUIRE(m.conditions.size() == 2);
    CHECK(m.conditions[0].code == QLatin1String("storage"));
    CHECK(m.conditions[1].text == QStringLiteral("Et eget vilkår."));
    CHECK(m.registrySimilarity == 1.0);
    CHECK(m.variableSimilarity == 1.0);
}

TEST_CASE("Practice for an unknown case says which case")
{
    Office o;
    auto query = Practice::queryForCase(o.t.db(), QStringLiteral("26/09999"));
    REQUIRE_FALSE(query.ok());
    CHECK(query.error().toString().contains(QStringLiteral("26/09999")));
}

TEST_CASE("practice on the command line lists earlier decisions, closest first, and refuses bad input")
{
    Office o;
    const QString draft = o.addCase({source("DAR", dar)});
    const QString older = o.addCase({source("DAR", dar)});
    const QString newer = o.addCase({source("DAR", dar)});
    o.decide(older, QDate(2023, 2, 1), [](Decision &d) {
        d.entries[0].outcome = Outcome::Refused;
        d.entries[0].reason = QStringLiteral("Ikke nødvendig.");
    });
    o.decide(newer, QDate(2026, 2, 1));
    const QString db = o.t.path();
    o.t.close();

    const auto run = test::cli({QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("ola"),
                                QStringLiteral("practice"), draft, QStringLiteral("--json")});
    REQUIRE(run.status == 0);
    const QJsonArray all = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(all.size() == 2);
    CHECK(all[0][QStringLiteral("caseNumber")].toString() == newer);
    CHECK(all[1][QStringLiteral("caseNumber")].toString() == older);
    CHECK(all[1][QStringLiteral("overall")].toString() == QLatin1String("refused"));
    CHECK(all[1][QStringLiteral("entries")][0][QStringLiteral("reason")].toString()
          == QStringLiteral("Ikke nødvendig."));
    CHECK(all[1][QStringLiteral("approvedOn")].toString() == QLatin1String("2023-02-01"));

    const auto text = test::cli({QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("ola"),
                                 QStringLiteral("practice"), draft, QStringLiteral("--limit"), QStringLiteral("1")});
    REQUIRE(text.status == 0);
    CHECK(text.out.startsWith(newer + QLatin1Char('\t')));
    CHECK_FALSE(text.out.contains(older));

    const auto badLimit = test::cli(
        {QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("ola"), QStringLiteral("practice"), draft,
         QStringLiteral("--limit"), QStringLiteral("x")});
    CHECK(badLimit.status == 2);
    CHECK(badLimit.err.contains(QStringLiteral("--limit")));
    const auto unknown = test::cli({QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("ola"),
                                    QStringLiteral("practice"), QStringLiteral("26/09999")});
    CHECK(unknown.status == 1);
    CHECK(unknown.err.contains(QStringLiteral("26/09999")));
}
