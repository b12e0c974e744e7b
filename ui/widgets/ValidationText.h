#pragma once

#include "application/ApplicationJson.h"

#include <QCoreApplication>

namespace fv {

// The core's validation messages are English and name JSON paths (they serve the CLI and
// import logs too). At a field in the form the path is already clear, so this gives the
// caseworker a short, translated sentence for each kind of problem instead.
class ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(fv::ValidationText)
public:
    static QString forField(const ValidationIssue &issue);
};

} // namespace fv
