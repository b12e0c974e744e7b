#pragma once

#include "Result.h"
#include "rules/Operation.h"

#include <QString>

namespace fv {

class CaseService;
class Database;

// A foreign applicant's legal basis for the processing in its own law, as the caseworker states
// it for the decision letter's legal basis (fv_case.foreign_legal_basis, schema version 11). It is
// part of the decision's reasons, so it is set while the draft may be edited (EditDecision).
class ForeignBasis
{
public:
    static constexpr qsizetype maxLength = 2000;

    // Empty when none is stated.
    static Result<QString> of(Database &db, const QString &caseNumber);
    // Empty text clears it. Refused when unchanged, too long, or the draft is not editable.
    static Status set(CaseService &cases, const QString &caseNumber, const QString &text, const Seen &seen = {});
};

} // namespace fv
