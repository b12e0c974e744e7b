#include "decision/ForeignBasis.h"

#include "casework/AuditLog.h"
#include "casework/CaseService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace fv {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Decision)
};

} // namespace

Result<QString> ForeignBasis::of(Database &db, const QString &caseNumber)
{
    auto q = db.exec(QStringLiteral("SELECT foreign_legal_basis FROM fv_case WHERE case_number = ?"), {caseNumber});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Status ForeignBasis::set(CaseService &cases, const QString &caseNumber, const QString &text, const Seen &seen)
{
    const QString basis = text.trimmed();
    if (basis.size() > maxLength)
        return fail(Tr::tr("The foreign legal basis is %1 characters long; at most %2 are allowed")
                        .arg(basis.size())
                        .arg(maxLength),
                    caseNumber);
    Operation op(cases, Action::EditDecision);
    op.seen(seen);
    return op.run(caseNumber, [&](CaseRecord &rec, const User &actor) -> Status {
        Database &db = cases.database();
        auto before = of(db, rec.summary.caseNumber);
        if (!before)
            return before.error();
        if (before.value() == basis)
            return fail(basis.isEmpty()
                            ? Tr::tr("No foreign legal basis is stated for case %1").arg(rec.summary.caseNumber)
                            : Tr::tr("Case %1 already states this foreign legal basis").arg(rec.summary.caseNumber));
        if (auto r = db.exec(
                QStringLiteral("UPDATE fv_case SET foreign_legal_basis = ? WHERE id = ?"), {basis, rec.summary.id});
            !r)
            return r.error();
        return AuditLog::append(db, rec.summary.id, actor.login, QStringLiteral("foreign-basis-set"),
                                basis.isEmpty() ? QStringLiteral("foreign legal basis cleared")
                                                : QStringLiteral("foreign legal basis stated"));
    });
}

} // namespace fv
