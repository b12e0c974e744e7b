#pragma once

#include "decision/DecisionEditorState.h"

#include <QElapsedTimer>
#include <QUndoCommand>

#include <functional>

namespace fv {

// One undoable edit of the decision draft: the state before and after. A whole decision is a
// few kilobytes, so keeping both is simpler and safer than inverting each kind of edit.
class DecisionEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const DecisionEditorState &)>;

    DecisionEditCommand(Apply apply, DecisionEditorState before, DecisionEditorState after, const QString &text,
                        int mergeKey = -1);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey; }
    // Typing in one field is one step while the keys follow each other within a few seconds.
    bool mergeWith(const QUndoCommand *other) override;

private:
    Apply m_apply;
    DecisionEditorState m_before;
    DecisionEditorState m_after;
    int m_mergeKey;
    QElapsedTimer m_lastChange;
};

} // namespace fv
