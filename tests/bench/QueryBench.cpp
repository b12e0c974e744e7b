// fv-query-bench: the SQL that `fellesvedtak-cli list --search TERM --limit 100` sends, written
// out whole for the engine's own shell, so tools/bench-query.sh can time the program against the
// same query in sqlite3 or psql (issue 13). Links the core alone: a Release build of this needs
// no widgets.
//   fv-query-bench sql sqlite TERM   the query with its bindings as SQLite literals
//   fv-query-bench sql server TERM   the query exactly as the program sends it to PostgreSQL
#include "search/CaseSearch.h"
#include "storage/ServerLiterals.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

QString sqliteLiteral(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString)
        return QLatin1Char('\'') + v.toString().replace(QLatin1String("'"), QLatin1String("''")) + QLatin1Char('\'');
    return v.toString();
}

int printSql(bool server, const QString &term)
{
    QTextStream out(stdout);
    fv::CaseFilter filter;
    filter.search = term;
    filter.limit = 100; // as `list --limit 100`
    const auto q = fv::CaseSearch::listQuery(filter, {}, 0, server);
    if (server) {
        // What Database::exec sends on the server: the bindings written into the text.
        const auto text = fv::withServerLiterals(q.sql, q.bindings);
        if (!text)
            return 1;
        out << *text << QLatin1Char(';') << Qt::endl;
        return 0;
    }
    QString text = q.sql;
    // Positional '?' in order; folded search text has no '?' of its own.
    for (const QVariant &v : q.bindings)
        text.replace(text.indexOf(QLatin1Char('?')), 1, sqliteLiteral(v));
    out << text << QLatin1Char(';') << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() == 3 && args[0] == QLatin1String("sql")
        && (args[1] == QLatin1String("sqlite") || args[1] == QLatin1String("server")))
        return printSql(args[1] == QLatin1String("server"), args[2]);
    QTextStream(stderr) << "usage: fv-query-bench sql sqlite|server TERM\n";
    return 2;
}
