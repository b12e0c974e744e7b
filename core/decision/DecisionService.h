#pragma once

#include "Result.h"
#include "casework/CaseService.h"
#include "decision/Decision.h"

namespace fv {

// The joint decision's life: draft, submit, approve (four-eyes) or return. Every rule is
// checked here, so neither the GUI nor the CLI can get round it.
class DecisionService
{
public:
    explicit DecisionService(CaseService &cases);

    // Builds the draft from the application: one entry per requested registry, all
    // requested variables, the standard texts and conditions in the letter language.
    Result<Decision> draft(const QString &caseNumber);
    Status submit(const QString &caseNumber);
    // Only a decision-maker, and never the person who drafted it.
    Status approve(const QString &caseNumber);
    Status returnDraft(const QString &caseNumber, const QString &comment);

    // Saves edits to the current draft (outcomes, texts, conditions); refused once submitted.
    Status saveDraft(const QString &caseNumber, const Decision &edited);

    // The draft built from an application, without storing it (also used for previews).
    static Decision buildDraft(const Application &app);

private:
    struct Current;
    Result<Current> current(const QString &caseNumber);

    CaseService &m_cases;
};

} // namespace fv
