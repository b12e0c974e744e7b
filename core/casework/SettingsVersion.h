#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace fv {

class Database;

// One setting an admin edits (the registry catalogue's entry for one registry, a letter
// template, the condition library, a price table, an office setting), named as the audit trail
// records its changes: the event kinds and the start of their detail.
struct SettingsScope
{
    QStringList kinds;
    QString detailPrefix;
};

// Optimistic concurrency for settings, as requireCaseVersion is for cases: an editor remembers
// the version of what it loaded (the id of the newest audit event about it; 0: never changed)
// and hands it back when it saves. The save checks it inside its transaction, and a change
// made meanwhile is refused naming who made it and when; nothing of theirs is lost.
Result<qint64> settingsVersion(Database &db, const SettingsScope &scope);
// `what` names the setting in the refusal, e.g. "the condition library". No `seen`: not checked.
Status requireSettingsVersion(Database &db, const SettingsScope &scope, std::optional<qint64> seen,
                              const QString &what);

} // namespace fv
