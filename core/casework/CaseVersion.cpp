#include "casework/CaseVersion.h"

#include "casework/CaseworkStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace fv {

Status requireCaseVersion(Database &db, qint64 caseId, qint64 expectedVersion)
{
    auto row = db.exec(QStringLiteral("SELECT case_number, row_version FROM fv_case WHERE id = ?"), {caseId});
    if (!row)
        return row.error();
    if (!row->next())
        return fail(QCoreApplication::translate("fv::Casework", "The case no longer exists"));
    const QString caseNumber = row->value(0).toString();
    if (row->value(1).toLongLong() == expectedVersion)
        return ok();
    // Who changed it: the case's last event says who, when and what.
    auto last = CaseworkStore::lastChange(db, caseId);
    if (!last)
        return last.error();
    return fail(
        QCoreApplication::translate(
            "fv::Casework",
            "The case was changed by %1 at %2 after you opened it; your change was "
            "not saved, so nothing of theirs is lost: reload the case and make your "
            "change again")
            .arg(last->who, last->at.toString(QStringLiteral("dd.MM.yyyy HH:mm"))),
        caseNumber);
}

} // namespace fv
