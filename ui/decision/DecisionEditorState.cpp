#include "decision/DecisionEditorState.h"

#include <algorithm>

namespace fv::decisionedit {
namespace {

RegistryDecision *entryAt(DecisionEditorState &state, int row)
{
    if (row < 0 || row >= static_cast<int>(state.decision.entries.size()))
        return nullptr;
    return &state.decision.entries[static_cast<size_t>(row)];
}

VariableDecision *variableAt(DecisionEditorState &state, int row, int variable)
{
    RegistryDecision *entry = entryAt(state, row);
    if (!entry || variable < 0 || variable >= static_cast<int>(entry->variables.size()))
        return nullptr;
    return &entry->variables[static_cast<size_t>(variable)];
}

void adjustOutcome(DecisionEditorState &state, int row)
{
    RegistryDecision *entry = entryAt(state, row);
    if (!entry || state.outcomeChosen.count(row))
        return;
    const bool anyOut = std::any_of(entry->variables.begin(), entry->variables.end(), [](const VariableDecision &v) {
        return !v.approved;
    });
    // The rule itself is the core's; the editor only remembers that it applied it, to undo it.
    if (normaliseOutcome(*entry)) {
        state.outcomeAutomatic.insert(row);
    } else if (!anyOut && entry->outcome == Outcome::PartlyGranted && state.outcomeAutomatic.count(row)) {
        entry->outcome = Outcome::Granted;
        state.outcomeAutomatic.erase(row);
    }
}

} // namespace

void setOutcome(DecisionEditorState &state, int row, Outcome outcome)
{
    RegistryDecision *entry = entryAt(state, row);
    if (!entry)
        return;
    entry->outcome = outcome;
    state.outcomeChosen.insert(row);
    state.outcomeAutomatic.erase(row);
}

void setVariableApproved(DecisionEditorState &state, int row, int variable, bool approved)
{
    VariableDecision *v = variableAt(state, row, variable);
    if (!v)
        return;
    v->approved = approved;
    adjustOutcome(state, row);
}

void setVariableReason(DecisionEditorState &state, int row, int variable, const QString &reason)
{
    if (VariableDecision *v = variableAt(state, row, variable))
        v->reason = reason;
}

bool moveCondition(DecisionEditorState &state, int index, int step)
{
    auto &conditions = state.decision.conditions;
    const int target = index + step;
    if (index < 0 || target < 0 || index >= static_cast<int>(conditions.size())
        || target >= static_cast<int>(conditions.size()))
        return false;
    std::swap(conditions[static_cast<size_t>(index)], conditions[static_cast<size_t>(target)]);
    return true;
}

} // namespace fv::decisionedit
