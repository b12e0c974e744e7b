#include "casework/CaseVersion.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace fv {

Status requireCaseVersion(Database &db, qint64 caseId, qint64 expectedVersion)
{
    auto row = db.exec(QStringLiteral("SELECT case_number, row_version FROM fv_case WHERE id = ?"), {caseId});
    if (!row)
        return row.error();
    if (!row->next())
        return fail(QStringLiteral("the case no longer exists"));
    const QString caseNumber = row->value(0).toString();
    if (row->value(1).toLongLong() == expectedVersion)
        return ok();
    // Who changed it: the case's last event says who, when and what.
    auto last = db.exec(
        QStringLiteral("SELECT COALESCE(u.full_name, e.actor), e.actor, e.at, e.kind FROM event e "
                       "LEFT JOIN app_user u ON u.login = e.actor WHERE e.case_id = ? "
                       "ORDER BY e.id DESC LIMIT 1"),
        {caseId});
    if (!last)
        return last.error();
    QString who = QStringLiteral("someone else");
    QString when;
    if (last->next()) {
        who = QStringLiteral("%1 (%2)").arg(last->value(0).toString(), last->value(1).toString());
        const QDateTime at = QDateTime::fromString(last->value(2).toString(), Qt::ISODateWithMs);
        when = QStringLiteral(" at %1 (%2)")
                   .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), last->value(3).toString());
    }
    return fail(QStringLiteral("the case was changed by %1%2 after you opened it; your change was not saved, so "
                               "nothing of theirs is lost: reload the case and make your change again")
                    .arg(who, when),
                caseNumber);
}

} // namespace fv
