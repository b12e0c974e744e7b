#pragma once

#include "archive/IncomingDocuments.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace fv {

struct CaseRecord;
class WorkingDayCalendar;

// How a late appeal (fvl § 31) was dealt with: considered anyway, or rejected (avvist, itself an
// individual decision with its own appeal information).
enum class LateHandling { None, Considered, Rejected };
// What HDS did with the appeal after preparing it (fvl § 33).
enum class HdsOutcome { None, Reversed, PartlyReversed, UpheldForwarded, Rejected, Withdrawn };
// What the appeal body (Helseklage) decided.
enum class BodyResult { None, Upheld, Reversed, PartlyReversed, SentBack };
// Where an appeal stands, derived from what is recorded.
enum class AppealState { AwaitingLateDecision, Preparing, Reversed, WithAppealBody, Decided, Rejected, Withdrawn };

QString toCode(LateHandling h);
QString toCode(HdsOutcome o);
QString toCode(BodyResult r);
QString toCode(AppealState s);
std::optional<LateHandling> lateHandlingFromCode(const QString &code);
std::optional<HdsOutcome> hdsOutcomeFromCode(const QString &code);
std::optional<BodyResult> bodyResultFromCode(const QString &code);
QString displayName(AppealState s); // translated
QString displayName(BodyResult r);  // translated

// One appeal (klage) against an individual decision of the case (schema 11). No health data: the
// appellant's text or an attached file says why, the rest is dates and outcomes.
struct Appeal
{
    qint64 id = 0;
    int decisionVersion = 0; // the contested decision version (0: a rejection without a decision)
    int letterDocument = 0;  // the contested letter, a case document number
    QDate letterSentOn;      // the day that letter was sent
    QDate receivedOn;        // the day HDS received the appeal
    QDate postedOn;          // the day it was posted, if known (§ 30: posted in time counts)
    QString appellant;
    QString contests;        // what it contests, in the caseworker's words
    QString text;            // the appeal's text (or empty with an attachment)
    qint64 attachmentId = 0; // the appeal as received, an incoming_document id, 0 if none
    QDate lastDay;           // the last day to appeal (§ 29), computed when registered
    bool inTime = true;
    LateHandling late = LateHandling::None;
    QString lateReason;
    QDate lateDecidedOn;
    QDate preparationDue; // § 33: HDS's own deadline to prepare the appeal
    HdsOutcome outcome = HdsOutcome::None;
    QDate outcomeOn;
    int reversingVersion = 0; // the decision version that reverses the contested one
    QDate forwardedOn;
    QString hdsView;  // HDS's view, in the forwarding letter
    QDate commentDue; // the appellant's deadline to comment on the forwarding
    BodyResult bodyResult = BodyResult::None;
    QDate bodyResultOn;
    QString bodyReference;
    qint64 bodyDocumentId = 0; // the appeal body's decision, an incoming_document id, 0 if none

    AppealState state() const;
    // In the preparation of § 33: in time or considered, no outcome yet (or sent back).
    bool preparing() const { return state() == AppealState::Preparing; }
};

// What CaseService::load() adds to a case about appeals, and the settings they are judged by.
struct AppealRecord
{
    std::vector<Appeal> appeals;     // oldest first; the last is the current one
    int deliveryDays = 3;            // setting appeal.deliveryDays: post takes this long to reach the party
    int preparationWorkingDays = 30; // setting appeal.preparationWorkingDays (§ 33)
    int commentDays = 14;            // setting appeal.commentDays: the appellant's time to comment
    QString appealBody = QStringLiteral("Helseklage"); // setting letter.appealBody
    std::vector<IncomingDocument> files;               // the received files of the case (schema 13), oldest first

    // The received file `id`, or nullptr.
    const IncomingDocument *file(qint64 id) const
    {
        for (const IncomingDocument &f : files)
            if (id > 0 && f.id == id)
                return &f;
        return nullptr;
    }

    const Appeal *current() const { return appeals.empty() ? nullptr : &appeals.back(); }
};

namespace appeal {

// The letter an appeal contests: the latest decision or rejection letter sent (document number,
// day); {0, invalid} if none.
struct Contested
{
    int document = 0;
    QDate sentOn;
};
Contested contestedLetter(const CaseRecord &record);
// fvl § 29: three weeks from the day the letter reached the party (sent + deliveryDays); a last
// day on a weekend, holiday or other day the office is closed moves to the next working day
// (domstolloven § 148 style, as § 29 counts).
QDate lastDayToAppeal(const QDate &sentOn, int deliveryDays, const WorkingDayCalendar &calendar);
// § 30: an appeal posted by the last day counts as in time; otherwise its day of receipt.
bool inTime(const QDate &lastDay, const QDate &receivedOn, const QDate &postedOn);

} // namespace appeal
} // namespace fv
