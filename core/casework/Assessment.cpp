#include "casework/Assessment.h"

#include <algorithm>

namespace fv {
namespace {

using I = AssessmentItem;

struct ItemCode
{
    AssessmentItem item;
    const char *code;
};

constexpr ItemCode itemCodes[] = {
    {I::Purpose, "purpose"},
    {I::LegalBasis, "legal-basis"},
    {I::Rek, "rek"},
    {I::InstitutionApproval, "institution-approval"},
    {I::Minimisation, "minimisation"},
    {I::Security, "security"},
    {I::SocietyInterest, "society-interest"},
    {I::Linkage, "linkage"},
    {I::Deletion, "deletion"},
    {I::SecurityScreening, "security-screening"},
};

bool anonymous(const Application &app)
{
    return app.identifiability == Identifiability::Anonymous;
}

bool linked(const Application &app)
{
    return app.isLinked() || app.linkage.has_value();
}

} // namespace

QString toCode(AssessmentItem item)
{
    for (const auto &c : itemCodes)
        if (c.item == item)
            return QString::fromLatin1(c.code);
    return {};
}

std::optional<AssessmentItem> assessmentItemFromCode(const QString &code)
{
    for (const auto &c : itemCodes)
        if (code == QLatin1String(c.code))
            return c.item;
    return std::nullopt;
}

const std::vector<AssessmentItem> &allAssessmentItems()
{
    static const std::vector<AssessmentItem> all = [] {
        std::vector<AssessmentItem> v;
        for (const auto &c : itemCodes)
            v.push_back(c.item);
        return v;
    }();
    return all;
}

QString toCode(AssessmentResult result)
{
    switch (result) {
    case AssessmentResult::Unsettled: return QStringLiteral("unsettled");
    case AssessmentResult::Fulfilled: return QStringLiteral("fulfilled");
    case AssessmentResult::NotFulfilled: return QStringLiteral("not-fulfilled");
    case AssessmentResult::NotRelevant: return QStringLiteral("not-relevant");
    }
    return {};
}

std::optional<AssessmentResult> assessmentResultFromCode(const QString &code)
{
    for (AssessmentResult r :
         {AssessmentResult::Fulfilled, AssessmentResult::NotFulfilled, AssessmentResult::NotRelevant})
        if (toCode(r) == code)
            return r;
    return std::nullopt;
}

bool needsLawyer(AssessmentItem item)
{
    return item == I::LegalBasis || item == I::SocietyInterest;
}

bool isRequired(AssessmentItem item, const Application &app, const AssessmentRules &rules)
{
    switch (item) {
    case I::Purpose:
    case I::InstitutionApproval:
    case I::Minimisation:
    case I::Deletion: return true;
    // Anonymous data need no legal basis and no exemption (helseregisterloven § 19).
    case I::LegalBasis:
    case I::SocietyInterest:
    case I::Security: return !anonymous(app);
    case I::Rek: return app.project.purpose == QLatin1String("medical-health-research") && !anonymous(app);
    case I::Linkage: return linked(app);
    case I::SecurityScreening: return rules.securityScreeningRequired;
    }
    return true;
}

QString requirementReason(AssessmentItem item, const Application &app, const AssessmentRules &rules)
{
    const bool anon = anonymous(app);
    switch (item) {
    case I::Purpose: return QStringLiteral("always required: the purpose must be explicit, allowed and compatible");
    case I::InstitutionApproval: return QStringLiteral("always required: the applicant's institution approves");
    case I::Minimisation: return QStringLiteral("always required: every variable and period must be necessary");
    case I::Deletion: return QStringLiteral("always required: project end and deletion dates must be set");
    case I::LegalBasis:
        return anon ? QStringLiteral("not required: anonymous data need no legal basis")
                    : QStringLiteral("required: identifiable data need a basis in GDPR art. 6 and 9");
    case I::SocietyInterest:
        return anon ? QStringLiteral("not required: anonymous data need no exemption from confidentiality")
                    : QStringLiteral("required for the exemption from the duty of confidentiality");
    case I::Security:
        return anon ? QStringLiteral("not required for anonymous data")
                    : QStringLiteral("required: identifiable data need described security measures");
    case I::Rek:
        if (isRequired(item, app, rules))
            return QStringLiteral("required: medical and health research with identifiable data needs REK "
                                  "approval (helseforskningsloven § 33)");
        return anon ? QStringLiteral("not required: the data are anonymous")
                    : QStringLiteral("not required: the purpose is not medical and health research");
    case I::Linkage:
        return linked(app) ? QStringLiteral("required: the application links several sources")
                           : QStringLiteral("not required: the application links no sources");
    case I::SecurityScreening:
        return rules.securityScreeningRequired
            ? QStringLiteral("required by the setting assessment.securityScreeningRequired")
            : QStringLiteral("not required unless the setting assessment.securityScreeningRequired is on");
    }
    return {};
}

const AssessmentEntry *Assessment::find(AssessmentItem item) const
{
    auto it = std::find_if(entries.begin(), entries.end(), [item](const AssessmentEntry &e) { return e.item == item; });
    return it == entries.end() ? nullptr : &*it;
}

AssessmentEntry *Assessment::find(AssessmentItem item)
{
    auto it = std::find_if(entries.begin(), entries.end(), [item](const AssessmentEntry &e) { return e.item == item; });
    return it == entries.end() ? nullptr : &*it;
}

QStringList Assessment::unsettledRequired() const
{
    QStringList out;
    for (const AssessmentEntry &e : entries)
        if (e.required && !e.settled())
            out << toCode(e.item);
    return out;
}

int Assessment::requiredCount() const
{
    return static_cast<int>(std::count_if(entries.begin(), entries.end(), [](const auto &e) { return e.required; }));
}

int Assessment::settledRequiredCount() const
{
    return static_cast<int>(
        std::count_if(entries.begin(), entries.end(), [](const auto &e) { return e.required && e.settled(); }));
}

Assessment makeAssessment(const Application &app, const AssessmentRules &rules)
{
    Assessment a;
    for (AssessmentItem item : allAssessmentItems())
        a.entries.push_back({item, isRequired(item, app, rules), AssessmentResult::Unsettled, {}, {}, {}});
    return a;
}

} // namespace fv
