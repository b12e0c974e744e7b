#include "letters/LetterService.h"

#include "Clock.h"
#include "registry/RegistryCatalogue.h"
#include "storage/Settings.h"

namespace fv {
namespace {

QString fullName(Database &db, const QString &login)
{
    if (login.isEmpty())
        return {};
    auto u = Users::find(db, login);
    return u && u.value() ? u.value()->fullName : login;
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

} // namespace fv
