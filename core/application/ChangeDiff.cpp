#include "application/ChangeDiff.h"

#include <map>

namespace fv {
namespace {

struct Granted
{
    QDate from;
    QDate to;
    QStringList variables;
};

// Per registry, what the earlier decision granted (refused and forwarded parts give nothing).
std::map<QString, Granted> grantedBy(const Application &earlier, const Decision *decision)
{
    std::map<QString, Granted> out;
    if (decision) {
        for (const RegistryDecision &e : decision->entries) {
            if (e.outcome == Outcome::Refused || e.outcome == Outcome::Forwarded)
                continue;
            Granted g{e.periodFrom, e.periodTo, {}};
            for (const VariableDecision &v : e.variables)
                if (v.approved)
                    g.variables << v.name;
            out.emplace(e.registry, g);
        }
        return out;
    }
    for (const DataSource &s : earlier.dataSources)
        out.emplace(s.registry, Granted{s.periodFrom, s.periodTo, s.variables});
    return out;
}

QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &x : a)
        if (!b.contains(x))
            out << x;
    return out;
}

QStringList personNames(const std::vector<Person> &persons)
{
    QStringList out;
    for (const Person &p : persons)
        out << QStringLiteral("%1 (%2)").arg(p.name, p.institution);
    return out;
}

} // namespace

bool ChangeDiff::isEmpty() const
{
    return registriesAdded.isEmpty() && registriesRemoved.isEmpty() && variables.empty() && periods.empty()
        && !projectEnd && !deletionDate && personsAdded.isEmpty() && personsRemoved.isEmpty();
}

ChangeDiff diffChange(const Application &change, const Application &earlier, const Decision *earlierDecision)
{
    ChangeDiff d;
    const auto before = grantedBy(earlier, earlierDecision);
    for (const DataSource &s : change.dataSources) {
        const auto it = before.find(s.registry);
        if (it == before.end()) {
            d.registriesAdded << s.registry;
            continue;
        }
        const QStringList added = minus(s.variables, it->second.variables);
        const QStringList removed = minus(it->second.variables, s.variables);
        if (!added.isEmpty() || !removed.isEmpty())
            d.variables.push_back({s.registry, added, removed});
        if (s.periodFrom != it->second.from || s.periodTo != it->second.to)
            d.periods.push_back({s.registry, it->second.from, it->second.to, s.periodFrom, s.periodTo});
    }
    for (const auto &entry : before) {
        // Not a structured binding: clang before 16 cannot capture one in a lambda.
        const QString &code = entry.first;
        const bool kept = std::any_of(change.dataSources.begin(), change.dataSources.end(), [&](const DataSource &s) {
            return s.registry == code;
        });
        if (!kept)
            d.registriesRemoved << code;
    }
    if (change.project.end != earlier.project.end)
        d.projectEnd = ChangeDiff::Changed<QDate>{earlier.project.end, change.project.end};
    if (change.project.deletionDate != earlier.project.deletionDate)
        d.deletionDate = ChangeDiff::Changed<QDate>{earlier.project.deletionDate, change.project.deletionDate};
    const QStringList oldPersons = personNames(earlier.personsWithAccess);
    const QStringList newPersons = personNames(change.personsWithAccess);
    d.personsAdded = minus(newPersons, oldPersons);
    d.personsRemoved = minus(oldPersons, newPersons);
    return d;
}

} // namespace fv
