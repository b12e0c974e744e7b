#pragma once

#include <QtGlobal>

namespace fv {

// How many statements this process has run through Database (exec, scalar, insert), on every
// connection: what the tests bound an operation by, since on the team server one statement is
// one round trip (issue 13). Read it before and after the operation.
qint64 statementsRun();

} // namespace fv
