#pragma once

#include "Result.h"
#include "casework/Assessment.h"
#include "casework/CaseStatus.h"
#include "casework/Users.h"

#include <QString>

#include <optional>
#include <vector>

namespace fv {

struct CaseRecord;

// Every action a person can take that changes something. The table in Permissions.cpp says,
// for each, which roles may take it, in which case states, and which extra rules apply (the
// four-eyes rule, an assigned and complete case, ...): the one rule book that the operation
// runner enforces and that the GUI and the CLI ask before offering an action.
enum class Action {
    // intake
    ImportApplication,
    RegisterApplication,
    EditApplication,
    AttachFile,
    // casework
    Assign,
    Take,
    StartCompletenessCheck,
    MarkComplete,
    RequestInfo,
    InfoReceived,
    SendReminder,
    RejectNoReply,
    Consult,
    RecordConsultation,
    Assess,
    AddNote,
    RecordPreliminaryReply,
    Forward,
    Withdraw,
    Close,
    // the joint decision
    DraftDecision,
    EditDecision,
    SubmitDecision,
    ApproveDecision,
    ReturnDecision,
    // letters
    SendLetter,
    // the archive
    ScreenJournal,
    CloseJournalEntry,
    JournalNote,
    PublishJournal,
    ExportArchive,
    // after the decision letter
    RecordDelivery,
    RecordProjectEnd,
    NotifyRevocation,        // advance notice of revocation or reversal (fvl § 16)
    RecordRevocationComment, // the applicant's comment on the notice
    DecideRevocation,        // propose the decision on it
    ApproveRevocation,       // approve it (four eyes): the letters and the stop-delivery notices go out
    DecideSuspension,        // record a request for suspended implementation (fvl § 42) and decide it
    // appeals (klage)
    RegisterAppeal,
    DecideLateAppeal,
    ReverseAppeal,
    ForwardAppeal,
    RecordAppealResult,
    WithdrawAppeal,     // the appellant withdraws the appeal
    RecordBodyDecision, // the appeal body's reversal recorded as a new decision version
    // administration
    AdministerUsers,
    EditRegistryCatalogue,
    EditLetterTemplates,
    EditConditionLibrary,
    EditPrices,
    EditSettings,
    RestoreDatabase,
    GenerateSyntheticCases,
};

QString toCode(Action action);
const std::vector<Action> &allActions();
// The action in a caseworker's words ("approve the decision"), translated.
QString actionDisplayName(Action action);

// Whether `user` may take `action` now: ok, or the refusal in words a caseworker can act on,
// translated (the same words the CLI prints and a disabled button's tooltip shows). `record` is
// the case the action is about (nullptr for actions that are not about one case).
//
// With a record: role, then the case's status (from CaseStatus's table for the actions that move
// it), then the extra rules: DraftDecision needs a complete case under assessment with a
// caseworker; EditDecision a draft; SubmitDecision a settled legal assessment; ApproveDecision a
// submitted decision and an approver who did not draft, edit or submit that version (four eyes).
// Without a record only the role (and that the user is active) is checked.
Status can(Action action, const User &user, const CaseRecord *record = nullptr);
Status can(Action action, const User &user, const CaseRecord &record);
// Only the roles (and that the user is active): for a menu that lists what someone may do at all.
Status canRole(Action action, const User &user);
// Only the case's status, from CaseStatus's table (ok for actions that do not move the status).
Status canInState(Action action, const CaseRecord &record);
// Assess, and the item needs a lawyer for the legal basis and the interest to society.
Status canAssess(const User &user, const CaseRecord *record, AssessmentItem item);
// The status change an action makes, if it makes one (e.g. ApproveDecision → CaseAction::Approve).
std::optional<CaseAction> caseActionOf(Action action);

} // namespace fv
