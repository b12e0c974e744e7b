#include "widgets/ValidationText.h"

#include <QDate>
#include <QRegularExpression>

namespace fv {
namespace {

// The date a message compares with, "(2026-11-01)", written the way the form shows dates.
QString quotedDate(const QString &message)
{
    static const QRegularExpression iso(QStringLiteral("\\((\\d{4}-\\d{2}-\\d{2})\\)"));
    const auto m = iso.match(message);
    return m.hasMatch()
        ? QDate::fromString(m.captured(1), Qt::ISODate).toString(QStringLiteral("dd.MM.yyyy"))
        : QString();
}

QString caseNumberIn(const QString &message)
{
    static const QRegularExpression number(QStringLiteral("\\b(\\d{2}/\\d{5})\\b"));
    return number.match(message).captured(1);
}

#define FV_TEXT(text) QT_TRANSLATE_NOOP("fv::ValidationText", text)

// A phrase of the core's message, and what the form says instead; %1 is the case number or
// the date the message names. The first rule that matches wins.
struct Rule
{
    const char *phrase;
    const char *text;
};

constexpr Rule rules[] = {
    {"must not be empty (expected one of", FV_TEXT("Choose one.")},
    {"required unless identifiability is \"anonymous\"", FV_TEXT("Required unless the data are anonymous.")},
    {"must not be empty", FV_TEXT("Required.")},
    {"a date (YYYY-MM-DD) is required", FV_TEXT("Enter a date.")},
    {"must be after project.start", FV_TEXT("Must be after the start (%1).")},
    {"must be on or after project.end", FV_TEXT("Must be on or after the end of the project (%1).")},
    {"must not be before periodFrom", FV_TEXT("The period cannot end before it starts (%1).")},
    {"does not look like an email address", FV_TEXT("This is not an e-mail address (expected e.g. name@example.no).")},
    {"is not an organisation number (expected 9 digits)", FV_TEXT("An organisation number has 9 digits.")},
    {"MOD11", FV_TEXT("Not a valid organisation number: the check digit does not match.")},
    {"is not a Norwegian postal code", FV_TEXT("A Norwegian postal code has 4 digits.")},
    {"is not a case number of the form", FV_TEXT("Write the case number as YY/NNNNN, e.g. 26/00012.")},
    {"required when kind is \"change\"", FV_TEXT("Required for a change application.")},
    {"not allowed when kind is \"new\"", FV_TEXT("Only a change application has this.")},
    {"required for purpose \"medical-health-research\"",
     FV_TEXT("Medical and health research with identifiable data needs a REK approval.")},
    {"required when identifiability is \"directly-identifiable\"",
     FV_TEXT("Give the special reasons for directly identifiable data.")},
    {"at least one person with access", FV_TEXT("Add at least one person with access.")},
    {"at least one data source", FV_TEXT("Add at least one data source.")},
    {"at least one variable", FV_TEXT("Tick or add at least one variable.")},
    {"is listed more than once", FV_TEXT("This registry is already in another data source; each registry only once.")},
    {"is not a SHA-256 digest", FV_TEXT("Not a SHA-256 checksum (64 hexadecimal characters).")},
    {"is already registered as case", FV_TEXT("An application with this reference is already registered as case %1.")},
    {"unknown ", FV_TEXT("Not one of the allowed values.")},
};

#undef FV_TEXT

} // namespace

QString ValidationText::forField(const ValidationIssue &issue)
{
    const QString &m = issue.message;
    for (const Rule &rule : rules) {
        if (!m.contains(QLatin1String(rule.phrase)))
            continue;
        QString text = tr(rule.text);
        if (text.contains(QLatin1String("%1"))) {
            const QString caseNumber = caseNumberIn(m);
            text = text.arg(caseNumber.isEmpty() ? quotedDate(m) : caseNumber);
        }
        return text;
    }
    return m; // a message this form has no words for yet is still shown, as the core gave it
}

} // namespace fv
