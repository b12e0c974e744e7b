#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace fv {

// A private copy (owner-only) of a case's stored bytes for the desktop's viewer, written whole
// into the case's own temporary folder as `fileName` ('/' never kept in a name); the database
// stays the authority. Returns the copy's path.
Result<QString> writePrivateCopy(const QString &caseNumber, const QString &fileName, const QByteArray &bytes);

} // namespace fv
