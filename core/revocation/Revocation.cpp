#include "revocation/Revocation.h"

#include <QCoreApplication>

#include <algorithm>

namespace fv {

QString toCode(RevocationKind kind)
{
    return kind == RevocationKind::Reversal ? QStringLiteral("reversal") : QStringLiteral("revocation");
}

std::optional<RevocationKind> revocationKindFromCode(const QString &code)
{
    if (code == QLatin1String("revocation"))
        return RevocationKind::Revocation;
    if (code == QLatin1String("reversal"))
        return RevocationKind::Reversal;
    return std::nullopt;
}

QString displayName(RevocationKind kind)
{
    return kind == RevocationKind::Reversal
        ? QCoreApplication::translate("fv::Revocation", "Reversal without appeal (fvl § 35)")
        : QCoreApplication::translate("fv::Revocation", "Revocation (conditions broken)");
}

QString toCode(RevocationOutcome outcome)
{
    switch (outcome) {
    case RevocationOutcome::Revoked: return QStringLiteral("revoked");
    case RevocationOutcome::Partly: return QStringLiteral("partly");
    case RevocationOutcome::Dropped: return QStringLiteral("dropped");
    }
    return {};
}

std::optional<RevocationOutcome> revocationOutcomeFromCode(const QString &code)
{
    for (RevocationOutcome o : {RevocationOutcome::Revoked, RevocationOutcome::Partly, RevocationOutcome::Dropped})
        if (toCode(o) == code)
            return o;
    return std::nullopt;
}

QString displayName(RevocationOutcome outcome)
{
    switch (outcome) {
    case RevocationOutcome::Revoked: return QCoreApplication::translate("fv::Revocation", "Revoked");
    case RevocationOutcome::Partly: return QCoreApplication::translate("fv::Revocation", "Partly revoked");
    case RevocationOutcome::Dropped: return QCoreApplication::translate("fv::Revocation", "Dropped");
    }
    return {};
}

QString toCode(RevocationState state)
{
    switch (state) {
    case RevocationState::Notified: return QStringLiteral("notified");
    case RevocationState::Proposed: return QStringLiteral("proposed");
    case RevocationState::Decided: return QStringLiteral("decided");
    }
    return {};
}

QString displayName(RevocationState state)
{
    switch (state) {
    case RevocationState::Notified: return QCoreApplication::translate("fv::Revocation", "Advance notice sent");
    case RevocationState::Proposed: return QCoreApplication::translate("fv::Revocation", "Awaiting approval");
    case RevocationState::Decided: return QCoreApplication::translate("fv::Revocation", "Decided");
    }
    return {};
}

RevocationState Revocation::state() const
{
    if (decidedOn.isValid())
        return RevocationState::Decided;
    if (outcome)
        return RevocationState::Proposed;
    return RevocationState::Notified;
}

bool Revocation::readyToDecide(const QDate &today) const
{
    return commentOn.isValid() || today > commentDue;
}

const Revocation *RevocationRecord::open() const
{
    for (const Revocation &r : revocations)
        if (r.state() != RevocationState::Decided)
            return &r;
    return nullptr;
}

const Revocation *RevocationRecord::latest() const
{
    return revocations.empty() ? nullptr : &revocations.back();
}

const Suspension *RevocationRecord::pendingSuspension() const
{
    for (const Suspension &s : suspensions)
        if (s.pending())
            return &s;
    return nullptr;
}

bool RevocationRecord::suspended() const
{
    return std::any_of(suspensions.begin(), suspensions.end(), [](const Suspension &s) { return s.inForce(); });
}

QStringList RevocationRecord::revokedRegistries() const
{
    QStringList out;
    for (const Revocation &r : revocations)
        if (r.state() == RevocationState::Decided)
            for (const QString &code : r.revokedRegistries)
                if (!out.contains(code))
                    out << code;
    return out;
}

} // namespace fv
