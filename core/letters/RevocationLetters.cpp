#include "letters/RevocationLetters.h"

#include "casework/CaseService.h"
#include "casework/Users.h"
#include "decision/StandardTexts.h"

#include <QCoreApplication>

namespace fv {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Letters)
};

QStringList paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    return out;
}

const Revocation *latestDecided(const RevocationRecord &r)
{
    for (auto it = r.revocations.rbegin(); it != r.revocations.rend(); ++it)
        if (it->state() == RevocationState::Decided)
            return &*it;
    return nullptr;
}

// The revocation a letter speaks of: the open one for a notice, else the latest decided.
const Revocation *subject(const LetterInput &input)
{
    if (input.kind == LetterKind::RevocationNotice)
        if (const Revocation *open = input.revocation.open())
            return open;
    if (const Revocation *d = latestDecided(input.revocation))
        return d;
    return input.revocation.latest();
}

const Suspension *latestDecidedSuspension(const RevocationRecord &r)
{
    for (auto it = r.suspensions.rbegin(); it != r.suspensions.rend(); ++it)
        if (it->granted)
            return &*it;
    return nullptr;
}

QString registryName(const LetterInput &input, const QString &code)
{
    const auto it = input.registries.find(code);
    if (it == input.registries.end())
        return code;
    const Registry &r = it->second;
    if (input.language == Language::English && !r.nameEn.isEmpty())
        return r.nameEn;
    if (input.language == Language::Nynorsk && !r.nameNn.isEmpty())
        return r.nameNn;
    return r.name;
}

QString managerOf(const std::map<QString, Registry> &catalogue, const QString &code)
{
    const auto it = catalogue.find(code);
    return it == catalogue.end() || it->second.manager.isEmpty() ? code : it->second.manager;
}

QString names(const LetterInput &input, const QStringList &codes)
{
    QStringList out;
    for (const QString &code : codes)
        out << registryName(input, code);
    return out.join(QStringLiteral(", "));
}

QVariantMap suspensionMap(const LetterInput &input)
{
    const Suspension *s = latestDecidedSuspension(input.revocation);
    if (!s)
        return {{QStringLiteral("granted"), false}};
    return {
        {QStringLiteral("granted"), s->granted.value_or(false)},
        {QStringLiteral("requestedOn"), letterDate(s->requestedOn, input.language)},
        {QStringLiteral("requestedBy"), s->requestedBy},
        {QStringLiteral("decidedOn"), letterDate(s->decidedOn, input.language)},
        {QStringLiteral("reasonParagraphs"), paragraphs(s->reason)},
    };
}

} // namespace

Status revocationLetterMakesSense(const CaseRecord &record, LetterKind kind)
{
    const RevocationRecord &r = record.revocation;
    switch (kind) {
    case LetterKind::RevocationNotice:
        if (!r.open())
            return fail(Tr::tr("no advance notice of revocation or reversal is under way in this case"));
        return ok();
    case LetterKind::RevocationDecision:
        if (!latestDecided(r))
            return fail(Tr::tr("no revocation or reversal has been decided and approved in this case"));
        return ok();
    case LetterKind::StopDelivery:
        if (!latestDecided(r) || latestDecided(r)->revokedRegistries.isEmpty())
            return fail(Tr::tr("no approved revocation revokes access to a registry, so no registry manager is told "
                               "to stop delivering"));
        return ok();
    case LetterKind::SuspensionDecision:
        if (!latestDecidedSuspension(r))
            return fail(Tr::tr("no request for suspended implementation has been decided in this case"));
        return ok();
    default: break;
    }
    return ok();
}

