#include "letters/DialogueInput.h"

#include "Clock.h"
#include "casework/Users.h"
#include "storage/Database.h"
#include "storage/Settings.h"

#include <algorithm>
#include <vector>

namespace fv {

QDate expectedDecisionDate(const CaseRecord &record, const CaseworkSettings &settings, const QDate &today)
{
    const DeadlineStatus &d = record.casework.deadlines;
    const int limit = record.application.isLinked() ? settings.linkedLimit : settings.singleSourceLimit;
    const auto after = [&](const QDate &from, int days) {
        return settings.calendar.addWorkingDays(std::max(from, today), std::max(days, 1));
    };
    if (d.statutoryDeadline.isValid() && d.statutoryDeadline > today)
        return d.statutoryDeadline;
    if (const InfoRequest *open = record.casework.openRequest()) {
        const QDate answer = open->reminderDue.isValid() ? open->reminderDue : open->answerDue;
        return after(answer, d.complete ? d.remainingWorkingDays : limit);
    }
    if (!d.complete)
        return after(today, limit);
    constexpr int pastDeadline = 10; // a date the office can keep once the statutory one has passed
    return after(today, pastDeadline);
}

Result<std::pair<int, int>> typicalProcessingDays(Database &db, int sample)
{
    auto q = db.exec(QStringLiteral("SELECT a.received, d.approved_at FROM decision d JOIN application a "
                                    "ON a.case_id = d.case_id WHERE d.approved_at IS NOT NULL AND d.version = 1 "
                                    "ORDER BY d.approved_at DESC LIMIT ?"),
                     {sample});
    if (!q)
        return q.error();
    std::vector<int> days;
    while (q->next()) {
        const QDate received = QDate::fromString(q->value(0).toString().left(10), Qt::ISODate);
        const QDate approved = QDate::fromString(q->value(1).toString().left(10), Qt::ISODate);
        if (received.isValid() && approved.isValid() && approved >= received)
            days.push_back(static_cast<int>(received.daysTo(approved)));
    }
    if (days.empty())
        return std::pair<int, int>{0, 0};
    std::sort(days.begin(), days.end());
    const size_t n = days.size();
    const int median = n % 2 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2] + 1) / 2;
    return std::pair<int, int>{median, static_cast<int>(n)};
}

const Consultation *statementToComment(const CaseRecord &record, const QString &registry)
{
    const auto &all = record.casework.consultations;
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (!it->answered() || it->note.trimmed().isEmpty())
            continue;
        if (registry.trimmed().isEmpty() || it->registry == registry.trimmed())
            return &*it;
    }
    return nullptr;
}

namespace {

// The title of the caseworker who signs (the case's assignee, else the acting user).
QString caseworkerTitle(Database &db, const QString &fullName)
{
    auto users = Users::all(db);
    if (!users)
        return {};
    for (const User &u : users.value()) {
        if (u.fullName == fullName)
            return u.title;
    }
    return {};
}

int sampleSize(Database &db)
{
    auto text = Settings::get(db, processingSampleKey, QStringLiteral("20"));
    bool isNumber = false;
    const int n = text ? text->trimmed().toInt(&isNumber) : 0;
    return isNumber && n > 0 ? n : 20;
}

} // namespace

Status fillDialogue(LetterInput &in, const CaseRecord &record, Database &db, const QString &registry)
{
    auto settings = loadCaseworkSettings(db);
    if (!settings)
        return settings.error();
    const QDate day = in.date.isValid() ? in.date : today();
    DialogueDetails &d = in.dialogue;
    d.caseworkerTitle = caseworkerTitle(db, in.caseworkerName);
    d.statutoryWorkingDays = record.application.isLinked() ? settings->linkedLimit : settings->singleSourceLimit;
    in.expectedDecision = expectedDecisionDate(record, settings.value(), day);
    if (!record.casework.infoRequests.empty()) {
        const InfoRequest &r = record.casework.infoRequests.back();
        d.requestedOn = r.requestedOn;
        d.remindedOn = r.remindedOn;
        d.reminderDue = r.reminderDue;
    }
    if (in.kind == LetterKind::StatementForComment) {
        // The applicant answers within the same working days as a request for information.
        in.answerDue = settings->calendar.addWorkingDays(day, settings->answerWorkingDays);
        if (const Consultation *c = statementToComment(record, registry)) {
            d.statementRegistry = c->registry;
            d.statementText = c->note;
            d.statementDate = c->answeredOn;
        }
    }
    if (in.kind == LetterKind::Receipt) {
        auto typical = typicalProcessingDays(db, sampleSize(db));
        if (!typical)
            return typical.error();
        d.typicalDays = typical->first;
        d.typicalSample = typical->second;
    }
    return ok();
}

} // namespace fv
