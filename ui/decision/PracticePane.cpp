#include "decision/PracticePane.h"

#include "decision/DecisionEntryModel.h"
#include "widgets/Tones.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fv {
namespace {

enum Role { RegistryRole = Qt::UserRole, TextRole, CaseRole, ReusableRole };
enum Column { WhatColumn, OutcomeColumn, TextColumn };

QString overallName(OverallResult result)
{
    // The decision editor's own words for the overall result.
    switch (result) {
    case OverallResult::Granted: return QCoreApplication::translate("fv::DecisionEditor", "granted");
    case OverallResult::PartlyGranted: return QCoreApplication::translate("fv::DecisionEditor", "partly granted");
    case OverallResult::Refused: return QCoreApplication::translate("fv::DecisionEditor", "refused");
    }
    return {};
}

QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

PracticePane::PracticePane(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_reuse(new QPushButton(this))
{
    setObjectName(QStringLiteral("practicePane"));
    auto *hint = new QLabel(
        tr("Approved decisions on the same registries, variables and purpose, the closest and "
           "newest first. Reuse a reason with the button, Enter or a double-click: it goes into "
           "the draft as an edit you can undo."),
        this);
    hint->setWordWrap(true);
    tones::setTextTone(hint, Tone::Muted);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("practiceStatus"));

    m_tree->setObjectName(QStringLiteral("practiceTree"));
    m_tree->setAccessibleName(tr("Earlier practice"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Decision"), tr("Outcome"), tr("Reason, title or condition")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(OutcomeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_status->setBuddy(m_tree);

    auto *detail = new QPlainTextEdit(this);
    detail->setObjectName(QStringLiteral("practiceDetail"));
    detail->setReadOnly(true);
    detail->setAccessibleName(tr("The chosen text in full"));
    detail->setMaximumHeight(140);

    m_reuse->setObjectName(QStringLiteral("reusePracticeReason"));
    m_reuse->setAutoDefault(false);
    m_reuse->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    connect(m_reuse, &QPushButton::clicked, this, &PracticePane::reuseCurrent);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { reuseCurrent(); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this, detail](QTreeWidgetItem *item) {
        detail->setPlainText(item ? item->data(WhatColumn, TextRole).toString() : QString());
        updateButton();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reuse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    layout->addWidget(detail);
    layout->addLayout(buttons);
    updateButton();
}

void PracticePane::setMatches(const std::vector<PracticeMatch> &matches)
{
    m_tree->clear();
    m_status->setText(matches.empty() ? tr("No approved decision shares a registry with this draft.")
                                      : tr("Earlier decisions, the closest first (%1):").arg(matches.size()));
    for (const PracticeMatch &m : matches)
        addMatch(m);
    if (QTreeWidgetItem *first = m_tree->topLevelItem(0)) {
        first->setExpanded(true);
        m_tree->setCurrentItem(first);
    }
    updateButton();
}

void PracticePane::showProblem(const QString &message)
{
    m_tree->clear();
    m_status->setText(tr("Earlier practice could not be read: %1").arg(message));
    updateButton();
}

void PracticePane::setReuseEnabled(bool enabled)
{
    m_reuseEnabled = enabled;
    updateButton();
}

void PracticePane::setTargetDescriber(std::function<QString(const QString &)> describe)
{
    m_describe = std::move(describe);
    updateButton();
}

QTreeWidgetItem *PracticePane::addMatch(const PracticeMatch &m)
{
    auto *top = new QTreeWidgetItem(m_tree);
    top->setText(WhatColumn, tr("%1 of %2").arg(m.caseNumber, QLocale().toString(m.approvedOn, QLocale::ShortFormat)));
    QString overall = overallName(m.overall);
    if (!overall.isEmpty())
        overall[0] = overall[0].toUpper(); // as the registries' outcomes under it
    top->setText(OutcomeColumn, overall);
    const QString why = tr("registries %1 % alike, variables %2 % alike, %3")
                            .arg(qRound(100 * m.registrySimilarity))
                            .arg(qRound(100 * m.variableSimilarity))
                            .arg(m.samePurpose ? tr("same purpose") : tr("another purpose"));
    top->setText(TextColumn, QStringLiteral("%1 (%2)").arg(m.title, why));
    top->setData(WhatColumn, TextRole, QStringLiteral("%1\n%2").arg(m.title, why));
    top->setToolTip(TextColumn, m.title);
    for (const RegistryDecision &e : m.entries) {
        QStringList removed;
        for (const VariableDecision &v : e.variables)
            if (!v.approved)
                removed << (v.reason.isEmpty() ? v.name : tr("%1 (%2)").arg(v.name, v.reason));
        QString text = e.reason;
        if (!removed.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Taken out: %1").arg(removed.join(u"; "));
        auto *item = new QTreeWidgetItem(top);
        item->setText(WhatColumn, e.registry);
        item->setText(OutcomeColumn, DecisionEntryModel::outcomeName(e.outcome));
        item->setText(TextColumn, oneLine(text));
        item->setToolTip(TextColumn, text);
        item->setData(WhatColumn, TextRole, text);
        if (!e.reason.trimmed().isEmpty()) {
            item->setData(WhatColumn, RegistryRole, e.registry);
            item->setData(WhatColumn, ReusableRole, true);
            item->setData(WhatColumn, CaseRole, m.caseNumber);
            item->setData(WhatColumn, TextRole, e.reason);
        }
    }
    if (!m.reasons.trimmed().isEmpty())
        addReason(top, tr("Reasons"), m.caseNumber, m.reasons);
    if (!m.conditions.empty()) {
        auto *conditions = new QTreeWidgetItem(top);
        conditions->setText(WhatColumn, tr("Conditions (%1)").arg(m.conditions.size()));
        QStringList all;
        for (const Condition &c : m.conditions) {
            auto *item = new QTreeWidgetItem(conditions);
            item->setText(TextColumn, oneLine(c.text));
            item->setToolTip(TextColumn, c.text);
            item->setData(WhatColumn, TextRole, c.text);
            all << c.text;
        }
        conditions->setData(WhatColumn, TextRole, all.join(u"\n"));
    }
    return top;
}

void PracticePane::addReason(QTreeWidgetItem *parent, const QString &label, const QString &caseNumber,
                             const QString &text)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(WhatColumn, label);
    item->setText(TextColumn, oneLine(text));
    item->setToolTip(TextColumn, text);
    item->setData(WhatColumn, TextRole, text); // no registry: the general reasons
    item->setData(WhatColumn, ReusableRole, true);
    item->setData(WhatColumn, CaseRole, caseNumber);
}

bool PracticePane::reuseCurrent()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!m_reuseEnabled || !item || !item->data(WhatColumn, ReusableRole).toBool())
        return false;
    emit reuseRequested(item->data(WhatColumn, RegistryRole).toString(), item->data(WhatColumn, TextRole).toString(),
                        item->data(WhatColumn, CaseRole).toString());
    return true;
}

void PracticePane::updateButton()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const bool reusable = item && item->data(WhatColumn, ReusableRole).toBool();
    const QString registry = reusable ? item->data(WhatColumn, RegistryRole).toString() : QString();
    const QString target = m_describe && reusable ? m_describe(registry) : registry;
    m_reuse->setText(
        target.isEmpty() ? tr("Reuse t&his in the general reasons") : tr("Reuse t&his reason for %1").arg(target));
    m_reuse->setEnabled(m_reuseEnabled && reusable);
    m_reuse->setToolTip(reusable ? tr("Adds the reason to the draft (Enter, Ctrl+Shift+R); Ctrl+Z takes it back")
                                 : tr("Choose a registry's reason or the reasons of an earlier decision"));
}

} // namespace fv
