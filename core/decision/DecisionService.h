#pragma once

#include "Result.h"
#include "casework/CaseService.h"
#include "decision/Decision.h"
#include "decision/StandardTexts.h"
#include "rules/Operation.h"

#include <functional>
#include <optional>

namespace fv {

// The joint decision's life: draft, edit, submit, approve (four-eyes) or return. Each runs
// through the operation runner (rules/Operation.h): the permission table decides on the case
// loaded inside the one transaction, so neither the GUI nor the CLI can get round a rule.
// Every saved change of a draft moves its revision (Decision::revision) and records the editor
// as a contributor; nobody who drafted, edited or submitted a version may approve it.
class DecisionService
{
public:
    explicit DecisionService(CaseService &cases);

    // Builds the draft from the application: one entry per requested registry, all
    // requested variables, the standard texts and conditions in the letter language.
    // Only on a complete case under assessment that has a caseworker.
    Result<Decision> draft(const QString &caseNumber);
    // Refused while a registry manager's consultation is still open unless the caller asked the
    // caseworker and passes OpenConsultations::Confirmed; the event then names them.
    enum class OpenConsultations { Refuse, Confirmed };
    Status submit(const QString &caseNumber, const Seen &seen = {}, OpenConsultations open = OpenConsultations::Refuse);
    // Only a decision-maker who did not draft, edit or submit this version. With
    // `expectedVersion` (the CaseRecord::rowVersion the approver saw), refused when the case changed since.
    Status approve(const QString &caseNumber, std::optional<qint64> expectedVersion = std::nullopt);
    // The same, naming what the approver read: the case version and/or the decision's revision
    // (the CLI's `approve CASE --version N`).
    Status approve(const QString &caseNumber, const Seen &seen);
    Status returnDraft(const QString &caseNumber, const QString &comment, const Seen &seen = {});

    // Saves an edited copy of the current draft (outcomes, texts, conditions, fee basis); refused
    // once submitted. With `expectedVersion` (the CaseRecord::rowVersion the edits started from),
    // refused with "changed by X at T" when someone else changed the case meanwhile. What the
    // editor cannot change (who drafted it, the return comment, the revision) is kept as stored.
    Status saveDraft(const QString &caseNumber, const Decision &edited,
                     std::optional<qint64> expectedVersion = std::nullopt);
    // Reads the current draft, lets `edit` change it and saves it, all in one transaction: two
    // people editing at once both keep their change (the command line's outcome, condition, fee).
    using Edit = std::function<Status(const CaseRecord &record, Decision &draft)>;
    Status editDraft(const QString &caseNumber, const Edit &edit, const Seen &seen = {});

    // The draft built from an application, without storing it (also used for previews).
    // `library`: the standard conditions to start from (the database's, in the letter language).
    static Decision buildDraft(const Application &app,
                               const std::vector<StandardCondition> &library = standardConditions());

private:
    Status storeEdit(const CaseRecord &record, const User &actor, Decision d);

    CaseService &m_cases;
};

} // namespace fv
