#pragma once

#include "Result.h"
#include "application/Application.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace fv {

// One thing wrong with an application, at a JSON path such as "dataSources[2].registry"
// ("" when it concerns the whole file).
struct ValidationIssue
{
    QString path;
    QString message;

    // "path: message", or just the message for a whole-file issue.
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

// Parses and validates one application-v1 file. The file is accepted whole or not at all:
// on failure Error::where is fileName and Error::message is "<json path>: <what is wrong>"
// for the first problem in spec (= document) order.
//
// Normalisation, which applicationToJson writes back: every string is trimmed, sha256 is
// lower-cased, and an optional key that is null, absent or an empty text is written as
// absent ("attachments" stays present, possibly empty, when the file had it as a list).
Result<Application> parseApplicationJson(const QByteArray &bytes, const QString &fileName);

// Every semantic problem of an application (required texts, codes, dates, formats and the
// cross-field rules of the spec), with the same paths as the JSON. Empty means valid.
// The manual registration form shows each issue at its field.
std::vector<ValidationIssue> validateApplication(const Application &app);

// The application as an application-v1 object, "x-" extension keys put back where they were.
QJsonObject applicationToJson(const Application &app);

// The same as indented UTF-8 JSON, keys in the spec's order ("format" first) and "x-" keys
// last in their object.
QByteArray applicationToJsonBytes(const Application &app);

// A Norwegian organisation number: exactly 9 digits, the last a MOD11 check digit
// (weights 3, 2, 7, 6, 5, 4, 3, 2).
bool isValidOrgNumber(const QString &digits);

} // namespace fv
