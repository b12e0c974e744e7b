#pragma once

#include "Result.h"
#include "followup/FollowUp.h"

#include <QDate>

#include <functional>

namespace fv {

class CaseService;
struct CaseRecord;
struct User;

// What happens after the decision letter, for one acting user: the registry managers' deliveries
// (ordered, delayed with a reason, delivered) and the end of the project (the applicant's end
// report, the confirmation of deletion or anonymisation). Each is one operation of the operation
// runner (rules/Operation.h): the permission table's RecordDelivery / RecordProjectEnd decide who
// may and when (the decision letter of a decision that grants data is sent), then the input
// rules here; the change and its event are written in one transaction. A day defaults to today
// and may neither lie in the future nor before the decision letter was sent.
class FollowUpService
{
public:
    explicit FollowUpService(CaseService &cases);

    Status ordered(const QString &caseNumber, const QString &registry, const QDate &on = {});
    Status delayed(const QString &caseNumber, const QString &registry, const QString &reason, const QDate &on = {});
    Status delivered(const QString &caseNumber, const QString &registry, const QDate &on);
    Status endReportReceived(const QString &caseNumber, const QDate &on);
    Status deletionConfirmed(const QString &caseNumber, const QDate &on);

private:
    using DeliveryChange = std::function<Status(const CaseRecord &, Delivery &, const QDate &day)>;
    Status changeDelivery(const QString &caseNumber, const QString &registry, const QDate &on,
                          const DeliveryChange &change, const QString &eventKind);
    Status changeEnd(const QString &caseNumber, const QDate &on, bool report);

    CaseService &m_cases;
};

} // namespace fv
