#pragma once

#include "Result.h"

#include <QString>
#include <QVariantMap>

namespace fv {

enum class Escaping { Html, None };

// Renders a Mustache template (Debian's kainjow-mustache) with a context of QVariantMap /
// QVariantList / QString / bool / numbers. {{name}} is HTML-escaped unless Escaping::None,
// so applicant-supplied text always prints literally in letters.
Result<QString> renderTemplate(const QString &templ, const QVariantMap &context, Escaping escaping = Escaping::Html);

} // namespace fv
