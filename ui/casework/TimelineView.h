#pragma once

#include "casework/CaseService.h"

#include <QWidget>

#include <map>

class QTreeWidget;

namespace fv {

// The case timeline: every event, deadline and pause on one view, oldest first, with a
// "today" line between what has happened and what is due. Deadlines show whether they were
// met, are coming, or are overdue (icon, colour and words); pauses show what they cost.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    enum Column { When, What, Details, Who, ColumnCount };

    explicit TimelineView(QWidget *parent = nullptr);
    // `userNames` (login → full name) names who acted.
    void showCase(const CaseRecord &record, const std::map<QString, QString> &userNames = {});
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace fv
