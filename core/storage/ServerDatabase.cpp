#include "storage/ServerDatabase.h"

#include "Clock.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <map>

namespace fv {
namespace {

// libpq's quoting of a connect option's value: in single quotes, \ and ' escaped.
QString quotedOption(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString resourceText(const QString &name)
{
    QFile f(QStringLiteral(":/postgres/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

// schema.sql with psql's own commands done by the program: \ir pulls in the part it names,
// \set (psql's ON_ERROR_STOP) is what the program does anyway.
Result<QString> expandedSchema()
{
    const QString schema = resourceText(QStringLiteral("schema.sql"));
    if (schema.isEmpty())
        return fail(ServerText::tr("the program carries no server schema (resources/postgres/schema.sql)"));
    QString out;
    const QStringList lines = schema.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("\\ir "))) {
            const QString part = resourceText(line.mid(4).trimmed());
            if (part.isEmpty())
                return fail(ServerText::tr("the program's server schema lacks the part %1").arg(line.mid(4).trimmed()));
            out += part + QLatin1Char('\n');
        } else if (!line.startsWith(QLatin1Char('\\'))) {
            out += line + QLatin1Char('\n');
        }
    }
    return out;
}

// The vN.sql files the program carries, by version.
std::map<int, QString> versionScripts()
{
    std::map<int, QString> scripts;
    static const QRegularExpression name(QStringLiteral("^v(\\d+)\\.sql$"));
    QDirIterator it(QStringLiteral(":/postgres"));
    while (it.hasNext()) {
        it.next();
        if (const auto m = name.match(it.fileName()); m.hasMatch())
            scripts[m.captured(1).toInt()] = it.fileName();
    }
    return scripts;
}

// The statements of a script, split at the semicolons outside comments, quoted text and
// $tag$ bodies. Qt's driver reports only the first result of a string of statements, so an
// error in the middle would go unnoticed: each statement is run and checked by itself.
QStringList statements(const QString &sql)
{
    QStringList out;
    QString current;
    bool content = false;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    const auto take = [&](qsizetype to) {
        current += sql.mid(i, to - i);
        i = to;
    };
    static const QRegularExpression dollarTag(QStringLiteral("\\$[A-Za-z_]?[A-Za-z0-9_]*\\$"));
    while (i < n) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('-') && sql.mid(i, 2) == QLatin1String("--")) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            take(end < 0 ? n : end);
        } else if (c == QLatin1Char('/') && sql.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            take(end < 0 ? n : end + 2);
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < n && (sql.at(end) != c || (end + 1 < n && sql.at(end + 1) == c && ++end)))
                ++end;
            content = true;
            take(std::min(end + 1, n));
        } else if (const auto m = c == QLatin1Char('$')
                       ? dollarTag.match(
                           sql, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                       : QRegularExpressionMatch();
                   m.hasMatch()) {
            const QString tag = m.captured(0);
            const qsizetype end = sql.indexOf(tag, i + tag.size());
            content = true;
            take(end < 0 ? n : end + tag.size());
        } else if (c == QLatin1Char(';')) {
            if (content)
                out << current.trimmed();
            current.clear();
            content = false;
            ++i;
        } else {
            content = content || !c.isSpace();
            take(i + 1);
        }
    }
    if (content)
        out << current.trimmed();
    return out;
}

Status runScript(Database &db, const QString &sql, const QString &what)
{
    for (const QString &statement : statements(sql)) {
        QSqlQuery q(db.connection());
        if (!q.exec(statement)) {
            const QString why = q.lastError().databaseText().trimmed();
            return fail(what.isEmpty() ? why : QStringLiteral("%1: %2").arg(what, why));
        }
    }
    return ok();
}

