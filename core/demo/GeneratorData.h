#pragma once

#include "application/Application.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <map>
#include <random>
#include <vector>

namespace fv {

// A seeded source of choices: the same seed gives the same archive.
class Dice
{
public:
    explicit Dice(quint32 seed) : m_engine(seed) {}
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(m_engine() % static_cast<quint32>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const std::vector<T> &items)
    {
        return items[static_cast<size_t>(below(static_cast<int>(items.size())))];
    }

private:
    std::mt19937 m_engine;
};

// Realistic application content for synthetic cases: Norwegian institutions with valid
// organisation numbers, researchers' names with æ, ø and å, projects, registries and
// variables from the catalogue in the database.
class ApplicationFaker
{
public:
    // `variables`: registry code → the catalogue's variable names.
    explicit ApplicationFaker(std::map<QString, QStringList> variables);

    // A new application received on `received`, valid by the application-v1 rules.
    Application make(Dice &dice, const QDate &received, const QString &reference) const;
    // A change application to `earlier` (our case `earlierCase`), received on `received`.
    Application makeChange(Dice &dice, const Application &earlier, const QString &earlierCase, const QDate &received,
                           const QString &reference) const;

    // A full name for a caseworker or researcher.
    static QString personName(Dice &dice);

private:
    std::vector<DataSource> dataSources(Dice &dice, const QDate &received, int count) const;
    std::map<QString, QStringList> m_variables;
    std::vector<QString> m_registryWeights; // codes repeated by how often they are asked for
};

} // namespace fv
