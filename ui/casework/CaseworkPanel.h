#pragma once

#include "casework/CaseService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace fv {

class AssessmentModel;
class CaseActions;
class ConsultationModel;
class FlowLayout;

// The "Saksbehandling" tab: the case's deadlines and what is due (overdue in colour and words),
// the legal-assessment checklist with an editor for the chosen item, the registry managers'
// consultations, the dialogue with the applicant and the notes. Its buttons are the window's
// CaseActions, so they offer only what the case's status and the user's roles allow.
class CaseworkPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseworkPanel(QWidget *parent = nullptr);

    void setActions(CaseActions *actions);
    // `userNames` maps a login to a full name: people are named, not their logins.
    void showCase(const CaseRecord &record, const std::map<QString, QString> &userNames = {});

    // For tests and screenshots.
    AssessmentModel *assessmentModel() const { return m_assessmentModel; }
    ConsultationModel *consultationModel() const { return m_consultationModel; }
    QTableView *assessmentTable() const { return m_assessment; }
    QTableWidget *taskTable() const { return m_tasks; }
    QLabel *deadlineSummary() const { return m_summary; }
    QComboBox *resultEditor() const { return m_result; }
    QLineEdit *noteEditor() const { return m_note; }
    QPushButton *saveAssessmentButton() const { return m_saveAssessment; }
    QTextBrowser *dialogueView() const { return m_dialogue; }

private:
    QWidget *buildDeadlines();
    QWidget *buildAssessment();
    QWidget *buildConsultations();
    QWidget *buildDialogue();
    QWidget *buttonRow(const QList<QAction *> &actions);
    void showDeadlines(const CaseRecord &record);
    void showDialogue(const CaseRecord &record, const std::map<QString, QString> &userNames);
    void chooseItem();
    void saveAssessment();

    CaseActions *m_actions = nullptr;
    QString m_shownCase;
    QList<FlowLayout *> m_actionRows; // filled by setActions()
    QLabel *m_summary;
    QTableWidget *m_tasks;
    QLabel *m_assessmentCount;
    QTableView *m_assessment;
    AssessmentModel *m_assessmentModel;
    QLabel *m_item;
    QComboBox *m_result;
    QLineEdit *m_note;
    QPushButton *m_saveAssessment;
    QTableView *m_consultations;
    ConsultationModel *m_consultationModel;
    QTextBrowser *m_dialogue;
};

} // namespace fv
