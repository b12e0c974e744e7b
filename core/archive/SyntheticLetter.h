#pragma once

#include <QByteArray>
#include <QString>

namespace fv {

// The generator's stand-in for a decision letter. With a QGuiApplication (fonts) it is one real
// PDF/A-2b letter, laid out and written once a process by the letters' tagged-PDF writer and
// then shared by every generated case, so that generating stays fast; without one, a small
// plain PDF naming the case (which an archive extract converts to PDF/A).
QByteArray syntheticLetter(const QString &caseNumber, const QString &title);

} // namespace fv
