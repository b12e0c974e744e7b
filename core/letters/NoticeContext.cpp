#include "letters/NoticeContext.h"

#include "decision/StandardTexts.h"

namespace fv {
namespace {

bool delivers(const QVariantMap &row)
{
    return row.value(QStringLiteral("granted")).toBool() || row.value(QStringLiteral("partlyGranted")).toBool();
}

QString joined(const QStringList &items, Language language)
{
    if (items.size() <= 1)
        return items.value(0);
    const QString andWord = language == Language::English ? QStringLiteral(" and ") : QStringLiteral(" og ");
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + andWord + items.last();
}

} // namespace

QVariantMap noticeDetails(const LetterInput &input, const QVariantList &managerRows, const QVariantList &allRows)
{
    QVariantList delivered;
    QString manager;
    // Recording the appeal body's decision, exactly the registries it changes are listed, one no
    // longer granted too: its manager is told not to deliver it.
    const bool body = input.appeal.bodyDecision;
    const QStringList &changed = input.appeal.changedRegistries;
    for (const QVariant &v : managerRows) {
        if (body ? changed.contains(v.toMap().value(QStringLiteral("code")).toString()) : delivers(v.toMap())) {
            delivered.append(v);
            manager = v.toMap().value(QStringLiteral("manager")).toString();
        }
    }
    QStringList managers;
    for (const QVariant &v : allRows) {
        const QVariantMap row = v.toMap();
        const QString m = row.value(QStringLiteral("manager")).toString();
        if (delivers(row) && !m.isEmpty() && !managers.contains(m))
            managers.append(m);
    }
    const QString linker = managers.value(0);
    const bool linked = input.application.isLinked();
    QStringList others = managers;
    others.removeAll(manager);
    const QDate decided = input.decision ? input.decision->approvedAt.date() : QDate();
    return {
        {QStringLiteral("rows"), delivered},
        {QStringLiteral("decisionDate"), letterDate(decided, input.language)},
        {QStringLiteral("hasDecisionDate"), decided.isValid()},
        {QStringLiteral("otherManagers"), joined(others, input.language)},
        {QStringLiteral("hasOtherManagers"), !others.isEmpty()},
        {QStringLiteral("linker"), linker},
        {QStringLiteral("linksHere"), linked && linker == manager},
        {QStringLiteral("linksElsewhere"), linked && linker != manager},
    };
}

} // namespace fv
