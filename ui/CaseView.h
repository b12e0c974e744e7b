#pragma once

#include "casework/CaseService.h"
#include "registry/Registry.h"

#include <QWidget>

#include <map>
#include <optional>

class QLabel;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace fv {

class DecisionEntryModel;

// One case: the application, the joint decision with its per-registry outcomes, and
// the timeline of events.
class CaseView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseView(QWidget *parent = nullptr);

    void showCase(const CaseRecord &record, const std::map<QString, Registry> &registries);
    void clear();
    const std::optional<CaseRecord> &currentCase() const { return m_record; }

    enum Tab { ApplicationTab, DecisionTab, EventsTab };
    void showTab(Tab tab);

private:
    void showDecision(const CaseRecord &record, const std::map<QString, Registry> &registries);

    std::optional<CaseRecord> m_record;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    QTextBrowser *m_application;
    QLabel *m_decisionStatus;
    QTableView *m_entries;
    DecisionEntryModel *m_entryModel;
    QTextBrowser *m_decisionText;
    QTextBrowser *m_events;
};

} // namespace fv