Result<QStringList> stopDeliveryRegistries(const CaseRecord &record, const std::map<QString, Registry> &catalogue,
                                           const QString &registry)
{
    if (auto s = revocationLetterMakesSense(record, LetterKind::StopDelivery); !s)
        return s.error();
    QStringList managers, registries;
    for (const QString &code : latestDecided(record.revocation)->revokedRegistries) {
        const QString manager = managerOf(catalogue, code);
        if (managers.contains(manager))
            continue;
        if (!registry.isEmpty() && manager != managerOf(catalogue, registry.trimmed().toUpper()))
            continue;
        managers << manager;
        registries << code;
    }
    if (registries.isEmpty())
        return fail(Tr::tr("the revocation revokes nothing from the registry %1, so its manager is sent no "
                           "stop-delivery notice")
                        .arg(registry),
                    record.summary.caseNumber);
    return registries;
}

void fillRevocation(LetterInput &in, const CaseRecord &record, Database &db)
{
    in.revocation = record.revocation;
    const auto fullName = [&db](const QString &login) {
        auto u = Users::find(db, login);
        return u && u.value() ? u.value()->fullName : login;
    };
    const Revocation *about = subject(in);
    if (about) {
        in.revocationProposer = fullName(about->proposedBy);
        in.revocationApprover = fullName(about->approvedBy);
        if (in.kind == LetterKind::StopDelivery && !about->revokedRegistries.isEmpty())
            in.forwardRegistry = about->revokedRegistries.front();
    }
    for (auto it = record.documents.rbegin(); it != record.documents.rend(); ++it)
        if (it->kind == toCode(LetterKind::RevocationDecision)) {
            in.revocationDecisionRef = record.summary.caseNumber + QLatin1Char('-') + QString::number(it->number);
            break;
        }
}

QVariantMap revocationContext(const LetterInput &input)
{
    QVariantMap map{{QStringLiteral("suspension"), suspensionMap(input)}};
    const Revocation *r = subject(input);
    if (!r)
        return map;
    const Language lang = input.language;
    QStringList kept;
    for (const QString &code : r->registries)
        if (!r->revokedRegistries.contains(code))
            kept << code;
    // The addressed manager's revoked registries (a stop-delivery notice).
    QStringList managerRegistries;
    const QString addressed = managerOf(input.registries, input.forwardRegistry);
    for (const QString &code : r->revokedRegistries)
        if (managerOf(input.registries, code) == addressed)
            managerRegistries << code;
    map.insert({
        {QStringLiteral("isReversal"), r->kind == RevocationKind::Reversal},
        {QStringLiteral("groundsParagraphs"), paragraphs(r->grounds)},
        {QStringLiteral("notifiedOn"), letterDate(r->notifiedOn, lang)},
        {QStringLiteral("commentDue"), letterDate(r->commentDue, lang)},
        {QStringLiteral("hasComment"), r->commentOn.isValid()},
        {QStringLiteral("commentOn"), letterDate(r->commentOn, lang)},
        {QStringLiteral("registries"), names(input, r->registries)},
        {QStringLiteral("allRegistries"), r->allRegistries},
        {QStringLiteral("revoked"), r->outcome == RevocationOutcome::Revoked},
        {QStringLiteral("partly"), r->outcome == RevocationOutcome::Partly},
        {QStringLiteral("dropped"), r->outcome == RevocationOutcome::Dropped},
        {QStringLiteral("reasonParagraphs"), paragraphs(r->reason)},
        {QStringLiteral("revokedRegistries"), names(input, r->revokedRegistries)},
        {QStringLiteral("keptRegistries"), names(input, kept)},
        {QStringLiteral("hasKept"), !kept.isEmpty()},
        {QStringLiteral("decidedOn"), letterDate(r->decidedOn, lang)},
        {QStringLiteral("proposer"), input.revocationProposer},
        {QStringLiteral("approver"), input.revocationApprover},
        {QStringLiteral("decisionRef"), input.revocationDecisionRef},
        {QStringLiteral("hasDecisionRef"), !input.revocationDecisionRef.isEmpty()},
        {QStringLiteral("managerRegistries"), names(input, managerRegistries)},
    });
    return map;
}

} // namespace fv
