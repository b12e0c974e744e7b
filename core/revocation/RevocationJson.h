#pragma once

#include "revocation/Revocation.h"

#include <QJsonObject>

namespace fv {

// A case's revocations and suspensions as `show --json` and `revoke show --json` print them:
// {suspended, revocations: [{kind, state, grounds, allRegistries, registries, revokedRegistries,
//  notifiedOn, notifiedBy, commentDue, commentOn, comment, outcome, reason, proposedBy,
//  approvedBy, decidedOn}], suspensions: [{requestedOn, requestedBy, decidedOn, granted, reason,
//  decidedBy, endedOn, inForce}]}. Dates are YYYY-MM-DD or null.
QJsonObject revocationToJson(const RevocationRecord &record);

} // namespace fv
