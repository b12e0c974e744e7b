#pragma once

#include "Result.h"
#include "casework/CaseService.h"
#include "decision/Decision.h"
#include "decision/StandardTexts.h"

#include <optional>

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
    // Only a decision-maker, and never the person who drafted it. With `expectedVersion` (the
    // CaseRecord::rowVersion the approver saw), refused when the case changed since.
    Status approve(const QString &caseNumber, std::optional<qint64> expectedVersion = std::nullopt);
    Status returnDraft(const QString &caseNumber, const QString &comment);

    // Saves edits to the current draft (outcomes, texts, conditions); refused once submitted.
    // With `expectedVersion` (the CaseRecord::rowVersion the edits started from), refused with
    // "changed by X at T" when someone else changed the case meanwhile (requireCaseVersion).
    Status saveDraft(const QString &caseNumber, const Decision &edited,
                     std::optional<qint64> expectedVersion = std::nullopt);

    // The draft built from an application, without storing it (also used for previews).
    // `library`: the standard conditions to start from (the database's, in the letter language).
    static Decision buildDraft(const Application &app,
                               const std::vector<StandardCondition> &library = standardConditions());

private:
    struct Current;
    Result<Current> current(const QString &caseNumber);

    CaseService &m_cases;
};

} // namespace fv
