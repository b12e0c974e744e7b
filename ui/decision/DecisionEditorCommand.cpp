#include "decision/DecisionEditorCommand.h"

namespace fv {
namespace {
constexpr qint64 mergeWindowMs = 3000;
}

DecisionEditCommand::DecisionEditCommand(Apply apply, DecisionEditorState before, DecisionEditorState after,
                                         const QString &text, int mergeKey)
    : QUndoCommand(text)
    , m_apply(std::move(apply))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
    m_lastChange.start();
}

void DecisionEditCommand::undo()
{
    m_apply(m_before);
}

void DecisionEditCommand::redo()
{
    m_apply(m_after);
}

bool DecisionEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const DecisionEditCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || m_mergeKey < 0 || m_lastChange.elapsed() > mergeWindowMs)
        return false;
    m_after = next->m_after;
    m_lastChange.restart();
    return true;
}

} // namespace fv
