#pragma once

#include "decision/Decision.h"

#include <QString>

#include <functional>
#include <set>

namespace fv {

// The decision being edited, and what the editor remembers about how it got there: which
// registries' outcomes the caseworker set by hand (never changed automatically afterwards)
// and which became "partly granted" only because a variable was taken out.
struct DecisionEditorState
{
    Decision decision;
    std::set<int> outcomeChosen;
    std::set<int> outcomeAutomatic;
};

// The edits of the decision editor as plain functions on the state, so the rules (a removed
// variable makes a granted registry partly granted) hold wherever the edit comes from.
namespace decisionedit {

void setOutcome(DecisionEditorState &state, int row, Outcome outcome);
// Takes a variable out (with the reason) or puts it back, and adjusts the registry's outcome
// unless the caseworker chose it: granted becomes partly granted when a variable is out, and
// back to granted when every variable is in again and the partial grant was automatic.
void setVariableApproved(DecisionEditorState &state, int row, int variable, bool approved);
void setVariableReason(DecisionEditorState &state, int row, int variable, const QString &reason);
// Moves a condition one place up (-1) or down (+1); false when it cannot move.
bool moveCondition(DecisionEditorState &state, int index, int step);

} // namespace decisionedit

// What the editor's item models see of the editor: the state, and the one way to change it
// (an undoable edit). A test can stand in for the editor with a few lines.
class DecisionEditing
{
public:
    virtual ~DecisionEditing() = default;
    virtual const DecisionEditorState &state() const = 0;
    virtual bool isReadOnly() const = 0;
    // Applies `change` to a copy of the state as one undoable step named `what`. Steps with the
    // same `mergeKey` (>= 0) that follow each other closely merge (typing in one field).
    virtual void edit(const QString &what, const std::function<void(DecisionEditorState &)> &change,
                      int mergeKey = -1) = 0;
};

} // namespace fv
