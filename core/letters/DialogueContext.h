#pragma once

#include "letters/LetterInput.h"

#include <QString>
#include <QVariantMap>

#include <vector>

namespace fv {

// A standard reason a preliminary reply (forvaltningsloven § 11 a) gives for the time the case
// takes, in each letter language. The caseworker chooses one by its code or writes their own.
struct DelayReason
{
    QString code;
    QString nb;
    QString nn;
    QString en;

    const QString &text(Language language) const;
};

const std::vector<DelayReason> &delayReasons();
// The standard reason with this code, or nullptr (then the text is the caseworker's own words).
const DelayReason *findDelayReason(const QString &code);
// A standard reason's short name for a choice list (translated).
QString delayReasonName(const QString &code);

// The template's "dialogue" map (see LetterContext.h):
//   dialogue.{delayReasonParagraphs, hasDelayReason, requestedOn, hasRequestedOn, remindedOn, hasReminder,
//     reminderDue, lastDue, statement.{registry, manager, date, hasDate, paragraphs}, statutoryDays,
//     linkedDays, singleDays, hasTypical, typicalDays, typicalSample, typicalDate,
//     forwardRegulation, hasForwardRegulation, caseworkerTitle}
// Every value is plain text, like the rest of the context.
QVariantMap dialogueContext(const LetterInput &input);

} // namespace fv
