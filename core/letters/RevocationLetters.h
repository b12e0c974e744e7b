#pragma once

#include "Result.h"
#include "letters/LetterInput.h"

#include <QStringList>
#include <QVariantMap>

#include <map>

namespace fv {

class Database;
struct CaseRecord;

// The letters of revocation, reversal without appeal (fvl § 35) and suspension (fvl § 42):
// whether one makes sense for the case now, what it is filled with, and its template keys.

// revocation-notice: a notice not yet decided; revocation-decision: the latest revocation decided;
// stop-delivery: that decision revoked registries; suspension-decision: a suspension decided.
Status revocationLetterMakesSense(const CaseRecord &record, LetterKind kind);
// One registry per manager of the registries the latest decided revocation revoked (the
// manager of `registry` only, when given): each gets its own stop-delivery notice.
Result<QStringList> stopDeliveryRegistries(const CaseRecord &record, const std::map<QString, Registry> &catalogue,
                                           const QString &registry = {});
// The case's revocations and suspensions, the names of who proposed and approved, the revocation
// decision's reference, and for a stop-delivery notice the registry whose manager is addressed.
void fillRevocation(LetterInput &in, const CaseRecord &record, Database &db);

// The template's "revocation" map (LetterContext.h):
//   revocation.{isReversal, groundsParagraphs, notifiedOn, commentDue, hasComment, commentOn,
//     registries, allRegistries, revoked, partly, dropped, reasonParagraphs, revokedRegistries,
//     keptRegistries, hasKept, decidedOn, proposer, approver, decisionRef, hasDecisionRef,
//     managerRegistries (stop-delivery: the addressed manager's revoked registries),
//     suspension.{granted, requestedOn, requestedBy, decidedOn, reasonParagraphs}}
QVariantMap revocationContext(const LetterInput &input);

} // namespace fv
