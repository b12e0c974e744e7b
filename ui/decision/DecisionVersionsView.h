#pragma once

#include "casework/CaseService.h"

#include <QWidget>

#include <map>

class QPushButton;
class QTreeWidget;

namespace fv {

// Every version of a case's decision, oldest first (all are kept): its status, who drafted,
// submitted and approved it, and when. Opening one shows it read-only in the decision editor.
class DecisionVersionsView : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionVersionsView(QWidget *parent = nullptr);
    // `fullNames` by login: people are named, not their logins.
    void showVersions(const CaseRecord &record, const std::map<QString, QString> &fullNames = {});
    QTreeWidget *list() const { return m_list; }

    static QString statusName(DecisionStatus status);

signals:
    // `index` into CaseRecord::decisions.
    void versionActivated(int index);

private:
    void activateCurrent();

    QTreeWidget *m_list;
    QPushButton *m_open;
};

} // namespace fv
