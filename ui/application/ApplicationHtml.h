#pragma once

#include "casework/CaseService.h"
#include "registry/Registry.h"

#include <QSet>

#include <map>

namespace fv {

// The application as a readable page for the case view: project, people, legal basis,
// REK, identifiability, population, linkage, storage, persons, one section per source.
// `storedFiles` names the listed attachments whose files are in the database; the page links
// "fv-open:NAME" to open one and "fv-attach:NAME" to attach the missing file.
QString applicationHtml(const CaseRecord &record, const std::map<QString, Registry> &registries,
                        const QSet<QString> &storedFiles = {});

// The case's events as a timeline table; `userNames` (login → full name) names who acted.
QString eventsHtml(const CaseRecord &record, const std::map<QString, QString> &userNames = {});

} // namespace fv
