#include "storage/DatabaseKind.h"

#include "storage/Settings.h"

namespace fv {

namespace {
const QString kKey = QStringLiteral("database.kind");
}

QString toCode(DatabaseKind kind)
{
    switch (kind) {
    case DatabaseKind::Real: return QStringLiteral("real");
    case DatabaseKind::Demo: return QStringLiteral("demo");
    case DatabaseKind::Test: return QStringLiteral("test");
    }
    return {};
}

Result<DatabaseKind> databaseKind(Database &db)
{
    auto v = Settings::get(db, kKey, QStringLiteral("real"));
    if (!v)
        return v.error();
    if (v.value() == QLatin1String("demo"))
        return DatabaseKind::Demo;
    if (v.value() == QLatin1String("test"))
        return DatabaseKind::Test;
    return DatabaseKind::Real;
}

Status setDatabaseKind(Database &db, DatabaseKind kind)
{
    return Settings::set(db, kKey, toCode(kind));
}

} // namespace fv
