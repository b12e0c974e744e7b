#pragma once

#include "Result.h"

#include <QString>

namespace fv::detail {

// The longest full name and title a user record takes: each is one line of a letter's
// signature.
constexpr int maxFullNameLength = 100;
constexpr int maxTitleLength = 100;

// A full name or title as stored: trimmed, one line, not too long; else the refusal.
Result<QString> checkedFullName(const QString &text);
Result<QString> checkedTitle(const QString &text);

} // namespace fv::detail
