#pragma once

#include "application/Application.h"
#include "decision/Decision.h"

#include <QString>

#include <vector>

namespace fv {

// A standard condition from the library, with its text in each letter language.
struct StandardCondition
{
    QString code;
    QString nb;
    QString nn;
    QString en;
    // Months after the project end the end-of-project report falls due ({{endReportDue}}):
    // the setting "decision.endReportMonths" of the database the library was loaded from.
    int endReportMonths = 3;

    const QString &text(Language language) const;
};

// The condition library (resource :/conditions.json).
const std::vector<StandardCondition> &standardConditions();

// A standard condition's text for this application, placeholders filled in; empty if unknown.
QString conditionText(const QString &code, const Application &app, Language language);
QString conditionText(const StandardCondition &condition, const Application &app, Language language);

// The standard texts a draft starts from (resource :/standard-texts.json):
// keys legalBasis, legalBasisAnonymous, legalBasisRefused and reasonsRefused (nothing granted),
// reasons, reasonsAnonymous, exemptionBasis, exemptionReasons and exemptionReasonsResearch.
QString standardText(const QString &key, const Application &app, Language language);

// Dates as letters write them: "31. desember 2031" / "31 December 2031".
QString letterDate(const QDate &date, Language language);

} // namespace fv
