#pragma once

#include <QStringList>
#include <QTextStream>

namespace fv {

// fellesvedtak-cli: runs one command (the words after the program name) and returns the
// exit status: 0 done, 1 refused (one clear message on err), 2 usage error.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace fv
