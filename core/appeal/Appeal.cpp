#include "appeal/Appeal.h"

#include "calendar/NorwegianCalendar.h"
#include "casework/CaseService.h"

#include <QCoreApplication>

namespace fv {
namespace {

template<typename E>
struct Code
{
    E value;
    const char *code;
};

constexpr Code<LateHandling> lateCodes[] = {
    {LateHandling::None, "none"}, {LateHandling::Considered, "considered"}, {LateHandling::Rejected, "rejected"}};
constexpr Code<HdsOutcome> outcomeCodes[] = {
    {HdsOutcome::None, "none"},
    {HdsOutcome::Reversed, "reversed"},
    {HdsOutcome::PartlyReversed, "partly-reversed"},
    {HdsOutcome::UpheldForwarded, "upheld-forwarded"},
    {HdsOutcome::Rejected, "rejected"},
    {HdsOutcome::Withdrawn, "withdrawn"},
};
constexpr Code<BodyResult> bodyCodes[] = {
    {BodyResult::None, "none"},          {BodyResult::Upheld, "upheld"},
    {BodyResult::Reversed, "reversed"},  {BodyResult::PartlyReversed, "partly-reversed"},
    {BodyResult::SentBack, "sent-back"},
};
constexpr Code<AppealState> stateCodes[] = {
    {AppealState::AwaitingLateDecision, "late"}, {AppealState::Preparing, "preparing"},
    {AppealState::Reversed, "reversed"},         {AppealState::WithAppealBody, "with-appeal-body"},
    {AppealState::Decided, "decided"},           {AppealState::Rejected, "rejected"},
    {AppealState::Withdrawn, "withdrawn"},
};

template<typename E, std::size_t N>
QString codeOf(const Code<E> (&table)[N], E value)
{
    for (const auto &c : table)
        if (c.value == value)
            return QString::fromLatin1(c.code);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromCode(const Code<E> (&table)[N], const QString &code)
{
    for (const auto &c : table)
        if (code == QLatin1String(c.code))
            return c.value;
    return std::nullopt;
}

} // namespace

QString toCode(LateHandling h)
{
    return codeOf(lateCodes, h);
}
QString toCode(HdsOutcome o)
{
    return codeOf(outcomeCodes, o);
}
QString toCode(BodyResult r)
{
    return codeOf(bodyCodes, r);
}
QString toCode(AppealState s)
{
    return codeOf(stateCodes, s);
}
std::optional<LateHandling> lateHandlingFromCode(const QString &code)
{
    return fromCode(lateCodes, code);
}
std::optional<HdsOutcome> hdsOutcomeFromCode(const QString &code)
{
    return fromCode(outcomeCodes, code);
}
std::optional<BodyResult> bodyResultFromCode(const QString &code)
{
    return fromCode(bodyCodes, code);
}

QString displayName(AppealState s)
{
    switch (s) {
    case AppealState::AwaitingLateDecision:
        return QCoreApplication::translate("fv::Appeal", "Late: to be considered or rejected");
    case AppealState::Preparing: return QCoreApplication::translate("fv::Appeal", "Being prepared");
    case AppealState::Reversed: return QCoreApplication::translate("fv::Appeal", "Reversed by HDS");
    case AppealState::WithAppealBody: return QCoreApplication::translate("fv::Appeal", "Forwarded to the appeal body");
    case AppealState::Decided: return QCoreApplication::translate("fv::Appeal", "Decided by the appeal body");
    case AppealState::Rejected: return QCoreApplication::translate("fv::Appeal", "Rejected as too late");
    case AppealState::Withdrawn: return QCoreApplication::translate("fv::Appeal", "Withdrawn");
    }
    return {};
}

QString displayName(BodyResult r)
{
    switch (r) {
    case BodyResult::None: return QCoreApplication::translate("fv::Appeal", "No result yet");
    case BodyResult::Upheld: return QCoreApplication::translate("fv::Appeal", "Upheld");
    case BodyResult::Reversed: return QCoreApplication::translate("fv::Appeal", "Reversed");
    case BodyResult::PartlyReversed: return QCoreApplication::translate("fv::Appeal", "Partly reversed");
    case BodyResult::SentBack: return QCoreApplication::translate("fv::Appeal", "Sent back for new consideration");
    }
    return {};
}

AppealState Appeal::state() const
{
    if (!inTime && late == LateHandling::None)
        return AppealState::AwaitingLateDecision;
    if (late == LateHandling::Rejected || outcome == HdsOutcome::Rejected)
        return AppealState::Rejected;
    if (outcome == HdsOutcome::Withdrawn)
        return AppealState::Withdrawn;
    if (outcome == HdsOutcome::Reversed || outcome == HdsOutcome::PartlyReversed)
        return AppealState::Reversed;
    // Sent back for new consideration: prepared again by HDS.
    if (bodyResult == BodyResult::SentBack)
        return AppealState::Preparing;
    if (bodyResult != BodyResult::None)
        return AppealState::Decided;
    if (outcome == HdsOutcome::UpheldForwarded)
        return AppealState::WithAppealBody;
    return AppealState::Preparing;
}

namespace appeal {

Contested contestedLetter(const CaseRecord &record)
{
    Contested c;
    for (const StoredDocument &d : record.documents)
        if ((d.kind == QLatin1String("decision") || d.kind == QLatin1String("rejection")) && d.number > c.document) {
            c.document = d.number;
            c.sentOn = d.createdAt.date();
        }
    return c;
}

QDate lastDayToAppeal(const QDate &sentOn, int deliveryDays, const WorkingDayCalendar &calendar)
{
    if (!sentOn.isValid())
        return {};
    QDate last = sentOn.addDays(deliveryDays).addDays(21);
    while (!calendar.isWorkingDay(last))
        last = last.addDays(1);
    return last;
}

bool inTime(const QDate &lastDay, const QDate &receivedOn, const QDate &postedOn)
{
    if (postedOn.isValid() && postedOn <= lastDay)
        return true;
    return receivedOn <= lastDay;
}

} // namespace appeal
} // namespace fv
