#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace fv {

// The joint decision (ett felles vedtak): one entry per requested registry, the
// exemption from the duty of confidentiality, reasons and conditions.

enum class Outcome { Granted, PartlyGranted, Refused, Forwarded };
enum class OverallResult { Granted, PartlyGranted, Refused }; // innvilget / delvis innvilget / avslått
enum class DecisionStatus { Draft, Submitted, Approved, Superseded };

struct VariableDecision
{
    QString name;
    bool approved = true;
    QString reason; // why it was removed, when not approved
};

struct RegistryDecision
{
    QString registry; // code
    Outcome outcome = Outcome::Granted;
    QDate periodFrom;
    QDate periodTo;
    std::vector<VariableDecision> variables;
    QString reason; // reasons for a refusal, partial grant or forwarding
};

struct Exemption
{
    bool required = true; // false for anonymous data: no exemption is needed
    bool granted = true;
    QString legalBasis; // e.g. "helsepersonelloven § 29 første ledd, jf. helseregisterloven § 19 e"
    QString reasons;
};

struct Condition
{
    QString code; // a standard condition's code; empty for a custom condition
    QString text; // in the letter's language
};

// Someone who worked on a decision version: the four-eyes rule keeps them all from approving it.
struct Contributor
{
    QString login;
    QString act; // drafted, edited, submitted
    QDateTime at;
};

struct Decision
{
    qint64 id = 0;
    int version = 1;
    int revision = 1; // moves on every saved change of this version: what an approver read
    DecisionStatus status = DecisionStatus::Draft;
    std::vector<RegistryDecision> entries;
    Exemption exemption;
    QString legalBasis; // the rules applied
    QString reasons;    // facts and main considerations (fvl §§ 24–25)
    std::vector<Condition> conditions;
    QString draftedBy; // user login
    QDateTime draftedAt;
    QString submittedBy;
    QDateTime submittedAt;
    QString approvedBy;
    QDateTime approvedAt;
    QString draftedByName; // full names, read with the decision for display
    QString approvedByName;
    QString returnComment;                         // the approver's comment when a draft was returned
    std::optional<qint64> supersedes;              // an earlier decision this one replaces
    double caseworkHours = 0;                      // hours of case work, for HDS's fee
    QString feeExemption = QStringLiteral("none"); // a FeeExemption code
    std::optional<int> feeTotal;                   // NOK, frozen at approval
    QDate feePriceFrom;                            // the price table used, frozen at approval

    std::vector<Contributor> contributors; // read with the decision; stored append-only

    OverallResult overall() const;
    // Whether HDS grants anything here (a registry granted or partly granted): without it there
    // is no exemption from confidentiality and no condition (a refusal grants nothing).
    bool grantsAnything() const;
    bool contributed(const QString &login) const;
};

// A granted registry with a removed variable is partly granted: the one place this rule lives
// (the decision editor, the command line's `outcome` and every saved draft follow it).
// Returns whether the outcome changed.
bool normaliseOutcome(RegistryDecision &entry);
// Every entry's outcome as above; and a decision that grants nothing (refused or forwarded
// only) grants no exemption and sets no conditions.
void normalise(Decision &decision);

QString toCode(Outcome outcome);
QString toCode(OverallResult result);
QString toCode(DecisionStatus status);
std::optional<Outcome> outcomeFromCode(const QString &code);
std::optional<DecisionStatus> decisionStatusFromCode(const QString &code);

} // namespace fv
