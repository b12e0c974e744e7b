#pragma once
// Helpers shared by the reliability suites (audit, backup, hostile environments, roles,
// concurrency, crashes): cases made through the core operations, and raw looks at the file.

#include "TestSupport.h"
#include "casework/CaseService.h"
#include "decision/DecisionService.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <stdexcept>

namespace fv::test {

// The shared example application with its own reference (references are unique).
inline QByteArray exampleWithReference(const QString &reference)
{
    QJsonObject o = QJsonDocument::fromJson(readFile(specFile(QStringLiteral("example-application.json")))).object();
    o.insert(QStringLiteral("reference"), reference);
    return QJsonDocument(o).toJson();
}

// Writes the example with `reference` into `dir` and returns the file's path.
inline QString writeExample(const QString &dir, const QString &reference)
{
    const QString path = QDir(dir).filePath(reference + QStringLiteral(".json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + path.toStdString());
    f.write(exampleWithReference(reference));
    return path;
}

inline QString importAs(TempDb &t, const QString &login, const QString &reference)
{
    auto cases = t.as(login);
    auto number = cases.importApplication(exampleWithReference(reference), reference + QStringLiteral(".json"));
    if (!number)
        throw std::runtime_error(number.error().toString().toStdString());
    return number.value();
}

// Imported by ola, drafted and submitted by ola (lise settles the assessment), approved by kari.
inline QString decidedCase(TempDb &t, const QString &reference)
{
    const QString number = importAs(t, QStringLiteral("ola"), reference);
    auto ola = t.as(QStringLiteral("ola"));
    auto kari = t.as(QStringLiteral("kari"));
    DecisionService asOla(ola);
    const auto require = [&](const Status &s) {
        if (!s)
            throw std::runtime_error(
                "could not decide " + number.toStdString() + ": " + s.error().toString().toStdString());
    };
    prepareForDraft(t, number); // assigned and complete: only then is a decision drafted
    auto drafted = asOla.draft(number);
    require(drafted ? ok() : Status(drafted.error()));
    settleAssessment(t, number); // submit needs the legal assessment settled
    require(asOla.submit(number));
    require(DecisionService(kari).approve(number));
    return number;
}

// A raw connection of its own, as another program would have: for holding locks and for
// changing the file behind the program's back.
class RawConnection
{
public:
    explicit RawConnection(const QString &path) : m_name(QStringLiteral("raw-%1").arg(reinterpret_cast<quintptr>(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
        if (!db.open())
            throw std::runtime_error("cannot open " + path.toStdString());
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(m_name); }
    // True when the statement ran.
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    void close() { QSqlDatabase::database(m_name, false).close(); }

private:
    QString m_name;
};

} // namespace fv::test
