#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace fv {

// Writes the whole file or nothing (QSaveFile): a full disk never leaves half a PDF.
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace fv
