#pragma once

#include "Result.h"
#include "casework/CaseService.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace fv {

class DateField;
class Session;

// The "Levering og avslutning" page of a decided case: each granted registry's delivery
// (ordered, delayed with a reason, delivered) with a row to record the next report, and the end
// of the project (end date, the end report, the deletion date and its confirmation). What is late
// is said in words and colour. Recording goes through FollowUpService (the rule book's
// RecordDelivery / RecordProjectEnd); a control the rule book refuses is disabled with the
// refusal as its tooltip.
class FollowUpPage : public QWidget
{
    Q_OBJECT
public:
    using Reporter = std::function<void(const Status &status, const QString &doneText)>;

    explicit FollowUpPage(QWidget *parent = nullptr);

    // The session acts; `report` shows the outcome (the window's message bar) and refreshes.
    void setSession(Session *session, Reporter report);
    void showCase(const CaseRecord &record);
    void clear();

    // For tests and screenshots.
    QTableWidget *deliveryTable() const { return m_deliveries; }
    QComboBox *registryChoice() const { return m_registry; }
    QComboBox *stepChoice() const { return m_step; }
    DateField *deliveryDate() const { return m_deliveryDate; }
    QLineEdit *delayReason() const { return m_reason; }
    QPushButton *recordDeliveryButton() const { return m_recordDelivery; }
    DateField *reportDate() const { return m_reportDate; }
    QPushButton *recordReportButton() const { return m_recordReport; }
    DateField *deletionDate() const { return m_deletedDate; }
    QPushButton *recordDeletionButton() const { return m_recordDeletion; }
    QLabel *summary() const { return m_summary; }
    QLabel *endSummary() const { return m_endSummary; }
    QLabel *deletionSummary() const { return m_deletionSummary; }

    enum Step { Ordered, Delayed, Delivered };

private:
    QWidget *buildDeliveries();
    QWidget *buildEnd();
    void showDeliveries(const CaseRecord &record);
    void showEnd(const CaseRecord &record);
    void updateEnabled();
    void recordDelivery();
    void recordEnd(bool report);

    Session *m_session = nullptr;
    Reporter m_report;
    std::optional<CaseRecord> m_record;
    QLabel *m_summary;
    QTableWidget *m_deliveries;
    QComboBox *m_registry;
    QComboBox *m_step;
    DateField *m_deliveryDate;
    QLineEdit *m_reason;
    QLabel *m_reasonLabel = nullptr; // shown with the reason, for a delay only
    QPushButton *m_recordDelivery;
    QLabel *m_projectEnd;
    QLabel *m_endSummary;
    QLabel *m_deletionSummary;
    DateField *m_reportDate;
    QPushButton *m_recordReport;
    DateField *m_deletedDate;
    QPushButton *m_recordDeletion;
};

} // namespace fv
