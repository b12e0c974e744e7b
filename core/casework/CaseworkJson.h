#pragma once

#include "casework/CaseworkTypes.h"

#include <QJsonObject>

namespace fv {

struct CaseRecord;

// The casework of a case for `show --json`: "assessment", "consultations", "dialogue",
// "notes", "forwardings" and "deadlines" (with its "tasks"), added to the case object.
void insertCaseworkJson(QJsonObject &caseObject, const CaseRecord &record);
QJsonObject deadlinesToJson(const DeadlineStatus &deadlines);

} // namespace fv
