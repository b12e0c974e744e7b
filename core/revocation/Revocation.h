#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fv {

struct CaseRecord;

// Why a decision is taken back: access revoked because the conditions were broken, or the
// decision reversed without an appeal (fvl § 35). Both need an advance notice (fvl § 16) when
// they go against the applicant.
enum class RevocationKind { Revocation, Reversal };
QString toCode(RevocationKind kind);
std::optional<RevocationKind> revocationKindFromCode(const QString &code);
QString displayName(RevocationKind kind); // translated

// What was decided after the notice: all the registries concerned revoked, some of them, or
// the matter dropped (nothing revoked).
enum class RevocationOutcome { Revoked, Partly, Dropped };
QString toCode(RevocationOutcome outcome);
std::optional<RevocationOutcome> revocationOutcomeFromCode(const QString &code);
QString displayName(RevocationOutcome outcome); // translated

// Where a revocation stands: notified (waiting for the comment or the deadline), proposed
// (waiting for a second person's approval), decided.
enum class RevocationState { Notified, Proposed, Decided };
QString toCode(RevocationState state);
QString displayName(RevocationState state); // translated

// One revocation or reversal of a case, from the advance notice to the decision (schema 12).
struct Revocation
{
    qint64 id = 0;
    RevocationKind kind = RevocationKind::Revocation;
    QString grounds;
    bool allRegistries = true;
    QStringList registries;        // the registries the notice concerns
    QStringList revokedRegistries; // of those, the ones the decision revokes
    QDate notifiedOn;
    QString notifiedBy; // login
    QDate commentDue;
    QDate commentOn; // the applicant's comment received
    QString comment;
    std::optional<RevocationOutcome> outcome;
    QString reason;
    QString proposedBy; // login
    QDateTime proposedAt;
    QString approvedBy; // login
    QDate decidedOn;

    RevocationState state() const;
    // The deadline to comment has passed or the applicant has commented.
    bool readyToDecide(const QDate &today) const;
};

// A request for suspended implementation (fvl § 42) and its decision.
struct Suspension
{
    qint64 id = 0;
    QDate requestedOn;
    QString requestedBy; // who asked (the applicant's name, free text)
    QDate decidedOn;
    std::optional<bool> granted;
    QString reason;
    QString decidedBy; // login
    QDate endedOn;     // a granted suspension ended (the appeal decided)

    bool pending() const { return !granted.has_value(); }
    bool inForce() const { return granted.value_or(false) && !endedOn.isValid(); }
};

// What CaseService::load() adds to a case about revocations and suspensions.
struct RevocationRecord
{
    std::vector<Revocation> revocations; // oldest first
    std::vector<Suspension> suspensions; // oldest first
    int commentDays = 14;                // setting revocation.commentDays (calendar days)

    // The revocation not yet decided, if any (there is at most one).
    const Revocation *open() const;
    const Revocation *latest() const;
    const Suspension *pendingSuspension() const;
    // Implementation suspended: a granted suspension not ended.
    bool suspended() const;
    // Registries whose access a decided revocation took back.
    QStringList revokedRegistries() const;
};

} // namespace fv
