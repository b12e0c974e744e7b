#pragma once

#include <QStringList>
#include <QTextStream>

namespace fv {

// fellesvedtak-cli: runs one command (the words after the program name) and returns the
// exit status: 0 done, 1 refused (one clear message on err), 2 usage error.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Whether the command renders letters (and so needs fonts, that is a QGuiApplication).
bool cliRendersLetters(const QStringList &arguments);

} // namespace fv
