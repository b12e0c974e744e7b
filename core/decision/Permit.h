#pragma once

#include "application/Application.h"
#include "decision/Decision.h"

#include <QJsonObject>

namespace fv {

// The decision as a structured data permit, in the shape the European Health Data Space
// (Regulation (EU) 2025/327) asks of one: purpose, data per source, identifiability,
// persons, secure environment, duration, fees and conditions.
QJsonObject permitJson(const QString &caseNumber, const Application &app, const Decision &decision);

} // namespace fv
