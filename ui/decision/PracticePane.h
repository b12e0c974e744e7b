#pragma once

#include "decision/Practice.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fv {

// Tidligere praksis: the earlier approved decisions the core ranks closest to the draft, each
// with its outcome per registry, its reasons and conditions. A reason is reused with the
// button, a double-click or Enter on it; the editor decides where it goes and makes it an
// undoable edit.
class PracticePane : public QWidget
{
    Q_OBJECT
public:
    explicit PracticePane(QWidget *parent = nullptr);

    void setMatches(const std::vector<PracticeMatch> &matches);
    void showProblem(const QString &message);
    void setReuseEnabled(bool enabled);
    // The registry whose reason the current item's reason would go into (empty: the general
    // reasons), for the button's label.
    void setTargetDescriber(std::function<QString(const QString &registry)> describe);

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *reuseButton() const { return m_reuse; }
    // Reuses the current item's reason; false when it carries none.
    bool reuseCurrent();

signals:
    // `registry`: the registry whose reason it was; empty for the general reasons.
    void reuseRequested(const QString &registry, const QString &text, const QString &caseNumber);

private:
    QTreeWidgetItem *addMatch(const PracticeMatch &m);
    void addReason(QTreeWidgetItem *parent, const QString &label, const QString &caseNumber, const QString &text);
    void updateButton();

    QLabel *m_status;
    QTreeWidget *m_tree;
    QPushButton *m_reuse;
    bool m_reuseEnabled = true;
    std::function<QString(const QString &)> m_describe;
};

} // namespace fv
