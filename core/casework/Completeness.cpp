#include "casework/Completeness.h"

#include <QCoreApplication>

#include <algorithm>

namespace fv {
namespace {

bool lists(const Application &app, QLatin1StringView kind)
{
    return std::any_of(app.attachments.begin(), app.attachments.end(), [kind](const Attachment &a) {
        return a.kind == kind;
    });
}

} // namespace

std::vector<CompletenessGap> completenessGaps(const Application &app)
{
    std::vector<CompletenessGap> gaps;
    const bool anonymous = app.identifiability == Identifiability::Anonymous;
    if (!lists(app, QLatin1StringView("protocol")))
        gaps.push_back(CompletenessGap::Protocol);
    if (app.project.purpose == QLatin1String("medical-health-research") && !anonymous) {
        if (!app.rek)
            gaps.push_back(CompletenessGap::RekReference);
        if (!lists(app, QLatin1StringView("rek-approval")))
            gaps.push_back(CompletenessGap::RekApproval);
    }
    if (!anonymous && !lists(app, QLatin1StringView("dpia")) && !lists(app, QLatin1StringView("dpo-assessment")))
        gaps.push_back(CompletenessGap::DataProtection);
    return gaps;
}

namespace {

const char *gapSource(CompletenessGap gap)
{
    switch (gap) {
    case CompletenessGap::Protocol:
        return QT_TRANSLATE_NOOP("fv::Casework", "the project protocol (attachment \"protocol\")");
    case CompletenessGap::RekReference:
        return QT_TRANSLATE_NOOP("fv::Casework", "the REK approval's reference and date");
    case CompletenessGap::RekApproval:
        return QT_TRANSLATE_NOOP("fv::Casework", "the REK approval letter (attachment \"rek-approval\")");
    case CompletenessGap::DataProtection:
        return QT_TRANSLATE_NOOP(
            "fv::Casework",
            "a DPIA or the data protection officer's assessment (attachment "
            "\"dpia\" or \"dpo-assessment\")");
    }
    return "";
}

} // namespace

QString describe(CompletenessGap gap)
{
    return QString::fromUtf8(gapSource(gap));
}

QString describeTranslated(CompletenessGap gap)
{
    return QCoreApplication::translate("fv::Casework", gapSource(gap));
}

} // namespace fv
