// Database on the team server (PostgreSQL): connecting, creating the schema, the session.
#include "Clock.h"
#include "registry/RegistryCatalogue.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SchemaSteps.h"
#include "storage/ServerDatabase.h"
#include "storage/Transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace fv {

Result<std::unique_ptr<Database>> Database::connectServer(const QString &uri)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("fv-server-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    auto drop = [&] {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    };
    if (!db.isValid()) {
        drop();
        return fail(ServerText::tr("this computer lacks Qt's PostgreSQL driver (the package libqt6sql6-psql)"), uri);
    }
    if (auto s = configureServerConnection(db, uri); !s) {
        drop();
        return s.error();
    }
    if (!db.open()) {
        const QString why = db.lastError().databaseText().trimmed().isEmpty()
            ? db.lastError().text()
            : db.lastError().databaseText().trimmed();
        drop();
        return fail(ServerText::tr("cannot connect to the server: %1").arg(why), uri);
    }
    std::unique_ptr<Database> self(new Database(db, uri, name, false));
    db = QSqlDatabase();
    self->m_server = true;
    self->m_serverLiterals = true; // this first statement has no bindings to write in
    // standard_conforming_strings first: from here on every statement is one round trip, its
    // bindings written in as literals (ServerLiterals.h), never PREPARE + EXECUTE + DEALLOCATE.
    auto login = self->scalar(
        QStringLiteral("SELECT session_user::text, set_config('standard_conforming_strings', 'on', false)"));
    if (!login)
        return Error{login.error().message, uri};
    self->m_serverLogin = login->toString();
    return self;
}

// Search path, and the clock: "now" and "today" are the server's (fv_now(), the office's zone),
// never the client's; a fixed date is refused on the server whatever kind the database is.
Status Database::startServerSession()
{
    if (auto day = fixedTodayFromEnvironment(); !day || day.value())
        return fail(ServerText::tr("FELLESVEDTAK_TODAY is set, but on the team server the date and time are always "
                                   "the server's; unset the variable"),
                    QStringLiteral("FELLESVEDTAK_TODAY"));
    if (fixedToday())
        return fail(ServerText::tr("a fixed date cannot be used on the team server"), m_path);
    allowTodayFromEnvironment(false);
    auto serverNow = scalar(QStringLiteral("SELECT fv.fv_now(), set_config('search_path', 'fv, public', false)"));
    if (!serverNow)
        return Error{serverNow.error().message, m_path};
    const QDateTime there = QDateTime::fromString(serverNow->toString(), Qt::ISODateWithMs);
    if (!there.isValid())
        return fail(ServerText::tr("the server's clock gave no time (%1)").arg(serverNow->toString()), m_path);
    setServerClockOffset(QDateTime::currentDateTime().msecsTo(there));
    return ok();
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &uri, bool create, DatabaseKind kind)
{
    auto self = connectServer(uri);
    if (!self)
        return self.error();
    Database &db = *self.value();
    auto made = db.scalar(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'fv'"));
    if (!made)
        return Error{made.error().message, uri};
    if (made->toInt() == 0) {
        if (!create)
            return fail(ServerText::tr("the server database has no Fellesvedtak schema yet; IT creates it with "
                                       "init (docs/TEAM.md)"),
                        uri);
        if (auto s = createServerSchema(db); !s)
            return Error{s.error().message, uri};
        if (auto s = db.startServerSession(); !s)
            return s.error();
        // What the SQLite schema steps seed: the registry catalogue and the standard conditions.
        Transaction tx(db);
        if (auto s = tx.isOpen() ? seedRegistries(db) : Status(tx.error()); !s)
            return Error{s.error().message, uri};
        if (auto s = seedConditionLibrary(db); !s)
            return Error{s.error().message, uri};
        if (kind != DatabaseKind::Real)
            if (auto s = setDatabaseKind(db, kind); !s)
                return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        return self;
    }
    // A login IT made but nobody added to Fellesvedtak (no group role) cannot even read the schema.
    auto member = db.scalar(QStringLiteral("SELECT has_schema_privilege('fv', 'USAGE')"));
    if (!member)
        return Error{member.error().message, uri};
    if (!member->toBool())
        return fail(ServerText::tr("%1 is not an active user of Fellesvedtak.").arg(db.serverLogin()), uri);
    if (auto s = upgradeServerSchema(db, currentSchemaVersion()); !s)
        return s.error();
    if (auto s = db.startServerSession(); !s)
        return s.error();
    return self;
}

} // namespace fv
