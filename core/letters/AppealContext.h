#pragma once

#include "Result.h"
#include "letters/LetterInput.h"

#include <QVariantMap>

namespace fv {

struct CaseRecord;

// The appeal letters (appeal-received, appeal-forwarding, appeal-copy, appeal-rejection) and a
// decision letter that reverses an appealed decision.

// Fills input.appeal from the case's current appeal (nothing when there is none).
void fillAppealLetter(LetterInput &input, const CaseRecord &record);
// The same for a template preview: a made-up appeal.
void fillSampleAppeal(LetterInput &input);
// The template's "appeal" map:
//   appeal.{present, appellant, contests, receivedOn, contestedDate, contestedReference, lastDay,
//     inTime, considered, lateReasonParagraphs, hasLateReason, preparationDue, hasPreparationDue,
//     viewParagraphs, commentDue, body, reversal, partly, documents, hasDocuments, bodyDecision,
//     bodyDate, bodyReference, hasBodyReference}
// (bodyDecision: the decision records the appeal body's reversal, appeal/BodyDecision.h; partly
// then says whether the body reversed in part.)
// Every value is plain text, like the rest of the context.
QVariantMap appealContext(const LetterInput &input);
// Whether a letter of an appeal kind fits the case now: an appeal is registered (received), it
// was forwarded (forwarding, copy), it was rejected as late (rejection).
Status appealLetterMakesSense(const CaseRecord &record, LetterKind kind);

} // namespace fv
