#pragma once

#include <QJsonArray>

namespace fv {

struct CaseRecord;

// The case's appeals as `show --json` and `appeal list --json` print them, oldest first.
QJsonArray appealsToJson(const CaseRecord &record);

} // namespace fv
