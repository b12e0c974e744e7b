#pragma once

#include "TestSupport.h"

#include <QString>
#include <QStringList>

namespace fv::test {

// A fresh database on the throw-away PostgreSQL cluster named by $FV_TEST_PG_URI (a superuser's
// libpq URI, tools/pg-cluster.sh), with the team server's schema made by `init --test` and three
// logins of its own: it() administers (a member of fv_admin, who added the others), ada() is
// adviser and decision-maker, bo() lawyer and decision-maker. Dropped, with the logins, at the
// end. Without $FV_TEST_PG_URI there is no server: available() says so, and tests SKIP.
class ServerTestDb
{
public:
    static bool available();

    ServerTestDb(); // throws std::runtime_error when the database cannot be set up
    ~ServerTestDb();
    ServerTestDb(const ServerTestDb &) = delete;
    ServerTestDb &operator=(const ServerTestDb &) = delete;

    const QString &it() const { return m_it; }
    const QString &ada() const { return m_ada; }
    const QString &bo() const { return m_bo; }
    const QString &name() const { return m_name; }

    // postgresql:///NAME?host=…&user=LOGIN (no password: the cluster trusts its socket).
    QString uri(const QString &login) const;
    // fellesvedtak-cli --db uri(login) ARGS, as a separate process.
    CliRun cli(const QString &login, const QStringList &args, const QStringList &environment = {}) const;
    // psql as `login` on this database (ON_ERROR_STOP, unaligned, tuples only).
    CliRun psql(const QString &login, const QString &sql) const;
    // psql as the cluster's superuser on its maintenance database, or on `database`.
    static CliRun superPsql(const QString &sql, const QString &database = QString());

private:
    QString m_tag;
    QString m_name;
    QString m_it;
    QString m_ada;
    QString m_bo;
};

} // namespace fv::test
