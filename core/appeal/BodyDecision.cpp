#include "appeal/BodyDecision.h"

#include "appeal/Appeal.h"
#include "casework/CaseService.h"
#include "decision/Decision.h"
#include "decision/Fees.h"
#include "decision/StandardTexts.h"

#include <algorithm>

namespace fv::appeal {
namespace {

bool bodyReversed(const Appeal &a)
{
    return a.outcome == HdsOutcome::UpheldForwarded
        && (a.bodyResult == BodyResult::Reversed || a.bodyResult == BodyResult::PartlyReversed);
}

bool granted(const RegistryDecision &e)
{
    return e.outcome == Outcome::Granted || e.outcome == Outcome::PartlyGranted;
}

bool sameDelivery(const RegistryDecision &a, const RegistryDecision &b)
{
    if (a.outcome != b.outcome || a.periodFrom != b.periodFrom || a.periodTo != b.periodTo
        || a.variables.size() != b.variables.size())
        return false;
    return std::equal(a.variables.begin(), a.variables.end(), b.variables.begin(),
                      [](const VariableDecision &x, const VariableDecision &y) {
                          return x.name == y.name && x.approved == y.approved;
                      });
}

const RegistryDecision *entryOf(const Decision &d, const QString &registry)
{
    const auto it = std::find_if(d.entries.begin(), d.entries.end(), [&](const RegistryDecision &e) {
        return e.registry == registry;
    });
    return it == d.entries.end() ? nullptr : &*it;
}

const Decision *supersededBy(const CaseRecord &record, const Decision &d)
{
    if (!d.supersedes)
        return nullptr;
    for (const Decision &earlier : record.decisions)
        if (earlier.id == *d.supersedes)
            return &earlier;
    return nullptr;
}

// " (referanse HK 26/0042)", or nothing without a reference.
QString referencePart(const QString &reference, Language language)
{
    if (reference.trimmed().isEmpty())
        return {};
    switch (language) {
    case Language::English: return QStringLiteral(" (reference %1)").arg(reference.trimmed());
    case Language::Nynorsk:
    case Language::Bokmaal: break;
    }
    return QStringLiteral(" (referanse %1)").arg(reference.trimmed());
}

// The sentences the draft's reasons and legal basis start with; the caseworker edits them. The
// letter's introduction already says which decision of the appeal body this implements, and its
// appeal section that the body's decision is final: the reasons do not say it again.
QString reasonsLead(Language language)
{
    switch (language) {
    case Language::English: return QStringLiteral("The assessment below follows the appeal body's decision.");
    case Language::Nynorsk: return QStringLiteral("Vurderinga nedanfor følgjer vedtaket til klageinstansen.");
    case Language::Bokmaal: break;
    }
    return QStringLiteral("Vurderingen nedenfor følger klageinstansens vedtak.");
}

QString basisLead(const Appeal &a, const QString &body, Language language)
{
    const QString on = letterDate(a.bodyResultOn, language);
    const QString ref = referencePart(a.bodyReference, language);
    switch (language) {
    case Language::English:
        return QStringLiteral("This decision implements the decision of %1 of %2%3 on the appeal, cf. the Public "
                              "Administration Act section 34.")
            .arg(body, on, ref);
    case Language::Nynorsk:
        return QStringLiteral("Vedtaket gjennomfører vedtaket frå %1 av %2%3 i klagesaka, jf. forvaltningslova § 34.")
            .arg(body, on, ref);
    case Language::Bokmaal: break;
    }
    return QStringLiteral("Vedtaket gjennomfører vedtaket fra %1 av %2%3 i klagesaken, jf. forvaltningsloven § 34.")
        .arg(body, on, ref);
}

QString leading(const QString &lead, const QString &text)
{
    return text.trimmed().isEmpty() ? lead : lead + QStringLiteral("\n\n") + text;
}

} // namespace

const Appeal *implementedBy(const CaseRecord &record, int version)
{
    for (const Appeal &a : record.appeals.appeals)
        if (version > 0 && a.reversingVersion == version && bodyReversed(a))
            return &a;
    return nullptr;
}

bool implementsBody(const CaseRecord &record)
{
    const Decision *d = record.currentDecision();
    return d && implementedBy(record, d->version);
}

bool awaitsBodyDecision(const CaseRecord &record)
{
    const Appeal *a = record.appeals.current();
    return a && bodyReversed(*a) && a->reversingVersion == 0;
}

QStringList changedByBody(const CaseRecord &record)
{
    if (!implementsBody(record))
        return {};
    const Decision &now = *record.currentDecision();
    const Decision *before = supersededBy(record, now);
    QStringList changed;
    for (const RegistryDecision &e : now.entries) {
        const RegistryDecision *old = before ? entryOf(*before, e.registry) : nullptr;
        const bool matters = granted(e) || (old && granted(*old));
        if (matters && (!old || !sameDelivery(e, *old)))
            changed << e.registry;
    }
    if (before)
        for (const RegistryDecision &old : before->entries)
            if (granted(old) && !entryOf(now, old.registry))
                changed << old.registry;
    return changed;
}

void prefillFromBody(Decision &draft, const Decision &before, const Appeal &appeal, const QString &body,
                     Language language)
{
    draft.entries = before.entries;
    draft.exemption = before.exemption;
    draft.conditions = before.conditions;
    draft.caseworkHours = before.caseworkHours;
    draft.reasons = leading(reasonsLead(language), before.reasons);
    draft.legalBasis = leading(basisLead(appeal, body, language), before.legalBasis);
    draft.feeExemption = toCode(FeeExemption::Appeal); // an appeal and its decisions carry no fee
}

} // namespace fv::appeal
