#pragma once

#include "Result.h"
#include "casework/Users.h"

#include <QString>

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
Status can(Action action, const User &user, const CaseRecord *record = nullptr);

} // namespace fv
