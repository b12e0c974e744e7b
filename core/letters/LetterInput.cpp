#include "letters/LetterInput.h"

#include <QStringView>

#include <array>
#include <utility>

namespace fv {
namespace {

// The codes name the template files (resources/letters/<code>.<language>.html) and are
// stored with letters in the case file, so they never change once released.
constexpr std::array<std::pair<LetterKind, QStringView>, 18> kindCodes{{
    {LetterKind::Decision, u"decision"},
    {LetterKind::Receipt, u"receipt"},
    {LetterKind::InfoRequest, u"info-request"},
    {LetterKind::Reminder, u"reminder"},
    {LetterKind::PreliminaryReply, u"preliminary-reply"},
    {LetterKind::Forwarding, u"forwarding"},
    {LetterKind::RegistryNotice, u"registry-notice"},
    {LetterKind::ProjectEndReminder, u"project-end-reminder"},
    {LetterKind::Rejection, u"rejection"},
    {LetterKind::StatementForComment, u"statement-for-comment"},
    {LetterKind::RevocationNotice, u"revocation-notice"},
    {LetterKind::RevocationDecision, u"revocation"},
    {LetterKind::StopDelivery, u"stop-delivery"},
    {LetterKind::SuspensionDecision, u"suspension-decision"},
    {LetterKind::AppealReceived, u"appeal-received"},
    {LetterKind::AppealForwarding, u"appeal-forwarding"},
    {LetterKind::AppealCopy, u"appeal-copy"},
    {LetterKind::AppealRejection, u"appeal-rejection"},
}};

} // namespace

QString toCode(LetterKind kind)
{
    for (const auto &[candidate, code] : kindCodes) {
        if (candidate == kind)
            return code.toString();
    }
    return {};
}

std::optional<LetterKind> letterKindFromCode(const QString &code)
{
    for (const auto &[kind, candidate] : kindCodes) {
        if (candidate == code)
            return kind;
    }
    return std::nullopt;
}

const std::vector<LetterKind> &allLetterKinds()
{
    static const std::vector<LetterKind> kinds = [] {
        std::vector<LetterKind> out;
        for (const auto &entry : kindCodes)
            out.push_back(entry.first);
        return out;
    }();
    return kinds;
}

} // namespace fv
