#pragma once

#include "application/Application.h"
#include "application/ApplicationJson.h"

#include <QDate>
#include <QString>

#include <vector>

namespace fv {

// The longest text each field of an application may hold, and the most items a list may hold,
// documented in docs/APPLICATION-LIMITS.md. A 1 MB title would make a receipt of 600 pages.
struct FieldLimit
{
    const char *path; // the JSON path without indices: "project.title", "dataSources[].variables[]"
    int max;          // characters for a text, items for a list
};

const std::vector<FieldLimit> &applicationTextLimits();
const std::vector<FieldLimit> &applicationListLimits();

// The dates an application may carry: received from 2000-01-01 to tomorrow; every other date
// from 1900-01-01 to 2199-12-31.
QDate earliestReceived();
QDate latestReceived(); // tomorrow

// Every text longer, list longer or date out of range, at its JSON path (the validator's part).
void checkApplicationLimits(const Application &app, std::vector<ValidationIssue> &issues);

} // namespace fv
