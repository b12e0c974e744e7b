#pragma once

#include <QString>

namespace fv {

// Norwegian letters folded the way people type them without a Norwegian keyboard, so that
// "odegard", "oedegaard" and "Ødegård" are one word to the search: æ → ae, ø → o, å → a,
// then lower case, then "aa" → "a" and "oe" → "o". The index and the query are folded alike
// (the tokenizer then removes other accents: é → e, ü → u).
QString foldForSearch(const QString &text);

// The same folding as an SQL expression over `expression`, for the index triggers. It must
// give the same tokens as foldForSearch(): SQLite's lower() only knows ASCII, which is
// enough because the tokenizer lower-cases the rest.
QString foldSql(const QString &expression);

// The FTS5 MATCH expression for what a person typed: every word folded and quoted, each a
// prefix (results update while typing), all required; words of one character are left out.
// Empty when there is no word.
QString ftsMatchExpression(const QString &typed);

} // namespace fv
