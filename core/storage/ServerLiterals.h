#pragma once

#include <QString>
#include <QVariantList>

#include <optional>

namespace fv {

// `sql` with each positional placeholder (?) outside quoted text and quoted names replaced by
// its binding written as a PostgreSQL literal: one round trip to the server per statement
// instead of Qt's three (PREPARE, EXECUTE, DEALLOCATE), which is what a server 10 ms away
// feels. Every value is written as a quoted literal of unknown type, which the server types
// from its place in the statement exactly as it types a parameter; quotes are doubled, bytes
// are written as '\x…' (hex). Needs standard_conforming_strings = on (the program sets it for
// its session). A null QString is an empty text, as Database binds it; other nulls are NULL.
// nullopt when the number of placeholders and bindings differ.
std::optional<QString> withServerLiterals(const QString &sql, const QVariantList &bindings);

// One value written as withServerLiterals writes it: for statements built whole, such as the
// many rows of one INSERT … VALUES (…),(…) that migrate sends.
QString serverLiteral(const QVariant &value);

} // namespace fv