// A script's own transaction control: the program runs every missing step in its one transaction.
bool transactionControl(const QString &statement)
{
    static const QRegularExpression control(
        QStringLiteral("^(BEGIN|COMMIT|END|START\\s+TRANSACTION)(\\s+(WORK|"
                       "TRANSACTION))?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
    return control.match(QString(statement).remove(comment).trimmed()).hasMatch();
}

// Every vN.sql after `from` up to `to`, in order and in ONE transaction: an upgrade that fails
// in any step leaves the database at the version it had. Each step is recorded in
// schema_version; the role a step took (SET [LOCAL] ROLE fv_owner) is dropped after it.
Status applyVersionScripts(Database &db, int from, int to)
{
    QList<QPair<QString, QString>> all{{QStringLiteral("BEGIN"), QString()}}; // statement, its file
    for (const auto &[version, file] : versionScripts()) {
        if (version <= from || version > to)
            continue;
        QString text; // psql's own commands (\set …) are no SQL: the program does without them
        for (const QString &line : resourceText(file).split(QLatin1Char('\n')))
            if (!line.startsWith(QLatin1Char('\\')))
                text += line + QLatin1Char('\n');
        for (const QString &statement : statements(text))
            if (!transactionControl(statement))
                all.append({statement, file});
        all.append({QStringLiteral("RESET ROLE"), file});
        all.append({QStringLiteral("UPDATE fv.schema_version SET version = %1 WHERE version < %1").arg(version), file});
    }
    all.append({QStringLiteral("COMMIT"), QString()});
    for (const auto &[statement, file] : all) {
        QSqlQuery q(db.connection());
        if (!q.exec(statement)) {
            const QString why = q.lastError().databaseText().trimmed();
            (void)runScript(db, QStringLiteral("ROLLBACK"), QString());
            (void)runScript(db, QStringLiteral("RESET ROLE"), QString());
            return fail(ServerText::tr("the server's schema could not be upgraded to version %1 (%2): %3")
                            .arg(to)
                            .arg(file, why));
        }
    }
    return ok();
}

} // namespace

bool isServerUri(const QString &where)
{
    return where.startsWith(QLatin1String("postgresql://")) || where.startsWith(QLatin1String("postgres://"));
}

Status configureServerConnection(QSqlDatabase &db, const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    // A refusal names the address without the password it refuses.
    const QString shown = url.adjusted(QUrl::RemovePassword | QUrl::RemoveQuery).toString();
    if (!url.isValid())
        return fail(ServerText::tr("this is not a valid server address (%1)").arg(url.errorString()), shown);
    if (!url.password().isEmpty())
        return fail(ServerText::tr("a password in the server address is refused: it would show in the process "
                                   "list and in history files; use ~/.pgpass, a service file, Kerberos or a "
                                   "certificate (docs/TEAM.md)"),
                    shown);
    const QString path = url.path(QUrl::FullyDecoded);
    db.setDatabaseName(path.startsWith(QLatin1Char('/')) ? path.mid(1) : path);
    if (!url.host().isEmpty())
        db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    if (!url.userName().isEmpty())
        db.setUserName(url.userName(QUrl::FullyDecoded));
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("password"))
            return fail(ServerText::tr("a password in the server address is refused: it would show in the process "
                                       "list and in history files; use ~/.pgpass, a service file, Kerberos or a "
                                       "certificate (docs/TEAM.md)"),
                        shown);
        if (value.contains(QLatin1Char(';')))
            return fail(ServerText::tr("the server address's parameter %1 contains “;”, which is not allowed").arg(key),
                        uri);
        if (key == QLatin1String("host"))
            db.setHostName(value);
        else if (key == QLatin1String("port"))
            db.setPort(value.toInt());
        else if (key == QLatin1String("user"))
            db.setUserName(value);
        else if (key == QLatin1String("dbname"))
            db.setDatabaseName(value);
        else
            options << key + QLatin1Char('=') + quotedOption(value);
    }
    if (!url.query().contains(QLatin1String("application_name")))
        options << QStringLiteral("application_name=fellesvedtak");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return ok();
}

