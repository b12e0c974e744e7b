#pragma once

#include "application/Application.h"
#include "application/ChangeDiff.h"
#include "casework/CaseworkTypes.h"
#include "decision/Decision.h"
#include "decision/Fees.h"
#include "registry/Registry.h"
#include "revocation/Revocation.h"

#include <QDate>
#include <QString>

#include <map>
#include <optional>

namespace fv {

enum class LetterKind {
    Decision,
    Receipt,
    InfoRequest,
    Reminder,
    PreliminaryReply,
    Forwarding,
    RegistryNotice,
    ProjectEndReminder,  // the end report or the confirmation of deletion is late
    Rejection,           // avvisning: the applicant never answered (an individual decision)
    StatementForComment, // a registry manager's statement put to the applicant (fvl § 17 second paragraph)
    RevocationNotice,    // advance notice of revocation or reversal (fvl § 16), with a deadline to comment
    RevocationDecision,  // the decision on it (an individual decision, appealable)
    StopDelivery,        // to each registry manager of the revoked registries: stop delivering
    SuspensionDecision,  // suspended implementation granted or refused (fvl § 42)
    AppealReceived,      // acknowledgement of an appeal, with the time HDS expects to need (fvl § 33)
    AppealForwarding,    // oversendelsesbrev: the upheld appeal to the appeal body, with HDS's view
    AppealCopy,          // the appellant's copy of the forwarding, with a deadline to comment
    AppealRejection,     // a late appeal rejected (fvl § 31): an individual decision with appeal information
};

QString toCode(LetterKind kind);
std::optional<LetterKind> letterKindFromCode(const QString &code);
const std::vector<LetterKind> &allLetterKinds();

// The sender's details, from the settings (HDS moved from Direktoratet for e-helse to FHI
// in 2024, so nothing of this is hard-coded in templates).
struct LetterSettings
{
    QString senderName = QStringLiteral("Folkehelseinstituttet – Helsedataservice");
    // The sender as English letters name it in their text.
    QString senderNameEn = QStringLiteral("Helsedataservice at the Norwegian Institute of Public Health");
    // The letterhead and footer of English letters: FHI's and HDS's English names, "main – unit".
    QString letterheadEn = QStringLiteral("Norwegian Institute of Public Health – Health Data Service");
    QString postalAddress = QStringLiteral("Postboks 222 Skøyen, 0213 Oslo");
    QString visitingAddress = QStringLiteral("Lovisenberggata 8, 0456 Oslo");
    QString email = QStringLiteral("helsedataservice@fhi.no");
    QString phone = QStringLiteral("+47 21 07 70 00");
    QString orgNumber = QStringLiteral("983 744 516");
    QString web = QStringLiteral("helsedata.no");
    QString appealBody = QStringLiteral("Helseklage"); // where HDS forwards an appeal it upholds
    QString logoPath;                                  // optional image file for the letterhead

    // The name in the letterhead and footer: English letters have their own (a setting too).
    const QString &letterhead(Language language) const
    {
        return language == Language::English ? letterheadEn : senderName;
    }
};

// What the letters of the dialogue with the applicant say beyond the request itself
// (DialogueContext.h puts them in the template's "dialogue" map).
struct DialogueDetails
{
    QDate requestedOn;   // rejection: the request that was not answered
    QDate remindedOn;    // rejection: its reminder, if one was sent
    QDate reminderDue;   // rejection: the reminder's deadline
    QString delayReason; // preliminary reply: a standard reason's code or the caseworker's own words
    // Statement for comment: the registry manager's statement, its registry and date.
    QString statementRegistry;
    QString statementText;
    QDate statementDate;
    // Receipt: the median days from receipt to decision of recently decided cases, and how many.
    int typicalDays = 0;
    int typicalSample = 0;
    int statutoryWorkingDays = 0; // receipt: 30 for one source, 60 when linked (the settings)
    QString caseworkerTitle;      // the caseworker's title from the user record (letters they sign)
};

// What the appeal letters, and a decision that reverses an appealed one, say about the appeal.
struct AppealLetterDetails
{
    bool present = false;
    QString appellant;
    QString contests;
    QDate receivedOn;
    QDate contestedDate;        // the day the contested letter was sent
    QString contestedReference; // its "case-document"
    QDate lastDay;
    bool inTime = true;
    bool considered = false; // late, considered anyway (§ 31)
    QString lateReason;      // considered: why; rejected: the reasons of the rejection
    QDate preparationDue;
    QString view; // HDS's view, when forwarded
    QDate commentDue;
    QString body;          // the appeal body (setting letter.appealBody)
    bool reversal = false; // the decision letter is the one that reverses the contested decision
    bool partly = false;   // ... in part
    // The current decision records the appeal body's decision (appeal/BodyDecision.h): final, so
    // the letter gives no new appeal information; the registry notices name the body's decision
    // and go only to the managers of the registries it changes.
    bool bodyDecision = false;
    QDate bodyDate;
    QString bodyReference;
    QStringList changedRegistries;
    QStringList documents; // the case documents, listed in the forwarding
};

// Everything a letter is built from. The renderer only reads it.
struct LetterInput
{
    LetterKind kind = LetterKind::Decision;
    Language language = Language::Bokmaal;
    QString caseNumber;     // e.g. "26/00012"
    int documentNumber = 0; // 0: not yet a case document (a preview)
    QDate date;
    QString caseworkerName;
    QString drafterName;
    QString approverName;
    QString drafterTitle;  // from the user record; empty: the language's default (rådgiver)
    QString approverTitle; // from the user record; empty: the language's default (seksjonssjef)
    bool draft = false;    // a decision not yet approved: the letter is marked as a draft
    Application application;
    std::optional<Decision> decision;
    std::optional<ChangeDiff> changes;      // a change application: what it changes against the earlier decision
    std::map<QString, Registry> registries; // the catalogue, by code
    LetterSettings settings;
    QString infoRequestText;  // for info-request and reminder
    QDate answerDue;          // for info-request and reminder
    QDate expectedDecision;   // for preliminary-reply
    QString forwardRegistry;  // for forwarding and registry-notice: the registry manager addressed
    QString forwardReason;    // for forwarding
    DialogueDetails dialogue; // rejection, statement for comment, preliminary reply, receipt, forwarding
    // For project-end-reminder: what is late (followup::endReportLate / deletionLate).
    bool endReportLate = false;
    QDate endReportDue;
    bool deletionLate = false;
    // Revocation letters and the suspension decision (core/revocation, RevocationLetters.h).
    RevocationRecord revocation;
    QString revocationProposer;    // full name of who proposed the decision on the revocation
    QString revocationApprover;    // full name of who approved it
    QString revocationDecisionRef; // "26/00012-7": the revocation decision a stop-delivery notice refers to
    // The template an admin stored for this kind and language (TemplateStore); empty: the packaged one.
    QString templateText;
    // The decision letter's reasons come from the case (DecisionReasons.h): the lawyer's checklist
    // notes, the registry managers' statements, the fee, and for a change the earlier decision.
    Assessment assessment;
    std::vector<Consultation> consultations;
    std::optional<Fee> fee;           // HDS's fee for this decision; none: not stated
    int feeSources = 0;               // the number of sources the base price was chosen by
    QDate earlierDecisionDate;        // a change: the earlier decision's approval date, if in the database
    QString earlierDecisionReference; // a change: the earlier decision letter's "case-document"
    QString foreignLegalBasis;        // a foreign applicant's legal basis in its own law
    AppealLetterDetails appeal;       // the current appeal (letters/AppealContext.h)
};

} // namespace fv
