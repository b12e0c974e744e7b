#pragma once

#include "Result.h"
#include "casework/CaseService.h"
#include "casework/Completeness.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

class QAction;
class QMenu;
class QWidget;

namespace fv {

class Session;

// The casework actions of the Case menu and the casework panel: assign and take, the
// completeness check and the dialogue with the applicant, consultations, notes, forwarding and
// closing. Each asks what it needs (scriptable through Dialogs and CaseworkDialogs), calls one
// CaseworkService operation and reports through the window. Only what the case's status and the
// user's roles allow is enabled; a disabled action's tooltip says why.
class CaseActions : public QObject
{
    Q_OBJECT
public:
    using Reporter = std::function<void(const Status &status, const QString &doneText)>;

    CaseActions(Session &session, QWidget *window, Reporter report);

    // The case the actions work on (none: all disabled); called whenever it is shown anew.
    void setCase(const std::optional<CaseRecord> &record);
    void addToMenu(QMenu *menu) const;

    // "Mine saker": the case list shows only the cases the user is responsible for.
    QAction *myCasesAction() const { return m_myCases; }
    bool myCasesOnly() const;

    QAction *take() const { return m_take; }
    QAction *assign() const { return m_assign; }
    QAction *startCheck() const { return m_startCheck; }
    QAction *complete() const { return m_complete; }
    QAction *requestInfo() const { return m_requestInfo; }
    QAction *infoReceived() const { return m_infoReceived; }
    QAction *remind() const { return m_remind; }
    QAction *rejectNoReply() const { return m_rejectNoReply; }
    QAction *preliminaryReply() const { return m_preliminaryReply; }
    QAction *consult() const { return m_consult; }
    QAction *consulted() const { return m_consulted; }
    QAction *addNote() const { return m_addNote; }
    QAction *foreignBasis() const { return m_foreignBasis; }
    QAction *forward() const { return m_forward; }
    QAction *withdraw() const { return m_withdraw; }
    QAction *close() const { return m_close; }

    // From the casework panel's checklist editor.
    void assess(AssessmentItem item, AssessmentResult result, const QString &note);
    Status mayAssess(AssessmentItem item) const; // role and status, for the editor

signals:
    void myCasesToggled(bool on);

private:
    QAction *make(const char *name, const QString &text, void (CaseActions::*slot)());
    void enable(QAction *action, const Status &allowed);
    void updateStatusActions(const CaseRecord &r);
    QString number() const;
    QStringList registryChoices(const QStringList &codes) const;
    void run(const Status &status, const QString &doneText);

    void onTake();
    void onAssign();
    void onStartCheck();
    void onComplete();
    static QString gapsHtml(const std::vector<CompletenessGap> &gaps, const Application &app);
    void onRequestInfo();
    void onInfoReceived();
    void onRemind();
    void onRejectNoReply();
    void onPreliminaryReply();
    void onConsult();
    void onConsulted();
    void onAddNote();
    void onForeignBasis();
    void onForward();
    void onWithdraw();
    void onClose();

    Session &m_session;
    QWidget *m_window;
    Reporter m_report;
    std::optional<CaseRecord> m_record;

    QAction *m_myCases = nullptr;
    QAction *m_take = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_startCheck = nullptr;
    QAction *m_complete = nullptr;
    QAction *m_requestInfo = nullptr;
    QAction *m_infoReceived = nullptr;
    QAction *m_remind = nullptr;
    QAction *m_rejectNoReply = nullptr;
    QAction *m_preliminaryReply = nullptr;
    QAction *m_consult = nullptr;
    QAction *m_consulted = nullptr;
    QAction *m_addNote = nullptr;
    QAction *m_foreignBasis = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_withdraw = nullptr;
    QAction *m_close = nullptr;
};

} // namespace fv
