// A save refused because a colleague changed the case meanwhile: the caseworker's work is not
// lost. Her changes are the parts of the draft that differ from what the editor loaded (or last
// saved); they are put on the colleague's version, and what only the colleague changed stays.
#include "Session.h"
#include "decision/DecisionEditor.h"
#include "widgets/MessageBar.h"

#include <QPushButton>
#include <QUndoStack>

#include <algorithm>

namespace fv {
namespace {

bool sameVariables(const std::vector<VariableDecision> &a, const std::vector<VariableDecision> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const VariableDecision &x, const VariableDecision &y) {
        return x.name == y.name && x.approved == y.approved && x.reason == y.reason;
    });
}

bool sameEntries(const Decision &a, const Decision &b)
{
    return std::equal(
        a.entries.begin(), a.entries.end(), b.entries.begin(), b.entries.end(),
        [](const RegistryDecision &x, const RegistryDecision &y) {
            return x.registry == y.registry && x.outcome == y.outcome && x.periodFrom == y.periodFrom
                && x.periodTo == y.periodTo && x.reason == y.reason && sameVariables(x.variables, y.variables);
        });
}

bool sameExemption(const Decision &a, const Decision &b)
{
    return a.exemption.required == b.exemption.required && a.exemption.granted == b.exemption.granted
        && a.exemption.legalBasis == b.exemption.legalBasis && a.exemption.reasons == b.exemption.reasons;
}

bool sameConditions(const Decision &a, const Decision &b)
{
    return std::equal(a.conditions.begin(), a.conditions.end(), b.conditions.begin(), b.conditions.end(),
                      [](const Condition &x, const Condition &y) { return x.code == y.code && x.text == y.text; });
}

// The parts of a draft the editor changes, each taken whole from one side.
struct Part
{
    const char *name;
    bool (*same)(const Decision &, const Decision &);
    void (*take)(Decision &to, const Decision &from);
};

const Part parts[] = {
    {QT_TRANSLATE_NOOP("fv::DecisionEditor", "the registries and variables"), sameEntries,
     [](Decision &to, const Decision &from) { to.entries = from.entries; }},
    {QT_TRANSLATE_NOOP("fv::DecisionEditor", "the exemption from confidentiality"), sameExemption,
     [](Decision &to, const Decision &from) { to.exemption = from.exemption; }},
    {QT_TRANSLATE_NOOP("fv::DecisionEditor", "the legal basis"),
     [](const Decision &a, const Decision &b) { return a.legalBasis == b.legalBasis; },
     [](Decision &to, const Decision &from) { to.legalBasis = from.legalBasis; }},
    {QT_TRANSLATE_NOOP("fv::DecisionEditor", "the reasons"),
     [](const Decision &a, const Decision &b) { return a.reasons == b.reasons; },
     [](Decision &to, const Decision &from) { to.reasons = from.reasons; }},
    {QT_TRANSLATE_NOOP("fv::DecisionEditor", "the conditions"), sameConditions,
     [](Decision &to, const Decision &from) { to.conditions = from.conditions; }},
    {QT_TRANSLATE_NOOP("fv::DecisionEditor", "the fee basis"),
     [](const Decision &a, const Decision &b) {
         return a.caseworkHours == b.caseworkHours && a.feeExemption == b.feeExemption;
     },
     [](Decision &to, const Decision &from) {
         to.caseworkHours = from.caseworkHours;
         to.feeExemption = from.feeExemption;
     }},
};

} // namespace

void DecisionEditor::offerReapply()
{
    auto rec = m_session.cases().load(m_caseNumber);
    const Decision *theirs = rec ? rec->currentDecision() : nullptr;
    m_reapply->setVisible(theirs && rec->rowVersion != m_rowVersion && theirs->id == m_state.decision.id
                          && theirs->status == DecisionStatus::Draft);
}

bool DecisionEditor::reapplyOnNewVersion()
{
    commitOpenCellEditor();
    auto rec = m_session.cases().load(m_caseNumber);
    if (!rec) {
        m_messages->show(MessageBar::Kind::Error, rec.error().toString());
        return false;
    }
    const Decision *theirs = rec->currentDecision();
    if (!theirs || theirs->id != m_state.decision.id || theirs->status != DecisionStatus::Draft) {
        m_reapply->hide();
        m_messages->show(MessageBar::Kind::Error,
                         tr("The draft was submitted, approved or replaced meanwhile and can no longer take your "
                            "changes; they are still here to copy."));
        return false;
    }
    Decision merged = *theirs;
    QStringList both;
    for (const Part &part : parts) {
        if (part.same(m_state.decision, m_base))
            continue; // not changed here: the colleague's stands
        if (!part.same(*theirs, m_base) && !part.same(*theirs, m_state.decision))
            both << tr(part.name);
        part.take(merged, m_state.decision);
    }
    m_base = *theirs;
    m_rowVersion = rec->rowVersion;
    // Not an undoable step: the steps before it were made on a version that is gone, and undoing
    // them now would put the old version back over the colleague's. The editor stays modified.
    DecisionEditorState state = m_state;
    state.decision = std::move(merged);
    m_undo->clear();
    applyState(state);
    m_undo->resetClean();
    m_reapply->hide();
    if (both.isEmpty())
        m_messages->show(MessageBar::Kind::Information,
                         tr("Your changes are now on the version your colleague saved; check them and save (Ctrl+S)."));
    else
        m_messages->show(MessageBar::Kind::Warning,
                         tr("Your changes are now on the version your colleague saved, but you both changed %1: "
                            "there your text replaces theirs when you save. Check it before you save (Ctrl+S).")
                             .arg(both.join(QStringLiteral(", "))));
    return true;
}

} // namespace fv
