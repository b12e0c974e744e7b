#pragma once

#include <QStringList>
#include <QtGlobal>

namespace fv {

// How many statements this process has run through Database (exec, scalar, insert), on every
// connection: what the tests bound an operation by, since on the team server one statement is
// one round trip (issue 13). Read it before and after the operation.
qint64 statementsRun();

// Appends the text of every statement run from now on to `log` (null: stops); a statement
// answered by ReadAhead, which costs no round trip, is written with "(read ahead) " before it.
// For the tests and benchmarks that list what an operation runs; not thread-safe.
void setStatementLog(QStringList *log);

} // namespace fv
