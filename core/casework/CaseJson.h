#pragma once

#include "casework/CaseService.h"

#include <QJsonObject>

namespace fv {

// Machine-readable forms of cases for `--json` output and exports.
QJsonObject summaryToJson(const CaseSummary &summary);
QJsonObject decisionToJson(const Decision &decision);
QJsonObject caseToJson(const CaseRecord &record);

} // namespace fv
