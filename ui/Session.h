#pragma once

#include "Result.h"
#include "casework/CaseService.h"
#include "storage/Database.h"

#include <QObject>

#include <memory>

namespace fv {

// The open database and the acting user, shared by every window part. Parts listen to
// casesChanged() to refresh after any change, whoever made it.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Opens (and migrates) the database and maps the OS login to its user record.
    Status open(const QString &path);
    // A new database at `path` with the demo cases in it.
    Status createDemo(const QString &path);
    // A new, empty database at `path`; the acting login becomes its administrator. Tests make
    // theirs a test database, where $FELLESVEDTAK_TODAY may fix the date.
    Status createEmpty(const QString &path, DatabaseKind kind = DatabaseKind::Real);

    // Lets go of the database (a restore needs it to itself); open() again afterwards.
    void close();

    bool isOpen() const { return m_cases != nullptr; }
    CaseService &cases() { return *m_cases; }
    Database &database() { return *m_db; }
    QString path() const { return m_db ? m_db->path() : QString(); }
    // The file's name, or login@server/database on the team server: what the status bar shows.
    QString displayName() const { return m_db ? m_db->displayName() : QString(); }
    const User &user() const { return m_cases->actor(); }

    static QString actingLogin();

signals:
    void databaseChanged();
    void casesChanged();

public slots:
    void notifyCasesChanged() { emit casesChanged(); }

private:
    void listenForChanges();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseService> m_cases;
};

} // namespace fv
