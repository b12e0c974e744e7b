// Intake beyond the file import: manual registration of an application received by letter
// or e-mail, and editing a case's application until a decision is drafted. Both validate
// exactly like the import, so the form, the CLI and a file can never disagree.

#include "Clock.h"
#include "application/ApplicationJson.h"
#include "application/ApplicationStore.h"
#include "casework/CaseService.h"
#include "casework/CaseVersion.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace fv {
namespace {

Status requireIntakeRole(const User &user, const QString &what)
{
    if (user.has(Role::Adviser) || user.has(Role::Lawyer) || user.has(Role::Admin))
        return ok();
    return fail(QStringLiteral("%1 may not %2: that needs the role adviser, lawyer or admin").arg(user.login, what));
}

// The first problem as "path: what is wrong"; the application as the import would store it
// (texts trimmed, empty optional texts absent, digests lower-case).
Result<Application> validatedAndNormalised(const Application &app)
{
    const std::vector<ValidationIssue> issues = validateApplication(app);
    if (!issues.empty())
        return fail(issues.front().toString());
    // The writer and the reader together are the import's normalisation.
    return parseApplicationJson(applicationToJsonBytes(app), QString());
}

// Inside the caller's transaction: the new application, the case's change_of link, and the
// event naming what changed. An edit that changes nothing writes nothing.
Status writeEditedApplication(Database &db, const QString &actor, qint64 caseId, const QString &caseNumber,
                              const Application &app)
{
    auto before = ApplicationStore::load(db, caseId);
    if (!before)
        return before.error();
    const QStringList changed = changedApplicationFields(before.value(), app);
    if (changed.isEmpty())
        return ok(); // nothing to write and nothing to record
    if (app.reference != before->reference) {
        auto other = db.scalar(
            QStringLiteral("SELECT c.case_number FROM application a JOIN fv_case c ON c.id = a.case_id "
                           "WHERE a.reference = ? AND a.case_id <> ?"),
            {app.reference, caseId});
        if (!other)
            return other.error();
        if (other->isValid())
            return fail(QStringLiteral("reference: the application %1 is already registered as case %2")
                            .arg(app.reference, other->toString()),
                        caseNumber);
    }
    QVariant changeOf = sqlNull();
    if (app.kind == ApplicationKind::Change) {
        auto earlier = db.scalar(QStringLiteral("SELECT id FROM fv_case WHERE case_number = ?"), {app.changeOf});
        if (!earlier)
            return earlier.error();
        if (earlier->isValid() && earlier->toLongLong() != caseId)
            changeOf = earlier.value();
    }
    if (auto s = ApplicationStore::save(db, caseId, app); !s)
        return s;
    auto r = db.exec(QStringLiteral("UPDATE fv_case SET change_of = ?, updated_at = ?, "
                                    "row_version = row_version + 1 WHERE id = ?"),
                     {changeOf, toStorage(now()), caseId});
    if (!r)
        return r.error();
    if (auto s = AuditLog::append(db, caseId, actor, QStringLiteral("application-edited"),
                                  QStringLiteral("changed: %1").arg(changed.join(QStringLiteral(", "))));
        !s)
        return s;
    return ok();
}

} // namespace

Status applicationEditable(CaseStatus status, bool hasDecision)
{
    if (hasDecision)
        return fail(QStringLiteral("the application can no longer be changed: a decision has been drafted"));
    switch (status) {
    case CaseStatus::Received:
    case CaseStatus::CompletenessCheck:
    case CaseStatus::WaitingForApplicant:
    case CaseStatus::UnderAssessment: return ok();
    default:
        return fail(
            QStringLiteral("the application can no longer be changed: the case's status is %1").arg(toCode(status)));
    }
}

QStringList changedApplicationFields(const Application &before, const Application &after)
{
    const QJsonObject a = applicationToJson(before);
    const QJsonObject b = applicationToJson(after);
    QSet<QString> keys;
    for (const QString &key : a.keys() + b.keys())
        keys.insert(key);
    QStringList changed;
    for (const QString &key : keys)
        if (a.value(key) != b.value(key))
            changed << key;
    changed.sort();
    return changed;
}

Result<QString> CaseService::registerManual(const Application &app)
{
    if (auto s = requireIntakeRole(m_actor, QStringLiteral("register applications")); !s)
        return s.error();
    auto normal = validatedAndNormalised(app);
    if (!normal)
        return normal.error();
    return registerApplication(normal.value(), QString());
}

Status CaseService::updateApplication(const QString &caseNumber, const Application &app,
                                      std::optional<qint64> expectedVersion)
{
    if (auto s = requireIntakeRole(m_actor, QStringLiteral("change applications")); !s)
        return s;
    auto normal = validatedAndNormalised(app);
    if (!normal)
        return fail(normal.error().message, caseNumber);
    Transaction tx(m_db);
    if (!tx.isOpen())
        return tx.error();
    auto id = caseId(caseNumber);
    if (!id)
        return id.error();
    if (expectedVersion)
        if (auto s = requireCaseVersion(m_db, id.value(), *expectedVersion); !s)
            return s;
    auto row = m_db.exec(QStringLiteral("SELECT status, (SELECT COUNT(*) FROM decision d WHERE d.case_id = c.id) "
                                        "FROM fv_case c WHERE c.id = ?"),
                         {id.value()});
    if (!row)
        return row.error();
    if (!row->next())
        return fail(QStringLiteral("no case with the number %1").arg(caseNumber), caseNumber);
    const auto status = caseStatusFromCode(row->value(0).toString());
    if (!status)
        return fail(QStringLiteral("the case has an unknown status \"%1\"").arg(row->value(0).toString()), caseNumber);
    if (auto s = applicationEditable(*status, row->value(1).toInt() > 0); !s)
        return fail(s.error().message, caseNumber);
    if (auto s = writeEditedApplication(m_db, m_actor.login, id.value(), caseNumber, normal.value()); !s)
        return s;
    return tx.commit();
}

} // namespace fv
