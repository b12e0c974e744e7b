#pragma once

#include "Result.h"
#include "appeal/Appeal.h"
#include "rules/Permissions.h"

#include <QDate>

#include <functional>

namespace fv {

class CaseService;
class Database;
struct CaseRecord;
struct User;

// What the caseworker registers when an appeal comes in.
struct AppealInput
{
    QDate receivedOn;
    QDate postedOn; // optional: the postmark, § 30
    QString appellant;
    QString contests;
    QString text;
    IncomingFile file; // the appeal as received (incoming::readFile), instead of or besides the text
};

// Appeals (klage, forvaltningsloven §§ 28–34) for one acting user. Each step is one operation of
// the operation runner (rules/Operation.h): the permission table's RegisterAppeal,
// DecideLateAppeal, ReverseAppeal, ForwardAppeal and RecordAppealResult decide who may and when,
// then the input rules here; the change and its event are written in one transaction.
//  - register: the deadline of § 29 (letter + appeal.deliveryDays + three weeks, moved to the next
//    working day) decides in time or late (§ 30: posted by the last day counts). An appeal in
//    time puts the case back into assessment with HDS's preparation deadline (§ 33); a late one
//    waits for consider (§ 31, then the same) or reject (an avvisning).
//  - reverse: HDS reverses wholly or partly; a new decision version is drafted at once (the
//    ordinary DecisionService draft, fee-exempt as an appeal) and approved by a second person
//    like any other; on approval it supersedes the contested one, which is kept.
//  - forward: HDS upholds its decision and forwards the appeal to the appeal body with its view;
//    the appellant gets appeal.commentDays to comment. The case leaves assessment.
//  - result: the appeal body's result; "sent back" reopens the preparation.
//  - recordBodyDecision: the appeal body reversed, wholly or partly: HDS records the body's
//    decision as a new decision version drafted from the current one (BodyDecision.h), fee-free,
//    submitted and approved by a second person like any other; it supersedes the old version, and
//    the registry notices go to the managers of the registries it changes. The body's decision is
//    final (fvl § 28 third paragraph): the applicant's letter gives no new appeal information.
// Ends a granted suspension of implementation (fvl § 42) still in force, on `on` (not before it
// was granted), audited as automatic because `why`; nothing if none runs. Inside the caller's
// transaction: the appeal was decided or withdrawn.
Status endSuspensionWithAppeal(Database &db, const CaseRecord &r, const User &actor, const QDate &on,
                               const QString &why);

// The appeal body reversed the decision, wholly or partly: what the registry managers deliver
// changes, and they are to be sent new registry notices.
bool changesDelivery(BodyResult result);

class AppealService
{
public:
    explicit AppealService(CaseService &cases);

    Result<Appeal> registerAppeal(const QString &caseNumber, const AppealInput &input);
    Status considerLate(const QString &caseNumber, const QString &reason);
    Status rejectLate(const QString &caseNumber, const QString &reason);
    // Returns the new draft's version number.
    Result<int> reverse(const QString &caseNumber, bool partly);
    Status forward(const QString &caseNumber, const QString &view, int commentDays = 0);
    // `file`: the appeal body's decision letter, stored and journalled from the appeal body.
    Status recordResult(const QString &caseNumber, BodyResult result, const QDate &on, const QString &reference = {},
                        const IncomingFile &file = {});
    // Returns the new draft's version number.
    Result<int> recordBodyDecision(const QString &caseNumber);
    // The appellant withdraws the appeal on `on` (today if invalid): outcome "withdrawn"; a case
    // taken back into assessment for it returns to "letter sent"; the decision stands.
    Status withdraw(const QString &caseNumber, const QDate &on = {});
    // The bytes of the case's received file `id` (the appeal, the appeal body's decision), their
    // SHA-256 checked on the way out. Reading changes nothing and is not audited.
    Result<QByteArray> receivedFile(const QString &caseNumber, qint64 id);

private:
    using Change = std::function<Status(CaseRecord &, const User &, Appeal &)>;
    Status change(const QString &caseNumber, Action action, const Change &body);

    CaseService &m_cases;
};

} // namespace fv
