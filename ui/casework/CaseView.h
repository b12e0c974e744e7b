#pragma once

#include "archive/JournalTypes.h"
#include "casework/CaseService.h"
#include "registry/Registry.h"

#include <QSet>
#include <QWidget>

#include <map>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace fv {

class CaseworkPanel;
class DecisionEntryModel;
class DecisionVersionsView;
class FollowUpPage;
class AppealPage;
class RevocationPane;
class TimelineView;

// One case: the application, the joint decision with its per-registry outcomes, and
// the timeline of events.
class CaseView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseView(QWidget *parent = nullptr);

    void showCase(const CaseRecord &record, const std::map<QString, Registry> &registries,
                  const QSet<QString> &storedFiles = {});
    void clear();
    // Full names by login, for the people named in the decision's versions.
    void setUserNames(std::map<QString, QString> names) { m_userNames = std::move(names); }
    const std::optional<CaseRecord> &currentCase() const { return m_record; }
    // The case's journal entries, shown on the documents page with the next showCase().
    void setJournal(std::vector<JournalEntry> entries) { m_journal = std::move(entries); }

    enum Tab { ApplicationTab, CaseworkTab, DecisionTab, TimelineTab, EventsTab, DocumentsTab, FollowUpTab, AppealTab };
    void showTab(Tab tab);
    CaseworkPanel *caseworkPanel() const { return m_casework; }
    TimelineView *timeline() const { return m_timeline; }
    QTextBrowser *documentsPage() const { return m_documents; }
    // "Journal a note…" under the case's journal; the window enables it from the rule book.
    QPushButton *journalNoteButton() const { return m_journalNote; }
    // Every version of the decision, on the decision page.
    DecisionVersionsView *decisionVersions() const { return m_versions; }
    // Delivery and the end of the project, after the decision letter.
    FollowUpPage *followUpPage() const { return m_followUp; }
    // Appeals (klage); other panes of the life after the decision are added with addSection().
    AppealPage *appealPage() const { return m_appeal; }
    RevocationPane *revocationPane() const { return m_revocation; }

signals:
    // From the attachment links on the application page.
    void openAttachmentRequested(const QString &fileName);
    void attachFileRequested(const QString &fileName);
    // From the list of sent letters (the documents page): open the stored document.
    void openDocumentRequested(int documentNumber);
    // From the documents page: journal an internal note in the case.
    void journalNoteRequested();

private:
    void showDecision(const CaseRecord &record, const std::map<QString, Registry> &registries);
    void showDocuments(const CaseRecord &record);
    QString journalHtml() const;

    std::optional<CaseRecord> m_record;
    std::map<QString, QString> m_userNames;
    std::vector<JournalEntry> m_journal;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    QTextBrowser *m_application;
    QLabel *m_decisionStatus;
    QTableView *m_entries;
    DecisionEntryModel *m_entryModel;
    QTextBrowser *m_decisionText;
    QTextBrowser *m_events;
    QTextBrowser *m_documents;
    QPushButton *m_journalNote = nullptr;
    CaseworkPanel *m_casework;
    TimelineView *m_timeline;
    DecisionVersionsView *m_versions = nullptr;
    FollowUpPage *m_followUp = nullptr;
    AppealPage *m_appeal = nullptr;
    RevocationPane *m_revocation = nullptr; // a section of the appeal page
};

} // namespace fv
