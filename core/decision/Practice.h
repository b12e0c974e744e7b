#pragma once

#include "Result.h"
#include "decision/Decision.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace fv {

class Database;

// What a case asks for, as earlier practice is compared with it: its registries with their
// variables, its purpose (the spec's code) and how identifiable the data are.
struct PracticeQuery
{
    qint64 caseId = 0;                     // never among the answers
    std::map<QString, QStringList> wanted; // registry code → variables
    QString purpose;
    QString identifiability;
    QDate asOf; // recency is measured from here (today when invalid)
    int limit = 10;
};

// One earlier approved decision and why it is close: the shares of registries and variables
// it has in common with the query (Jaccard, 0–1), whether its purpose and kind of data are the
// same, and the whole ranked score.
struct PracticeMatch
{
    qint64 decisionId = 0;
    QString caseNumber;
    QString title;
    QString purpose;
    QDate approvedOn;
    OverallResult overall = OverallResult::Granted;
    double score = 0;
    double registrySimilarity = 0;
    double variableSimilarity = 0;
    bool samePurpose = false;
    QStringList sharedRegistries;
    std::vector<RegistryDecision> entries; // each registry's outcome, variables and reason
    QString reasons;                       // the general reasons
    std::vector<Condition> conditions;
};

// Earlier practice: approved decisions on the same registries, variables and purpose, closest
// and newest first. Reads only; every caseworker may read every case.
class Practice
{
public:
    // The query for a stored case: its application's registries and variables.
    static Result<PracticeQuery> queryForCase(Database &db, const QString &caseNumber);
    // Ranked matches, at most query.limit. Candidates are the approved decisions sharing a
    // registry, the closest registry sets first and the newest among equals; the first
    // `candidatePool` of them are weighed in full (variables, purpose, age).
    static Result<std::vector<PracticeMatch>> find(Database &db, const PracticeQuery &query);

    static constexpr int candidatePool = 200;
};

} // namespace fv
