#include "application/ApplicationChoices.h"

namespace fv {

ApplicationChoices::Choices ApplicationChoices::purposes()
{
    return {
        {QStringLiteral("medical-health-research"), tr("Medical and health research")},
        {QStringLiteral("other-research"), tr("Other research")},
        {QStringLiteral("statistics"), tr("Statistics")},
        {QStringLiteral("health-analysis"), tr("Health analysis")},
        {QStringLiteral("quality-improvement"), tr("Quality improvement")},
        {QStringLiteral("planning"), tr("Planning")},
        {QStringLiteral("management"), tr("Management")},
        {QStringLiteral("preparedness"), tr("Preparedness")},
        {QStringLiteral("decision-support"), tr("Clinical decision support")},
    };
}

// The letters with the short names caseworkers use for them (GDPR art. 6(1)).
ApplicationChoices::Choices ApplicationChoices::article6()
{
    return {
        {QStringLiteral("a"), tr("a – consent")},
        {QStringLiteral("b"), tr("b – contract")},
        {QStringLiteral("c"), tr("c – legal obligation")},
        {QStringLiteral("d"), tr("d – vital interests")},
        {QStringLiteral("e"), tr("e – public interest or official authority")},
        {QStringLiteral("f"), tr("f – legitimate interests")},
    };
}

// GDPR art. 9(2): the exceptions from the ban on processing special categories.
ApplicationChoices::Choices ApplicationChoices::article9()
{
    return {
        {QStringLiteral("a"), tr("a – explicit consent")},
        {QStringLiteral("b"), tr("b – employment and social security")},
        {QStringLiteral("c"), tr("c – vital interests")},
        {QStringLiteral("d"), tr("d – non-profit bodies")},
        {QStringLiteral("e"), tr("e – made public by the data subject")},
        {QStringLiteral("f"), tr("f – legal claims")},
        {QStringLiteral("g"), tr("g – substantial public interest")},
        {QStringLiteral("h"), tr("h – health care and preventive medicine")},
        {QStringLiteral("i"), tr("i – public health")},
        {QStringLiteral("j"), tr("j – archiving, research and statistics")},
    };
}

ApplicationChoices::Choices ApplicationChoices::dpia()
{
    return {
        {QStringLiteral("done"), tr("Done")},
        {QStringLiteral("planned"), tr("Planned")},
        {QStringLiteral("not-needed"), tr("Not needed")},
    };
}

ApplicationChoices::Choices ApplicationChoices::attachmentKinds()
{
    return {
        {QStringLiteral("protocol"), tr("Protocol")},
        {QStringLiteral("rek-approval"), tr("REK approval")},
        {QStringLiteral("dpia"), tr("DPIA")},
        {QStringLiteral("dpo-assessment"), tr("DPO assessment")},
        {QStringLiteral("information-letter"), tr("Information letter")},
        {QStringLiteral("other"), tr("Other")},
    };
}

} // namespace fv
