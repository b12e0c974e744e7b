#pragma once

#include "Result.h"
#include "casework/CaseService.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace fv {

class DateField;
class ReceivedFileField;
class ReceivedFilesList;
class Session;

// The "Klage" page of a case: its appeals with the last day to appeal, whether each came in
// time, HDS's preparation deadline and where the appeal stands; and the steps — register an
// appeal, consider or reject a late one (§ 31), reverse (a new decision version) or forward to
// the appeal body with HDS's view, record the appeal body's result. Every step goes through
// AppealService (the rule book's RegisterAppeal, DecideLateAppeal, ReverseAppeal, ForwardAppeal,
// RecordAppealResult, RecordBodyDecision: the appeal body's reversal recorded as a new decision
// version); a step the rule book refuses is disabled with the refusal as its tooltip.
class AppealPage : public QWidget
{
    Q_OBJECT
public:
    using Reporter = std::function<void(const Status &status, const QString &doneText)>;

    explicit AppealPage(QWidget *parent = nullptr);

    void setSession(Session *session, Reporter report);
    void showCase(const CaseRecord &record);
    void clear();
    // Another part of the life after the decision (revocation, § 35 reversal) adds its pane here.
    void addSection(QWidget *section);

    // For tests and screenshots.
    QLabel *summary() const { return m_summary; }
    DateField *receivedDate() const { return m_received; }
    DateField *postedDate() const { return m_posted; }
    QLineEdit *appellant() const { return m_appellant; }
    QLineEdit *contests() const { return m_contests; }
    QPlainTextEdit *appealText() const { return m_text; }
    QPushButton *registerButton() const { return m_register; }
    QLineEdit *lateReason() const { return m_lateReason; }
    QPushButton *considerButton() const { return m_consider; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *reverseButton() const { return m_reverse; }
    QPushButton *reversePartlyButton() const { return m_reversePartly; }
    QPlainTextEdit *view() const { return m_view; }
    QPushButton *forwardButton() const { return m_forward; }
    QComboBox *resultChoice() const { return m_result; }
    DateField *resultDate() const { return m_resultDate; }
    QLineEdit *resultReference() const { return m_reference; }
    QPushButton *recordResultButton() const { return m_recordResult; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    ReceivedFileField *appealFile() const { return m_appealFile; }
    ReceivedFileField *resultFile() const { return m_resultFile; }
    ReceivedFilesList *receivedFiles() const { return m_receivedFiles; }
    QPushButton *recordBodyDecisionButton() const { return m_recordBody; }

private:
    QWidget *buildRegister();
    QWidget *buildHandling();
    QString summaryHtml(const CaseRecord &record) const;
    void updateEnabled();
    void registerAppeal();
    void decideLate(bool consider);
    void reverse(bool partly);
    void forward();
    void recordResult();
    void withdraw();
    void recordBodyDecision();
    void done(const Status &status, const QString &text);

    Session *m_session = nullptr;
    Reporter m_report;
    std::optional<CaseRecord> m_record;
    QVBoxLayout *m_layout;
    QLabel *m_summary;
    DateField *m_received;
    DateField *m_posted;
    QLineEdit *m_appellant;
    QLineEdit *m_contests;
    QPlainTextEdit *m_text;
    QPushButton *m_register;
    QLineEdit *m_lateReason;
    QPushButton *m_consider;
    QPushButton *m_reject;
    QPushButton *m_reverse;
    QPushButton *m_reversePartly;
    QPlainTextEdit *m_view;
    QPushButton *m_forward;
    QComboBox *m_result;
    DateField *m_resultDate;
    QLineEdit *m_reference;
    QPushButton *m_recordResult;
    QPushButton *m_withdraw;
    ReceivedFileField *m_appealFile; // the appeal as received (schema 13)
    ReceivedFileField *m_resultFile; // the appeal body's decision as received
    ReceivedFilesList *m_receivedFiles;
    QPushButton *m_recordBody;
};

} // namespace fv
