#pragma once

#include "Result.h"
#include "casework/CaseService.h"
#include "letters/LetterInput.h"

#include <optional>

namespace fv {

// Gathers what a letter of a case needs (application, current decision, names,
// settings) so the GUI and the CLI build the same letter.
class LetterService
{
public:
    explicit LetterService(CaseService &cases);

    // A preview of any kind of letter; the language defaults to the application's. `registry`:
    // for a forwarding letter or a registry notice, the registry whose manager is addressed
    // (by default the latest forwarded one, or the decision's first granted one for a notice).
    Result<LetterInput> input(const QString &caseNumber, LetterKind kind,
                              std::optional<Language> language = std::nullopt, const QString &registry = {});

    // An example letter when no case is at hand (the template editor's preview): the first demo
    // application with a draft decision made from it, under the sample case number 26/00000.
    Result<LetterInput> sample(LetterKind kind, Language language);

private:
    Status fillEarlierDecision(LetterInput &in, const QString &earlierCase);

    CaseService &m_cases;
};

} // namespace fv
