#include "decision/Decision.h"

#include <algorithm>

namespace fv {

OverallResult Decision::overall() const
{
    const auto isDecidedHere = [](const RegistryDecision &e) { return e.outcome != Outcome::Forwarded; };
    const auto decided = std::count_if(entries.begin(), entries.end(), isDecidedHere);
    const auto granted = std::count_if(entries.begin(), entries.end(), [](const RegistryDecision &e) {
        return e.outcome == Outcome::Granted;
    });
    const auto refused = std::count_if(entries.begin(), entries.end(), [](const RegistryDecision &e) {
        return e.outcome == Outcome::Refused;
    });
    if (decided == 0 || refused == decided)
        return OverallResult::Refused;
    // Forwarded parts are decided by the registry manager, not here: they do not make
    // HDS's own decision partial.
    if (granted == decided)
        return OverallResult::Granted;
    return OverallResult::PartlyGranted;
}

bool Decision::grantsAnything() const
{
    return std::any_of(entries.begin(), entries.end(), [](const RegistryDecision &e) {
        return e.outcome == Outcome::Granted || e.outcome == Outcome::PartlyGranted;
    });
}

bool Decision::contributed(const QString &login) const
{
    return std::any_of(contributors.begin(), contributors.end(), [&](const Contributor &c) {
        return c.login == login;
    });
}

bool normaliseOutcome(RegistryDecision &entry)
{
    const bool anyOut = std::any_of(entry.variables.begin(), entry.variables.end(), [](const VariableDecision &v) {
        return !v.approved;
    });
    if (anyOut && entry.outcome == Outcome::Granted) {
        entry.outcome = Outcome::PartlyGranted;
        return true;
    }
    return false;
}

void normalise(Decision &decision)
{
    for (RegistryDecision &e : decision.entries)
        normaliseOutcome(e);
    if (!decision.grantsAnything()) {
        decision.exemption.granted = false;
        decision.conditions.clear();
    }
}

QString toCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Granted: return QStringLiteral("granted");
    case Outcome::PartlyGranted: return QStringLiteral("partly-granted");
    case Outcome::Refused: return QStringLiteral("refused");
    case Outcome::Forwarded: return QStringLiteral("forwarded");
    }
    return {};
}

QString toCode(OverallResult result)
{
    switch (result) {
    case OverallResult::Granted: return QStringLiteral("granted");
    case OverallResult::PartlyGranted: return QStringLiteral("partly-granted");
    case OverallResult::Refused: return QStringLiteral("refused");
    }
    return {};
}

QString toCode(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Draft: return QStringLiteral("draft");
    case DecisionStatus::Submitted: return QStringLiteral("submitted");
    case DecisionStatus::Approved: return QStringLiteral("approved");
    case DecisionStatus::Superseded: return QStringLiteral("superseded");
    }
    return {};
}

std::optional<Outcome> outcomeFromCode(const QString &code)
{
    for (auto o : {Outcome::Granted, Outcome::PartlyGranted, Outcome::Refused, Outcome::Forwarded})
        if (toCode(o) == code)
            return o;
    return std::nullopt;
}

std::optional<DecisionStatus> decisionStatusFromCode(const QString &code)
{
    for (auto s :
         {DecisionStatus::Draft, DecisionStatus::Submitted, DecisionStatus::Approved, DecisionStatus::Superseded})
        if (toCode(s) == code)
            return s;
    return std::nullopt;
}

} // namespace fv
