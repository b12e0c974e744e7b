#pragma once

#include "application/Application.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fv {

// The legal checks a lawyer makes before a decision (HELSEDATA.md), in the order the codes
// are listed there. Which of them an application needs depends on the application.
enum class AssessmentItem {
    Purpose,
    LegalBasis,
    Rek,
    InstitutionApproval,
    Minimisation,
    Security,
    SocietyInterest,
    Linkage,
    Deletion,
    SecurityScreening,
};

enum class AssessmentResult { Unsettled, Fulfilled, NotFulfilled, NotRelevant };

QString toCode(AssessmentItem item);
std::optional<AssessmentItem> assessmentItemFromCode(const QString &code);
const std::vector<AssessmentItem> &allAssessmentItems();
QString toCode(AssessmentResult result);
// Only the three results a person records; "unsettled" is not one of them.
std::optional<AssessmentResult> assessmentResultFromCode(const QString &code);

// The GDPR legal basis and the exemption from confidentiality are the lawyer's judgement;
// the other items may be recorded by an adviser too.
bool needsLawyer(AssessmentItem item);

// What the office has decided about the checklist (settings, because the national-security
// screening is not yet settled law).
struct AssessmentRules
{
    bool securityScreeningRequired = false; // setting "assessment.securityScreeningRequired"
};

// Whether `item` must be settled before the decision goes for approval. The reason says why
// in a sentence (English; the GUI shows it as a tooltip).
bool isRequired(AssessmentItem item, const Application &app, const AssessmentRules &rules);
QString requirementReason(AssessmentItem item, const Application &app, const AssessmentRules &rules);

struct AssessmentEntry
{
    AssessmentItem item = AssessmentItem::Purpose;
    bool required = true;
    AssessmentResult result = AssessmentResult::Unsettled;
    QString note;
    QString assessedBy; // login
    QDateTime assessedAt;

    bool settled() const { return result != AssessmentResult::Unsettled; }
};

// The checklist of one case: all ten items, in order, settled or not.
struct Assessment
{
    std::vector<AssessmentEntry> entries;

    const AssessmentEntry *find(AssessmentItem item) const;
    AssessmentEntry *find(AssessmentItem item);
    QStringList unsettledRequired() const; // item codes
    int requiredCount() const;
    int settledRequiredCount() const;
};

// The checklist for an application with nothing recorded yet.
Assessment makeAssessment(const Application &app, const AssessmentRules &rules);

} // namespace fv
