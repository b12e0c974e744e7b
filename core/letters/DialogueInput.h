#pragma once

#include "Result.h"
#include "casework/CaseService.h"
#include "casework/Deadlines.h"
#include "letters/LetterInput.h"

#include <QDate>

namespace fv {

class Database;

// The setting that says how many recently decided cases a receipt's estimate is the median of.
inline const QString processingSampleKey = QStringLiteral("letters.processingTimeSample");

// When a decision on the case can be expected, always after `today`: the statutory deadline
// while it lies ahead; while waiting for the applicant, the working days left after their
// deadline; before completeness, the whole limit counted from today; past the deadline,
// 10 working days from today.
QDate expectedDecisionDate(const CaseRecord &record, const CaseworkSettings &settings, const QDate &today);

// The last `sample` first decisions approved: the median of their days from receipt to
// approval, and how many there were (0: no estimate).
Result<std::pair<int, int>> typicalProcessingDays(Database &db, int sample);

// The registry manager's statement a statement-for-comment letter puts to the applicant: the
// consultation of `registry`, or the latest answered one with a statement; nullptr if none.
const Consultation *statementToComment(const CaseRecord &record, const QString &registry = {});

// Fills input.dialogue (and the expected decision and answer dates of the dialogue's letters)
// from the case as it is now. `registry`: a statement-for-comment letter's registry.
Status fillDialogue(LetterInput &input, const CaseRecord &record, Database &db, const QString &registry);

} // namespace fv
