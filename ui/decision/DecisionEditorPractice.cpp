// The decision editor's page of earlier practice: approved decisions close to this draft, and
// reusing one of their reasons as an undoable edit of the draft.
#include "Session.h"
#include "decision/DecisionEditor.h"
#include "decision/DecisionEditorModels.h"
#include "decision/Practice.h"
#include "decision/PracticePane.h"
#include "widgets/MessageBar.h"

#include <QTabWidget>

namespace fv {
namespace {

// The draft's entry for `registry`, or -1.
int entryRow(const Decision &d, const QString &registry)
{
    for (size_t i = 0; i < d.entries.size(); ++i)
        if (d.entries[i].registry == registry)
            return static_cast<int>(i);
    return -1;
}

} // namespace

QWidget *DecisionEditor::buildPracticePage()
{
    m_practice = new PracticePane(this);
    m_practice->setReuseEnabled(!m_readOnly);
    m_practice->setTargetDescriber([this](const QString &registry) {
        const int row = practiceRow(registry);
        return row < 0 ? QString() : m_state.decision.entries[static_cast<size_t>(row)].registry;
    });
    connect(m_practice, &PracticePane::reuseRequested, this, &DecisionEditor::reusePracticeReason);
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int page) {
        if (page == PracticePage && !m_practiceLoaded)
            loadPractice();
    });
    return m_practice;
}

void DecisionEditor::loadPractice()
{
    m_practiceLoaded = true;
    auto query = Practice::queryForCase(m_session.database(), m_caseNumber);
    if (!query) {
        m_practice->showProblem(query.error().message);
        return;
    }
    // What the draft decides, which may be less than the application asked for.
    if (!m_state.decision.entries.empty()) {
        query->wanted.clear();
        for (const RegistryDecision &e : m_state.decision.entries) {
            QStringList &variables = query->wanted[e.registry];
            for (const VariableDecision &v : e.variables)
                variables << v.name;
        }
    }
    auto matches = Practice::find(m_session.database(), query.value());
    if (!matches) {
        m_practice->showProblem(matches.error().message);
        return;
    }
    m_practice->setMatches(matches.value());
}

// Where a reused reason goes: a registry's reason to the same registry in this draft, else to
// the registry chosen on the first page; the general reasons to the general reasons (-1).
int DecisionEditor::practiceRow(const QString &registry) const
{
    if (registry.isEmpty())
        return -1;
    const int row = entryRow(m_state.decision, registry);
    return row >= 0 ? row : m_variableModel->registryRow();
}

QString DecisionEditor::practiceTarget(const QString &registry) const
{
    const int row = practiceRow(registry);
    if (row < 0)
        return tr("the general reasons");
    return tr("the reason for %1").arg(m_state.decision.entries[static_cast<size_t>(row)].registry);
}

void DecisionEditor::reusePracticeReason(const QString &registry, const QString &text, const QString &caseNumber)
{
    if (m_readOnly || text.trimmed().isEmpty())
        return;
    const int row = practiceRow(registry);
    const QString target = practiceTarget(registry);
    edit(tr("Reuse a reason from %1").arg(caseNumber), [&](DecisionEditorState &s) {
        QString &into = row >= 0 ? s.decision.entries[static_cast<size_t>(row)].reason : s.decision.reasons;
        into = into.trimmed().isEmpty() ? text : into.trimmed() + QStringLiteral("\n\n") + text;
    });
    if (row >= 0)
        selectRegistry(row);
    m_messages->show(MessageBar::Kind::Information,
                     tr("The reason from %1 is added to %2; Ctrl+Z takes it back.").arg(caseNumber, target));
}

} // namespace fv
