#include "rules/FollowUpRules.h"

#include "casework/CaseService.h"
#include "followup/FollowUp.h"

#include <QCoreApplication>

namespace fv::caserules {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fv::Permissions)
};

} // namespace

Status decisionLetterSent(const CaseRecord &record)
{
    const CaseStatus s = record.summary.status;
    if ((s != CaseStatus::LetterSent && s != CaseStatus::Closed) || !followup::decisionLetterSentOn(record).isValid())
        return fail(Tr::tr("The decision letter has not been sent, so there is no delivery or end of project to "
                           "follow up yet"));
    if (followup::deliveringRegistries(record).isEmpty())
        return fail(Tr::tr("The decision grants no data, so nothing is delivered and the project has nothing to "
                           "report or delete"));
    return ok();
}

Status deliversFrom(const CaseRecord &record, const QString &registry)
{
    const QStringList granted = followup::deliveringRegistries(record);
    if (granted.contains(registry))
        return ok();
    return fail(Tr::tr("The decision grants nothing from the registry \"%1\", so its manager delivers nothing "
                       "from it; the registries granted are: %2")
                    .arg(registry, granted.join(QStringLiteral(", "))));
}

} // namespace fv::caserules
