#include "letters/LetterService.h"

#include "Clock.h"
#include "application/ApplicationJson.h"
#include "decision/ConditionLibrary.h"
#include "decision/DecisionService.h"
#include "letters/TemplateStore.h"
#include "registry/RegistryCatalogue.h"
#include "storage/Settings.h"

#include <QFile>

namespace fv {
namespace {

QString fullName(Database &db, const QString &login)
{
    if (login.isEmpty())
        return {};
    auto u = Users::find(db, login);
    return u && u.value() ? u.value()->fullName : login;
}

Result<Application> sampleApplication()
{
    const QString path = QStringLiteral(":/demo/01-covid-vaksine-myokarditt.json");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("the sample application is missing"), path);
    return parseApplicationJson(f.readAll(), path);
}

} // namespace

LetterService::LetterService(CaseService &cases) : m_cases(cases)
{}

Result<LetterInput> LetterService::input(const QString &caseNumber, LetterKind kind, std::optional<Language> language)
{
    auto rec = m_cases.load(caseNumber);
    if (!rec)
        return rec.error();
    Database &db = m_cases.database();
    auto registries = loadRegistryMap(db);
    if (!registries)
        return registries.error();

    LetterInput in;
    in.kind = kind;
    in.language = language.value_or(rec->application.language);
    in.caseNumber = rec->summary.caseNumber;
    in.date = today();
    in.application = rec->application;
    in.changes = rec->changeDiff;
    in.registries = std::move(registries.value());
    in.settings = Settings::letterSettings(db);
    auto stored = TemplateStore::stored(db, kind, in.language);
    if (!stored)
        return stored.error();
    if (stored->has_value())
        in.templateText = stored->value().body;
    in.caseworkerName = rec->summary.assignee.isEmpty() ? m_cases.actor().fullName : rec->summary.assignee;
    if (const Decision *d = rec->currentDecision()) {
        in.decision = *d;
        in.drafterName = fullName(db, d->draftedBy);
        in.approverName = fullName(db, d->approvedBy);
        in.draft = d->status != DecisionStatus::Approved;
        if (rec->summary.assignee.isEmpty())
            in.caseworkerName = in.drafterName;
    } else if (kind == LetterKind::Decision) {
        return fail(QStringLiteral("case %1 has no decision yet; make a draft first").arg(caseNumber), caseNumber);
    }
    return in;
}

Result<LetterInput> LetterService::sample(LetterKind kind, Language language)
{
    Database &db = m_cases.database();
    auto app = sampleApplication();
    auto registries = loadRegistryMap(db);
    auto library = ConditionLibrary::load(db);
    auto stored = TemplateStore::stored(db, kind, language);
    for (const Error *e : {app ? nullptr : &app.error(), registries ? nullptr : &registries.error(),
                           library ? nullptr : &library.error(), stored ? nullptr : &stored.error()})
        if (e)
            return *e;
    LetterInput in;
    in.kind = kind;
    in.language = language;
    in.caseNumber = QStringLiteral("%1/00000").arg(today().year() % 100, 2, 10, QLatin1Char('0'));
    in.documentNumber = 1;
    in.date = today();
    in.application = app.value();
    in.application.language = language;
    in.registries = std::move(registries.value());
    in.settings = Settings::letterSettings(db);
    in.caseworkerName = in.drafterName = m_cases.actor().fullName;
    in.decision = DecisionService::buildDraft(in.application, library.value());
    in.draft = true;
    in.infoRequestText = QStringLiteral("…");
    in.answerDue = today().addDays(14);
    in.expectedDecision = today().addMonths(2);
    if (!in.application.dataSources.empty())
        in.forwardRegistry = in.application.dataSources.front().registry;
    if (stored->has_value())
        in.templateText = stored->value().body;
    return in;
}

} // namespace fv
