#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlError;

namespace fv {

class Database;

// The team server's own words: refusals by key, connection problems. Context fv::Server.
class ServerText
{
    Q_DECLARE_TR_FUNCTIONS(fv::Server)
};

// Whether --db / $FELLESVEDTAK_DB names a PostgreSQL server (postgresql://… or postgres://…)
// rather than an SQLite file.
bool isServerUri(const QString &where);

// Sets up `db` (a QPSQL connection) from a libpq URI: host (also ?host=/socket/folder), port,
// database, user, and every other parameter (sslmode, service, …) as a connect option. A
// password in the URI is refused: libpq's ~/.pgpass, service file, GSSAPI or certificates keep it.
Status configureServerConnection(QSqlDatabase &db, const QString &uri);

// Creates the schema in an empty server database: schema.sql with its parts in the order of
// resources/postgres/README.md (what psql's \ir would load), then every vN.sql present in order,
// each recorded in schema_version. Needs a superuser (IT), as docs/TEAM.md says.
Status createServerSchema(Database &db);

// Brings a server database made by an earlier program to this one's version with the vN.sql
// files (only IT's superuser may); refuses one from a newer program.
Status upgradeServerSchema(Database &db, int targetVersion);

// The newest schema version the embedded server files reach (7 plus every vN.sql).
int serverScriptsVersion();

// A refusal of the server (SQLSTATE with HINT fv:<key>) as the program's translated message;
// none when the error is no such refusal. `login` is the session's login (for %1).
std::optional<QString> serverRefusal(const QSqlError &error, const QString &login);

} // namespace fv
