// Intake beyond the file import: manual registration of an application received by letter
// or e-mail, and editing a case's application until a decision is drafted. Both validate
// exactly like the import, so the form, the CLI and a file can never disagree.

#include "Clock.h"
#include "application/ApplicationJson.h"
#include "application/ApplicationStore.h"
#include "casework/CaseService.h"
#include "casework/CaseStore.h"
#include "casework/CaseworkStore.h"
#include "rules/Operation.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace fv {
namespace {

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
        auto other = CaseStore::numberOfReference(db, app.reference, caseId);
        if (!other)
            return other.error();
        if (!other->isEmpty())
            return fail(QCoreApplication::translate(
                            "fv::Casework", "reference: the application %1 is already registered as case %2")
                            .arg(app.reference, other.value()),
                        caseNumber);
    }
    QVariant changeOf = sqlNull();
    if (app.kind == ApplicationKind::Change) {
        auto earlier = CaseStore::idOf(db, app.changeOf);
        if (!earlier)
            return earlier.error();
        if (earlier.value() && *earlier.value() != caseId)
            changeOf = *earlier.value();
    }
    if (auto s = ApplicationStore::save(db, caseId, app); !s)
        return s;
    if (auto s = CaseworkStore::setChangeOf(db, caseId, changeOf); !s)
        return s;
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
        return fail(QCoreApplication::translate(
            "fv::Casework", "The application can no longer be changed: a decision has been drafted"));
    switch (status) {
    case CaseStatus::Received:
    case CaseStatus::CompletenessCheck:
    case CaseStatus::WaitingForApplicant:
    case CaseStatus::UnderAssessment: return ok();
    default:
        return fail(
            QCoreApplication::translate("fv::Casework", "The application can no longer be changed: the case is %1")
                .arg(displayName(status)));
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
    if (auto s = can(Action::RegisterApplication, m_actor); !s)
        return s.error();
    auto normal = validatedAndNormalised(app);
    if (!normal)
        return normal.error();
    return registerApplication(normal.value(), QString());
}

Status CaseService::updateApplication(const QString &caseNumber, const Application &app,
                                      std::optional<qint64> expectedVersion)
{
    // The runner checks the role and that the application is still open (rules/Permissions.h),
    // and the version the editor loaded; an edit that changes nothing records nothing.
    Operation op(*this, Action::EditApplication);
    op.seen({expectedVersion, std::nullopt}).withoutEvent();
    return op.run(caseNumber, [&](CaseRecord &r, const User &actor) -> Status {
        auto normal = validatedAndNormalised(app);
        if (!normal)
            return normal.error();
        return writeEditedApplication(m_db, actor.login, r.summary.id, caseNumber, normal.value());
    });
}

} // namespace fv
