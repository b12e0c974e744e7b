#pragma once

#include "letters/LetterInput.h"

#include <QString>
#include <QVariantMap>

namespace fv {

// The Mustache context a letter template (resources/letters/<kind>.<language>.html) is
// rendered with. Every value is plain text: the template's {{ }} escapes it, so applicant
// text prints literally. Dates are written as letters write them (letterDate()).
//
// Keys an admin editing a template can use (booleans for sections, lists for repeats):
//   lang, title, date, ourRef, yourRef, caseNumber, caseworker, drafter, approver,
//   drafterTitle, approverTitle (from the user records, else the language's default words; in a
//   decision letter label.drafterRole and label.approverRole are these titles too),
//   draft, draftMark, hasSignature, label.* (the fixed words of the language, see letterLabels())
//   sender.{name, nameEn (English letters' text), postalAddress, visitingAddress, email, phone, orgNumber, web,
//   appealBody} addressee.{name, hasAttention, attention, hasStreet, street, hasPostal, postalLine, hasCountry,
//   country} project.{title, summaryParagraphs, purpose, start, end, period, deletionDate, hasFunding, funding}
//   projectLeader.{name, title, email}, controller.{name, orgNumber}
//   application.{reference, received, isChange, changeOf, changeSummaryParagraphs, population,
//     hasPopulation, identifiability, isAnonymous, isDirectlyIdentifiable, directIdentifiersJustification,
//     linked, linkageSources (once decided, only the sources granted), hasLinkage,
//     linkage.{description, keys, hasKeys}, storage.{environment,
//     description, hasDescription}, persons[{name, institution}], hasPersons, hasRek, rek.{reference,
//     approvedOn}, article6, article9, sources[{name, code, period, periodShort, variables, justification}]}
//   hasDecision, decision.{overall, overallTitle, overallGranted, overallPartlyGranted, overallRefused,
//     rows[row], grantedRows[row], hasGrantedRows, forwarded[row], hasForwarded,
//     removedVariables[{registry, name, reason, hasReason}], hasRemovedVariables,
//     legalBasisParagraphs,
//     reasonsParagraphs, conditions[{number, text}], hasConditions, copyTo[{manager, registries}], hasCopyTo,
//     grantsAnything, exemption.{required, notRequired, granted, refused, legalBasis, reasonsParagraphs}}
//     (a decision that grants nothing has no conditions and grants no exemption, whatever is stored)
//     and what the case says for the reasons, the fee and an earlier decision: see DecisionReasons.h
//     where row = {code, name, nameNb, manager, outcome, outcomeTitle, granted, partlyGranted, refused,
//     forwarded, hasPeriod, period, periodShort, approvedVariables, hasApprovedVariables,
//     removedVariables[...], hasRemovedVariables, hasReason, reasonParagraphs}
//   infoRequestParagraphs, hasInfoRequest, answerDue, hasAnswerDue, expectedDecision, hasExpectedDecision,
//   projectEnd.{reportLate, reportDue, deletionLate} (project-end-reminder: what is late)
//   forward.{name, code, manager, hasSource, period, periodShort, variables, reasonParagraphs, hasReason, rows[row]}
//     (forwarding, registry-notice: the registry whose manager is addressed; rows = its manager's registries;
//     a registry notice's rows are only those it delivers, plus decisionDate, hasDecisionDate,
//     otherManagers, hasOtherManagers, linker, linksHere, linksElsewhere: see NoticeContext.h)
//   dialogue.{...}: the rejection, statement-for-comment, preliminary reply, receipt and forwarding
//     details (DialogueContext.h); in letters other than the decision, label.drafterRole is the
//     caseworker's title from their user record when it has one
// Characters that change the writing direction are taken out of every value (BidiControls.h).
QVariantMap letterContext(const LetterInput &input);

// The fixed words of a letter in one language (the context's "label" map): ref block labels,
// section headings, outcome words, footer labels, "page" ("Side %1 av %2") and "draftMark".
QVariantMap letterLabels(Language language);

// A registry's full name in the letter's language, from the catalogue; the code if unknown.
QString registryName(const LetterInput &input, const QString &code);

} // namespace fv
