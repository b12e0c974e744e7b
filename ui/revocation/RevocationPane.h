#pragma once

#include "Result.h"
#include "casework/CaseService.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace fv {

class DateField;
class Session;

// Revocation, reversal without appeal (fvl § 35) and suspended implementation (fvl § 42) for one
// decided case, self-contained so it can sit on the case's appeal page: what stands (the notice
// and its deadline, the proposed or approved decision, "implementation suspended"), and the steps
// the rule book allows now. Every step goes through RevocationService (NotifyRevocation,
// RecordRevocationComment, DecideRevocation, ApproveRevocation, DecideSuspension); a control the
// rule book refuses is disabled with the refusal as its tooltip.
class RevocationPane : public QWidget
{
    Q_OBJECT
public:
    using Reporter = std::function<void(const Status &status, const QString &doneText)>;

    explicit RevocationPane(QWidget *parent = nullptr);

    // The session acts; `report` shows the outcome (the window's message bar) and refreshes.
    void setSession(Session *session, Reporter report);
    void setCase(const CaseRecord &record);
    void clear();

    // For tests and screenshots.
    QLabel *revocationSummary() const { return m_revocationSummary; }
    QLabel *suspensionSummary() const { return m_suspensionSummary; }
    QComboBox *kindChoice() const { return m_kind; }
    QLineEdit *grounds() const { return m_grounds; }
    QListWidget *registries() const { return m_registries; }
    QSpinBox *commentDays() const { return m_commentDays; }
    QPushButton *notifyButton() const { return m_notify; }
    DateField *commentDate() const { return m_commentDate; }
    QPushButton *commentButton() const { return m_comment; }
    QComboBox *outcomeChoice() const { return m_outcome; }
    QLineEdit *reason() const { return m_reason; }
    QPushButton *proposeButton() const { return m_propose; }
    QPushButton *approveButton() const { return m_approve; }
    DateField *requestDate() const { return m_requestDate; }
    QLineEdit *requestedBy() const { return m_requestedBy; }
    QPushButton *requestButton() const { return m_request; }
    QLineEdit *suspensionReason() const { return m_suspensionReason; }
    QPushButton *grantButton() const { return m_grant; }
    QPushButton *refuseButton() const { return m_refuse; }
    QPushButton *endButton() const { return m_end; }

private:
    QWidget *buildSuspension();
    QWidget *buildRevocation();
    void showRevocation(const CaseRecord &record);
    void showSuspension(const CaseRecord &record);
    void updateEnabled();
    QStringList checkedRegistries() const;
    void notify();
    void recordComment();
    void propose();
    void approve();
    void requestSuspension();
    void decideSuspension(bool grant);
    void endSuspension();
    bool readDate(DateField *field, QDate *out);

    Session *m_session = nullptr;
    Reporter m_report;
    std::optional<CaseRecord> m_record;
    QLabel *m_revocationSummary;
    QComboBox *m_kind;
    QLineEdit *m_grounds;
    QListWidget *m_registries;
    QSpinBox *m_commentDays;
    QPushButton *m_notify;
    DateField *m_commentDate;
    QPushButton *m_comment;
    QComboBox *m_outcome;
    QLineEdit *m_reason;
    QPushButton *m_propose;
    QPushButton *m_approve;
    QLabel *m_suspensionSummary;
    DateField *m_requestDate;
    QLineEdit *m_requestedBy;
    QPushButton *m_request;
    QLineEdit *m_suspensionReason;
    QPushButton *m_grant;
    QPushButton *m_refuse;
    QPushButton *m_end;
};

} // namespace fv
