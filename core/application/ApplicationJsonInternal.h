#pragma once

#include "application/Application.h"
#include "application/ApplicationJson.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Shared by the application-v1 reader, validator and writer; not for use elsewhere.
namespace fv::detail {

inline constexpr QStringView applicationFormat = u"helsedata-application/1";

// The spec's keys of one kind of object, in the spec's order. `schemaPath` is the object's
// JSON path without list indices: "" (top level), "project", "controller.address",
// "dataSources[]". Empty for anything the spec does not describe (e.g. inside "x-" values).
const QStringList &specKeys(const QString &schemaPath);

bool isExtensionKey(const QString &key);

// "dataSources[2].variables[0]" -> "dataSources[].variables[]"
QString schemaPathOf(const QString &jsonPath);

QString childPath(const QString &parent, const QString &key);
QString indexPath(const QString &parent, qsizetype index);

// Sorts paths into spec order: key positions and list indices, segment by segment; a key the
// spec does not know sorts first in its object, a whole-file issue ("") before everything.
std::vector<int> pathRank(const QString &jsonPath);

// "a string", "a list", "null", ... for messages such as "expected a string, got a number".
QString describeJsonType(const QJsonValue &value);

// `"x"`, for quoting a value in a message.
QString quoted(const QString &text);

// What Qt's JSON parser would let through changed: a duplicate key, a lone UTF-16 surrogate
// escape, a raw control character or NUL; the first, at its JSON path (ApplicationJsonScan.cpp).
std::optional<ValidationIssue> scanJsonText(QByteArrayView bytes);

// The first pass over the JSON: types, required keys, unknown keys, dates and the enums
// the struct holds as C++ enums. What the struct can hold is left to the validator.
struct StructuralParse
{
    Application app;
    std::vector<ValidationIssue> issues;
    bool kindKnown = false;            // "kind" was a valid code
    bool identifiabilityKnown = false; // "identifiability" was a valid code
};

StructuralParse readApplication(const QJsonObject &root);

// Rules that depend on an enum the reader could not read are skipped, so that a typo in
// "identifiability" is reported as such and not as a missing REK approval.
struct ValidationContext
{
    bool kindKnown = true;
    bool identifiabilityKnown = true;
};

std::vector<ValidationIssue> validateApplication(const Application &app, const ValidationContext &context);

} // namespace fv::detail
