#pragma once

#include "letters/LetterInput.h"

#include <QVariantMap>

namespace fv {

// What a decision letter says from the case itself rather than from the draft's texts, so that
// the reasons (fvl §§ 24–25) are those of this case: added to the context's "decision" map.
//   assessmentNotes[{item, result, note}], hasAssessmentNotes: the lawyer's note per checklist item
//   statements[{registry, manager, date, answer, note, hasNote}], hasStatements: the registry
//     managers' answered consultations
//   facts.{any, hasRek, dpiaDone, dpiaPlanned, dpiaNotNeeded, dpoConsulted}: REK and DPIA
//   regulations[{name, regulation}], hasRegulations: the regulation of each registry granted
//   registryReasons[{name, outcome, refused, partlyGranted, regulation, hasRegulation, paragraphs,
//     statements[...], hasStatements}], hasRegistryReasons: each refused or partly granted registry
//   fee.{stated, charged, exempt, total, base, severalSources, hasHours, hours, oneHour, hourlyRate, hoursAmount,
//     priceFrom, exemptionReason}
//   earlier.{known, date, hasReference, reference, hasDiff}: the decision a change decision replaces
//     (hasDiff: its case is in the database, so application.changeLines are what changes)
//   foreignBasis, hasForeignBasis: a foreign applicant's legal basis in its own law
QVariantMap decisionCaseMaterial(const LetterInput &input, const QVariantList &rows);

// An amount of money as a letter writes it: "kr 3 000" / "NOK 3,000".
QString letterMoney(int amount, Language language);

} // namespace fv