int serverScriptsVersion()
{
    const auto scripts = versionScripts();
    int version = 7;
    while (scripts.count(version + 1))
        ++version;
    return version;
}

Status createServerSchema(Database &db)
{
    auto script = expandedSchema();
    if (!script)
        return script.error();
    // One transaction: a refused or failed schema leaves the database as empty as it was.
    const QString whole = QStringLiteral("BEGIN;\n") + script.value() + QStringLiteral("\nCOMMIT;");
    if (auto s = runScript(db, whole, ServerText::tr("the server's schema could not be created")); !s) {
        (void)runScript(db, QStringLiteral("ROLLBACK"), QString());
        (void)runScript(db, QStringLiteral("RESET ROLE"), QString());
        return s;
    }
    // Up to this program's version (the SQLite schema's): a later vN.sql waits for its program.
    if (serverScriptsVersion() < currentSchemaVersion())
        return fail(ServerText::tr("this program has no server schema step to version %1").arg(currentSchemaVersion()));
    return applyVersionScripts(db, 7, currentSchemaVersion());
}

Status upgradeServerSchema(Database &db, int targetVersion)
{
    const int version = db.schemaVersion();
    if (version > targetVersion)
        return fail(ServerText::tr("the server's schema is at version %1, newer than this program (%2): install the "
                                   "newer Fellesvedtak")
                        .arg(version)
                        .arg(targetVersion),
                    db.path());
    if (version == targetVersion)
        return ok();
    if (serverScriptsVersion() < targetVersion)
        return fail(ServerText::tr("this program has no server schema step to version %1").arg(targetVersion));
    auto super = db.scalar(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = session_user"));
    if (!super || !super->toBool())
        return fail(ServerText::tr("the server's schema is at version %1 and this program needs version %2: IT "
                                   "upgrades it by running the program once as the database's superuser")
                        .arg(version)
                        .arg(targetVersion),
                    db.path());
    return applyVersionScripts(db, version, targetVersion);
}

namespace {

// The program's text for a refusal key (resources/postgres/README.md); empty for an unknown key.
QString refusalText(const QString &key)
{
    static const std::map<QString, const char *> texts = {
        {QStringLiteral("four-eyes"),
         QT_TRANSLATE_NOOP("fv::Server",
                           "%1 has worked on this decision and cannot approve it. Someone else must "
                           "approve it (the four-eyes principle).")},
        {QStringLiteral("stale"),
         QT_TRANSLATE_NOOP("fv::Server", "Someone changed this after you opened it. Open it again.")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("fv::Server", "You do not have the role this needs.")},
        {QStringLiteral("not-a-user"), QT_TRANSLATE_NOOP("fv::Server", "%1 is not an active user of Fellesvedtak.")},
        {QStringLiteral("own-account"),
         QT_TRANSLATE_NOOP("fv::Server",
                           "Nobody can change their own roles or their own user account. Another "
                           "administrator must do it.")},
        {QStringLiteral("decision-locked"),
         QT_TRANSLATE_NOOP("fv::Server", "The decision is approved and can no longer be changed.")},
        {QStringLiteral("decision-identity"),
         QT_TRANSLATE_NOOP("fv::Server", "Who wrote the draft of a decision version, and when, cannot be changed.")},
        {QStringLiteral("decision-kept"), QT_TRANSLATE_NOOP("fv::Server", "A decision version cannot be deleted.")},
        {QStringLiteral("contributors"),
         QT_TRANSLATE_NOOP("fv::Server", "Who worked on a decision cannot be changed or removed.")},
        {QStringLiteral("not-draft"),
         QT_TRANSLATE_NOOP("fv::Server", "The decision is no longer a draft and cannot be edited.")},
        {QStringLiteral("not-submitted"),
         QT_TRANSLATE_NOOP("fv::Server", "The decision has not been submitted for approval.")},
        {QStringLiteral("not-approved"), QT_TRANSLATE_NOOP("fv::Server", "The decision is not approved yet.")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("fv::Server", "Write why the draft is returned.")},
        {QStringLiteral("status"),
         QT_TRANSLATE_NOOP("fv::Server", "This is not possible in the case's current status.")},
        {QStringLiteral("no-case"), QT_TRANSLATE_NOOP("fv::Server", "There is no case with this number.")},
        {QStringLiteral("no-decision"), QT_TRANSLATE_NOOP("fv::Server", "The case has no decision draft.")},
        {QStringLiteral("document-number"),
         QT_TRANSLATE_NOOP("fv::Server", "Someone else stored a document in the case meanwhile. Try again.")},
        {QStringLiteral("document-sent"),
         QT_TRANSLATE_NOOP("fv::Server", "A sent document cannot be changed or deleted.")},
        {QStringLiteral("document-received"),
         QT_TRANSLATE_NOOP("fv::Server", "A received document cannot be changed or deleted.")},
        {QStringLiteral("append-only"),
         QT_TRANSLATE_NOOP("fv::Server", "The audit trail cannot be changed or deleted.")},
        {QStringLiteral("audit-head"),
         QT_TRANSLATE_NOOP("fv::Server", "The head of the audit trail is missing, so nothing can be recorded.")},
        {QStringLiteral("case-number"),
         QT_TRANSLATE_NOOP("fv::Server", "Case numbers are given in sequence, and a case always keeps its number.")},
        {QStringLiteral("case-kept"), QT_TRANSLATE_NOOP("fv::Server", "A case cannot be deleted.")},
        {QStringLiteral("numbers-used-up"), QT_TRANSLATE_NOOP("fv::Server", "The case numbers for %1 are used up.")},
        {QStringLiteral("no-login"),
         QT_TRANSLATE_NOOP("fv::Server", "%1 has no login on the database server. IT must create it first.")},
        {QStringLiteral("not-a-login"),
         QT_TRANSLATE_NOOP("fv::Server",
                           "%1 cannot be a caseworker's login: the name is a group role, reserved "
                           "(pg_, fv_) or not a plain login name.")},
        {QStringLiteral("no-roles"), QT_TRANSLATE_NOOP("fv::Server", "Give the user at least one role.")},
        {QStringLiteral("no-user"), QT_TRANSLATE_NOOP("fv::Server", "The user does not exist.")},
        {QStringLiteral("unknown-role"), QT_TRANSLATE_NOOP("fv::Server", "The role does not exist.")},
        {QStringLiteral("user-exists"), QT_TRANSLATE_NOOP("fv::Server", "The user exists already.")},
        {QStringLiteral("user-kept"),
         QT_TRANSLATE_NOOP("fv::Server", "A user cannot be deleted. Deactivate the user instead.")},
        {QStringLiteral("user-login"), QT_TRANSLATE_NOOP("fv::Server", "A user's login cannot be changed.")},
    };
    const auto it = texts.find(key);
    return it == texts.end() ? QString() : QCoreApplication::translate("fv::Server", it->second);
}

} // namespace

std::optional<QString> serverRefusal(const QSqlError &error, const QString &login)
{
    static const QRegularExpression hint(QStringLiteral("HINT:\\s*fv:([a-z-]+)"));
    const QString native = error.databaseText() + QLatin1Char('\n') + error.driverText();
    const auto m = hint.match(native);
    if (!m.hasMatch())
        return std::nullopt;
    const QString key = m.captured(1);
    QString text = refusalText(key);
    if (text.isEmpty())
        return std::nullopt;
    if (key == QLatin1String("numbers-used-up"))
        text = text.arg(today().year());
    else if (key == QLatin1String("no-login") || key == QLatin1String("not-a-login")) {
        static const QRegularExpression first(QStringLiteral("ERROR:\\s*(\\S+)"));
        text = text.arg(first.match(native).captured(1));
    } else if (text.contains(QLatin1String("%1")))
        text = text.arg(login);
    return text;
}

} // namespace fv
