#pragma once

#include "application/Application.h"
#include "decision/Decision.h"

#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace fv {

// What a change application changes against the earlier decision: the registries,
// variables and periods that decision granted, and the earlier application's project
// dates and persons with access.
struct ChangeDiff
{
    struct Variables
    {
        QString registry;
        QStringList added;
        QStringList removed;
    };
    struct Period
    {
        QString registry;
        QDate oldFrom, oldTo, newFrom, newTo;
    };
    template<typename T>
    struct Changed
    {
        T before;
        T after;
    };

    QStringList registriesAdded;
    QStringList registriesRemoved;
    std::vector<Variables> variables; // registries in both, whose variables differ
    std::vector<Period> periods;      // registries in both, whose period differs
    std::optional<Changed<QDate>> projectEnd;
    std::optional<Changed<QDate>> deletionDate;
    QStringList personsAdded;
    QStringList personsRemoved;

    bool isEmpty() const;
};

// `earlierDecision` may be null (the earlier case has no approved decision here): then
// the comparison is with what the earlier application asked for.
ChangeDiff diffChange(const Application &change, const Application &earlier, const Decision *earlierDecision);

} // namespace fv
