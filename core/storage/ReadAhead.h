#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace fv {

class Database;

// Reading ahead on the team server (issue 13: one statement is one round trip there). A reading
// done again and again with the same statements, such as opening a case, learns on its first
// run which SELECTs it sends once its keys are known (the case's id and number); on later runs
// it sends them all at once when the keys are known, in ONE statement that returns each result
// as JSON, and the stores' own statements are then answered from those results, typed as the
// driver types them. A statement not read ahead runs as always, so a plan that does not fit a
// case costs round trips, never a wrong answer; a write in the scope ends the reading ahead.
// Nothing is kept beyond the scope but the statements' text. On SQLite it does nothing.
class ReadAhead
{
public:
    // A scope of one reading; `purpose` names its plan. Inside another scope it joins that one.
    ReadAhead(Database &db, const QString &purpose);
    ~ReadAhead();
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // The values the reading varies by, in a fixed order: what the plan learnt is sent now.
    // Only the first call in a scope counts.
    static void keysKnown(Database &db, const QVariantList &keys);

    // Reading ahead on (the default) or off, for the whole process: the tests compare the two.
    static void setEnabled(bool on);

private:
    Database &m_db;
    bool m_owner = false;
};

// For Database only: the answer read ahead for a statement, if there is one; a statement that
// ran on the server; a connection closed.
std::optional<QSqlQuery> readAheadAnswer(Database &db, const QString &sql, const QVariantList &bindings);
void readAheadRan(Database &db, const QString &sql, const QVariantList &bindings, QSqlQuery &q);
void forgetReadAhead(const QString &connectionName);

} // namespace fv
