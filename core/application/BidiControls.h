#pragma once

#include <QString>
#include <QStringView>
#include <QVariant>

#include <optional>

namespace fv {

// The invisible characters that change the order text is shown in (embeddings, overrides,
// isolates, marks: U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C). In an applicant's
// text they could reverse the authority's sentence or address around it, so the importer
// refuses them and letters drop any that came in another way.
bool isBidiControl(char32_t c);

// The first such character in `text`, if any.
std::optional<char32_t> firstBidiControl(QStringView text);

// `text` without them.
QString withoutBidiControls(const QString &text);

// Every string in a value (maps and lists walked through) without them.
QVariant withoutBidiControls(const QVariant &value);

} // namespace fv
