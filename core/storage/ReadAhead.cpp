#include "storage/ReadAhead.h"

#include "storage/Database.h"
#include "storage/ServerLiterals.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlRecord>
#include <QSqlResult>

#include <atomic>
#include <map>

namespace fv {
namespace {

// The most statements one plan sends together (a plan that grows past it stops growing).
constexpr qsizetype maxPlan = 96;
// A statement of the plan is dropped when this many readings in a row have not asked for it (a
// case without a decision does not read the decision's tables, the next one may).
constexpr int maxIdle = 16;

std::atomic<bool> enabled{true}; // ReadAhead::setEnabled

// One statement the plan sends: its text and bindings, each binding either fixed or one of the
// keys (keyOf), and its result's columns as the driver named and typed them.
struct Statement
{
    QString sql;
    QVariantList bindings;
    QList<int> keyOf; // per binding: the index of the key it is, or -1
    QStringList names;
    QList<int> types; // QMetaType ids
    int idle = 0;     // readings in a row that sent it and did not ask for it
};

// Rows read ahead for one statement, typed as the driver types them.
struct Answer
{
    QStringList names;
    QList<int> types;
    QList<QVariantList> rows;
    QList<QList<bool>> nulls;
};

// What is kept per connection: the plans learnt, and the reading under way.
struct State
{
    QHash<QString, QList<Statement>> plans;
    bool inTransaction = false; // BEGIN seen, COMMIT or ROLLBACK not yet
    QString purpose;
    bool active = false;  // a scope is open
    bool stopped = false; // a write or a transaction: no reading ahead in this scope
    bool keyed = false;
    bool sending = false; // the bundle itself is running
    QVariantList keys;
    QHash<QString, Answer> answers; // by the statement's text with its literals
    QList<Statement> asked;         // of the plan: the statements asked for
    QList<Statement> missed;        // SELECTs run after the keys that were not read ahead
};

// By connection name. The GUI and the CLI use a connection from one thread; the lock guards
// the map itself.
QMutex statesLock;
std::map<QString, State> states; // a std::map: a State stays where it is while others come

State &stateOf(Database &db)
{
    QMutexLocker lock(&statesLock);
    return states[db.connection().connectionName()];
}

// A statement that only reads: a SELECT that calls none of the server's functions that write
// (fv_approve_decision(…), fv_append_event(…): SELECTs that decide) and no sequence, and a WITH
// without a write in it. Anything else ends the reading ahead of the scope.
bool isSelect(const QString &sql)
{
    static const QRegularExpression writes(
        QStringLiteral("\\bfv_(?!now\\b)\\w+\\s*\\(|\\b(setval|nextval|INSERT|UPDATE|DELETE|MERGE)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView head = QStringView(sql).trimmed();
    const bool reads = head.startsWith(u"SELECT", Qt::CaseInsensitive) || head.startsWith(u"WITH", Qt::CaseInsensitive);
    return reads && !writes.match(sql).hasMatch();
}

// Which key a binding is (the same type and value), or -1.
int keyIndex(const QVariantList &keys, const QVariant &binding)
{
    for (qsizetype k = 0; k < keys.size(); ++k)
        if (keys[k].typeId() == binding.typeId() && keys[k] == binding)
            return static_cast<int>(k);
    return -1;
}

// A statement's identity in a plan: its text and its bindings, the keys among them by index.
QString identity(const Statement &s)
{
    QString id = s.sql;
    for (qsizetype i = 0; i < s.bindings.size(); ++i)
        id += QLatin1Char('\x1f')
            + (s.keyOf[i] >= 0 ? QStringLiteral("key%1").arg(s.keyOf[i]) : serverLiteral(s.bindings[i]));
    return id;
}

// The statement's text with the literals of this scope's keys.
std::optional<QString> instantiate(const Statement &s, const QVariantList &keys)
{
    QVariantList bindings = s.bindings;
    for (qsizetype i = 0; i < bindings.size(); ++i)
        if (s.keyOf[i] >= 0)
            bindings[i] = keys.value(s.keyOf[i]);
    return withServerLiterals(s.sql, bindings);
}

// One JSON value as QPSQL returns a column of that type.
QVariant typed(const QJsonValue &v, int type)
{
    switch (type) {
    case QMetaType::Bool: return v.toBool();
    case QMetaType::Int: return static_cast<int>(v.toInteger());
    case QMetaType::UInt: return static_cast<uint>(v.toInteger());
    case QMetaType::LongLong: return static_cast<qlonglong>(v.toInteger());
    case QMetaType::ULongLong: return static_cast<qulonglong>(v.toInteger());
    case QMetaType::Double: return v.toDouble();
    case QMetaType::QByteArray: return QByteArray::fromHex(v.toString().mid(2).toLatin1()); // "\x…"
    case QMetaType::QDate: return QDate::fromString(v.toString(), Qt::ISODate);
    default: break;
    }
    QString text;
    if (v.isString())
        text = v.toString();
    else if (v.isObject())
        text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else if (v.isBool())
        text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else
        text = v.toVariant().toString();
    if (type == QMetaType::QString)
        return text;
    QVariant converted(text);
    converted.convert(QMetaType(type));
    return converted;
}

// A result answered from the rows read ahead, for QSqlQuery (which reads any QSqlResult).
class AnsweredResult : public QSqlResult
{
public:
    AnsweredResult(const QSqlDriver *driver, const QString &sql, const Answer &answer)
        : QSqlResult(driver)
        , m_answer(answer)
    {
        setQuery(sql);
        setForwardOnly(false);
        setSelect(true);
        setActive(true);
        setAt(QSql::BeforeFirstRow);
    }

protected:
    QVariant data(int i) override { return m_answer.rows.value(at()).value(i); }
    bool isNull(int i) override { return m_answer.nulls.value(at()).value(i, true); }
    bool reset(const QString &) override { return false; }
    bool fetch(int i) override
    {
        if (i < 0 || i >= m_answer.rows.size())
            return false;
        setAt(i);
        return true;
    }
    bool fetchFirst() override { return fetch(0); }
    bool fetchLast() override { return fetch(static_cast<int>(m_answer.rows.size()) - 1); }
    int size() override { return static_cast<int>(m_answer.rows.size()); }
    int numRowsAffected() override { return -1; }
    QSqlRecord record() const override
    {
        QSqlRecord r;
        for (qsizetype i = 0; i < m_answer.names.size(); ++i)
            r.append(QSqlField(m_answer.names[i], QMetaType(m_answer.types[i])));
        return r;
    }

private:
    Answer m_answer;
};

// Sends the plan's statements for these keys in one statement; their results become answers.
void sendPlan(Database &db, State &state, const QList<Statement> &plan)
{
    QStringList parts;
    QList<const Statement *> sent;
    QStringList texts;
    QSet<QString> seen;
    for (const Statement &s : plan) {
        const auto text = instantiate(s, state.keys);
        if (!text || seen.contains(*text))
            continue;
        seen.insert(*text);
        QString inner = text->trimmed();
        while (inner.endsWith(QLatin1Char(';')))
            inner.chop(1);
        QStringList columns; // by position: a result may name two columns alike
        for (qsizetype c = 0; c < s.names.size(); ++c)
            columns << QStringLiteral("c%1").arg(c);
        parts << QStringLiteral("(SELECT coalesce(json_agg(t), '[]') FROM (%1) AS t(%2))")
                     .arg(inner, columns.join(QLatin1Char(',')));
        sent << &s;
        texts << *text;
    }
    if (parts.isEmpty())
        return;
    state.sending = true;
    auto q = db.exec(QStringLiteral("SELECT ") + parts.join(QStringLiteral(", ")));
    state.sending = false;
    if (!q || !q->next())
        return; // nothing read ahead: every statement runs as it would have
    for (qsizetype i = 0; i < sent.size(); ++i) {
        const Statement &s = *sent[i];
        const QJsonArray rows = QJsonDocument::fromJson(q->value(static_cast<int>(i)).toString().toUtf8()).array();
        Answer a{s.names, s.types, {}, {}};
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            QVariantList values;
            QList<bool> nulls;
            for (qsizetype c = 0; c < s.names.size(); ++c) {
                const QJsonValue v = o.value(QStringLiteral("c%1").arg(c));
                const bool null = v.isNull() || v.isUndefined();
                values << (null ? QVariant(QMetaType(s.types[c])) : typed(v, s.types[c]));
                nulls << null;
            }
            a.rows << values;
            a.nulls << nulls;
        }
        state.answers.insert(texts[i], a);
    }
}

// The plan for the next scope: the plan's statements, those this one asked for or not idle too
// long, then what it missed.
QList<Statement> learnt(const State &state)
{
    QSet<QString> asked;
    for (const Statement &s : state.asked)
        asked.insert(identity(s));
    QList<Statement> plan;
    QSet<QString> seen;
    const auto add = [&](Statement s) {
        const QString id = identity(s);
        if (seen.contains(id) || plan.size() >= maxPlan)
            return;
        s.idle = asked.contains(id) ? 0 : s.idle + 1;
        if (s.idle >= maxIdle)
            return;
        seen.insert(id);
        plan << s;
    };
    for (const Statement &s : state.plans.value(state.purpose))
        add(s);
    for (const Statement &s : state.missed)
        add(s);
    return plan;
}

} // namespace

ReadAhead::ReadAhead(Database &db, const QString &purpose) : m_db(db)
{
    if (!db.isServer() || !enabled.load(std::memory_order_relaxed))
        return;
    State &state = stateOf(db);
    if (state.active)
        return;
    m_owner = true;
    state.active = true;
    state.purpose = purpose;
    state.stopped = state.inTransaction; // a read inside a transaction may follow its writes
}

ReadAhead::~ReadAhead()
{
    if (!m_owner)
        return;
    State &state = stateOf(m_db);
    if (state.keyed && !state.stopped)
        state.plans.insert(state.purpose, learnt(state));
    state.active = state.stopped = state.keyed = false;
    state.keys.clear();
    state.answers.clear();
    state.asked.clear();
    state.missed.clear();
}

void ReadAhead::setEnabled(bool on)
{
    enabled.store(on, std::memory_order_relaxed);
}

void ReadAhead::keysKnown(Database &db, const QVariantList &keys)
{
    if (!db.isServer())
        return;
    State &state = stateOf(db);
    if (!state.active || state.keyed || state.stopped)
        return;
    state.keyed = true;
    state.keys = keys;
    sendPlan(db, state, state.plans.value(state.purpose));
}

std::optional<QSqlQuery> readAheadAnswer(Database &db, const QString &sql, const QVariantList &bindings)
{
    State &state = stateOf(db);
    if (!state.active || !state.keyed || state.stopped || state.sending || state.answers.isEmpty())
        return std::nullopt;
    const auto text = withServerLiterals(sql, bindings);
    if (!text)
        return std::nullopt;
    const auto it = state.answers.constFind(*text);
    if (it == state.answers.constEnd())
        return std::nullopt;
    Statement s{sql, bindings, {}, it->names, it->types};
    for (const QVariant &b : bindings)
        s.keyOf << keyIndex(state.keys, b);
    state.asked << s;
    return QSqlQuery(new AnsweredResult(db.connection().driver(), sql, *it));
}

void readAheadRan(Database &db, const QString &sql, const QVariantList &bindings, QSqlQuery &q)
{
    State &state = stateOf(db);
    const QStringView head = QStringView(sql).trimmed();
    if (head.startsWith(u"BEGIN", Qt::CaseInsensitive))
        state.inTransaction = true;
    else if (head.compare(u"COMMIT", Qt::CaseInsensitive) == 0 || head.compare(u"ROLLBACK", Qt::CaseInsensitive) == 0)
        state.inTransaction = false;
    if (!state.active || state.sending || state.stopped)
        return;
    if (!isSelect(sql)) { // a write (or BEGIN): what was read ahead may be out of date now
        state.stopped = true;
        state.answers.clear();
        return;
    }
    if (!state.keyed)
        return;
    Statement s{sql, bindings, {}, {}, {}};
    for (const QVariant &b : bindings)
        s.keyOf << keyIndex(state.keys, b);
    // Read as forward-only, QPSQL's record() does not look up each column's table name: a round
    // trip per table on the connection's first reading otherwise.
    const bool forwardOnly = q.isForwardOnly();
    q.setForwardOnly(true);
    const QSqlRecord r = q.record();
    q.setForwardOnly(forwardOnly);
    if (r.isEmpty())
        return;
    for (int i = 0; i < r.count(); ++i) {
        s.names << r.fieldName(i);
        s.types << r.field(i).metaType().id();
    }
    state.missed << s;
}

void forgetReadAhead(const QString &connectionName)
{
    QMutexLocker lock(&statesLock);
    states.erase(connectionName);
}

} // namespace fv
