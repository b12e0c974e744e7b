// The decision editor's input pages: registries and variables, exemption and reasons,
// conditions, fee basis; and keeping their widgets in step with the state.
#include "Session.h"
#include "decision/ConditionLibrary.h"
#include "decision/DecisionEditor.h"
#include "decision/DecisionEditorModels.h"
#include "widgets/Accessibility.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace fv {
namespace {

QString standardTextTitle(const QString &key)
{
    if (key == QLatin1String("legalBasis"))
        return DecisionEditor::tr("Legal basis (personal data)");
    if (key == QLatin1String("legalBasisAnonymous"))
        return DecisionEditor::tr("Legal basis (anonymous data)");
    if (key == QLatin1String("reasons"))
        return DecisionEditor::tr("Reasons for granting");
    if (key == QLatin1String("legalBasisRefused"))
        return DecisionEditor::tr("Legal basis when nothing is granted");
    if (key == QLatin1String("reasonsRefused"))
        return DecisionEditor::tr("Reasons when nothing is granted");
    if (key == QLatin1String("exemptionBasis"))
        return DecisionEditor::tr("Legal basis of the exemption");
    if (key == QLatin1String("exemptionReasons"))
        return DecisionEditor::tr("Reasons for the exemption");
    return key;
}

QString textOf(QWidget *w)
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        return plain->toPlainText();
    return static_cast<QLineEdit *>(w)->text();
}

// Sets a field's text after undo or redo, with the cursor where the text changed.
void setTextOf(QWidget *w, const QString &text)
{
    const QString old = textOf(w);
    if (old == text)
        return;
    int at = 0;
    while (at < old.size() && at < text.size() && old.at(at) == text.at(at))
        ++at;
    const int end = at + std::max<int>(0, static_cast<int>(text.size() - old.size()));
    const QSignalBlocker block(w);
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
        plain->setPlainText(text);
        QTextCursor c = plain->textCursor();
        c.setPosition(std::min<int>(end, static_cast<int>(text.size())));
        plain->setTextCursor(c);
    } else {
        auto *line = static_cast<QLineEdit *>(w);
        line->setText(text);
        line->setCursorPosition(std::min<int>(end, static_cast<int>(text.size())));
    }
}

} // namespace

QWidget *DecisionEditor::buildTextsPage()
{
    auto *page = new QWidget(this);
    m_exemptionNeeded = new QCheckBox(tr("&An exemption from the duty of confidentiality is needed"), page);
    m_exemptionNeeded->setToolTip(tr("Not for anonymous data: they are not subject to confidentiality"));
    m_exemptionGranted = new QComboBox(page);
    m_exemptionGranted->addItem(tr("Granted"), true);
    m_exemptionGranted->addItem(tr("Not granted"), false);
    m_exemptionBasis = new QLineEdit(page);
    m_exemptionBasis->setObjectName(QStringLiteral("exemptionBasis"));
    m_exemptionReasons = new QPlainTextEdit(page);
    m_exemptionReasons->setObjectName(QStringLiteral("exemptionReasons"));
    m_legalBasis = new QPlainTextEdit(page);
    m_legalBasis->setObjectName(QStringLiteral("legalBasis"));
    m_reasons = new QPlainTextEdit(page);
    m_reasons->setObjectName(QStringLiteral("reasons"));

    // Each "Insert standard text" button is named by its field: four alike would be four riddles.
    const auto withButton = [&](QWidget *field, const QStringList &keys, const QString &fieldName) {
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        auto *button = standardTextButton(field, keys);
        button->setAccessibleName(tr("Insert standard text: %1").arg(fieldName));
        row->addWidget(button, 0, qobject_cast<QPlainTextEdit *>(field) ? Qt::AlignTop : Qt::Alignment());
        return row;
    };

    const auto labelled = [page](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, page);
        label->setBuddy(buddy);
        return label;
    };
    auto *exemption = new QGroupBox(tr("Exemption from the duty of confidentiality"), page);
    auto *ef = new QFormLayout(exemption);
    ef->addRow(m_exemptionNeeded);
    ef->addRow(tr("Decis&ion:"), m_exemptionGranted);
    ef->addRow(labelled(tr("Legal &basis:"), m_exemptionBasis),
               withButton(m_exemptionBasis, {QStringLiteral("exemptionBasis")}, tr("Legal basis of the exemption")));
    ef->addRow(labelled(tr("Reaso&ns:"), m_exemptionReasons),
               withButton(m_exemptionReasons, {QStringLiteral("exemptionReasons")}, tr("Reasons for the exemption")));

    auto *basis = new QGroupBox(tr("Le&gal basis of the decision"), page);
    auto *bl = new QVBoxLayout(basis);
    bl->addLayout(withButton(
        m_legalBasis,
        {QStringLiteral("legalBasis"), QStringLiteral("legalBasisAnonymous"), QStringLiteral("legalBasisRefused")},
        tr("Legal basis")));
    auto *reasons = new QGroupBox(tr("Reasons: the facts and main considera&tions (fvl. §§ 24–25)"), page);
    auto *rl = new QVBoxLayout(reasons);
    rl->addLayout(withButton(m_reasons, {QStringLiteral("reasons"), QStringLiteral("reasonsRefused")}, tr("Reasons")));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(exemption, 3);
    layout->addWidget(basis, 2);
    layout->addWidget(reasons, 4);

    m_editors << m_exemptionNeeded << m_exemptionGranted << m_exemptionBasis << m_exemptionReasons << m_legalBasis
              << m_reasons;
    m_textFields.push_back({m_exemptionBasis, tr("Legal basis of the exemption"), MergeExemptionBasis,
                            [](DecisionEditorState &s) { return &s.decision.exemption.legalBasis; }});
    m_textFields.push_back({m_exemptionReasons, tr("Reasons for the exemption"), MergeExemptionReasons,
                            [](DecisionEditorState &s) { return &s.decision.exemption.reasons; }});
    m_textFields.push_back({m_legalBasis, tr("Legal basis"), MergeLegalBasis,
                            [](DecisionEditorState &s) { return &s.decision.legalBasis; }});
    m_textFields.push_back(
        {m_reasons, tr("Reasons"), MergeReasons, [](DecisionEditorState &s) { return &s.decision.reasons; }});

    connect(m_exemptionNeeded, &QCheckBox::toggled, this, [this](bool needed) {
        edit(needed ? tr("Exemption needed") : tr("No exemption needed"),
             [needed](DecisionEditorState &s) { s.decision.exemption.required = needed; });
    });
    connect(m_exemptionGranted, &QComboBox::currentIndexChanged, this, [this] {
        const bool granted = m_exemptionGranted->currentData().toBool();
        edit(granted ? tr("Exemption granted") : tr("Exemption not granted"),
             [granted](DecisionEditorState &s) { s.decision.exemption.granted = granted; });
    });
    return page;
}

QToolButton *DecisionEditor::standardTextButton(QWidget *target, const QStringList &keys)
{
    auto *button = new QToolButton(target->parentWidget());
    button->setText(tr("Insert standard text") + QStringLiteral(" ▾"));
    button->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    for (const QString &key : keys) {
        QAction *a = menu->addAction(standardTextTitle(key));
        connect(a, &QAction::triggered, this, [this, target, key] { insertStandardText(target, key); });
        a->setToolTip(standardText(key, m_application, m_application.language));
    }
    menu->setToolTipsVisible(true);
    button->setMenu(menu);
    m_editors << button;
    return button;
}

// Puts a standard text where the cursor is (as a paragraph of its own), or fills an empty or
// one-line field with it; one undo step.
void DecisionEditor::insertStandardText(QWidget *target, const QString &key)
{
    const QString text = standardText(key, m_application, m_application.language);
    for (const TextField &field : m_textFields) {
        if (field.widget != target)
            continue;
        QString result = text;
        if (auto *plain = qobject_cast<QPlainTextEdit *>(target); plain && !plain->toPlainText().trimmed().isEmpty()) {
            QString current = plain->toPlainText();
            int at = plain->textCursor().position();
            const QString before = current.left(at).trimmed().isEmpty() ? QString() : QStringLiteral("\n\n");
            const QString after = current.mid(at).trimmed().isEmpty() ? QString() : QStringLiteral("\n\n");
            result = current.insert(at, before + text + after);
        }
        edit(tr("Insert standard text"), [&](DecisionEditorState &s) {
            if (QString *t = field.text(s))
                *t = result;
        });
        target->setFocus();
        return;
    }
}

void DecisionEditor::connectTextEdits()
{
    for (const TextField &field : m_textFields) {
        const auto changed = [this, field] {
            const QString text = textOf(field.widget);
            DecisionEditorState probe = m_state;
            const QString *current = field.text(probe);
            if (!current || *current == text)
                return;
            const int key = field.mergeKey == MergeRegistryReason
                ? MergeRegistryReason + m_variableModel->registryRow()
                : field.mergeKey;
            edit(
                field.what, [&](DecisionEditorState &s) { *field.text(s) = text; }, key);
        };
        if (auto *plain = qobject_cast<QPlainTextEdit *>(field.widget)) {
            plain->setUndoRedoEnabled(false); // the editor's undo stack has it
            connect(plain, &QPlainTextEdit::textChanged, this, changed);
        } else {
            connect(static_cast<QLineEdit *>(field.widget), &QLineEdit::textChanged, this, changed);
        }
    }
    for (QWidget *w : findChildren<QWidget *>())
        if (qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QLineEdit *>(w))
            w->installEventFilter(this);
}

void DecisionEditor::syncWidgets()
{
    for (const TextField &field : m_textFields) {
        const QString *text = field.text(m_state);
        setTextOf(field.widget, text ? *text : QString());
    }
    const Decision &d = m_state.decision;
    {
        const QSignalBlocker a(m_exemptionNeeded), b(m_exemptionGranted), c(m_hours), e(m_feeExemption);
        m_exemptionNeeded->setChecked(d.exemption.required);
        m_exemptionGranted->setCurrentIndex(d.exemption.granted ? 0 : 1);
        if (!qFuzzyCompare(m_hours->value() + 1, d.caseworkHours + 1))
            m_hours->setValue(d.caseworkHours);
        m_feeExemption->setCurrentIndex(std::max(0, m_feeExemption->findData(d.feeExemption)));
    }
    const bool editable = !m_readOnly;
    m_exemptionGranted->setEnabled(editable && d.exemption.required);
    m_exemptionBasis->setEnabled(d.exemption.required);
    m_exemptionReasons->setEnabled(d.exemption.required);
    m_fee->setText(feeText());
}

QWidget *DecisionEditor::buildConditionsPage()
{
    auto *page = new QWidget(this);
    m_conditionModel = new DecisionConditionModel(*this, this);
    auto library = ConditionLibrary::load(m_session.database());
    if (!library)
        m_messages->show(MessageBar::Kind::Error, library.error().toString());
    m_conditionModel->setLibrary(library ? library.value() : std::vector<StandardCondition>{}, m_application);
    m_conditionList = new QListView(page);
    m_conditionList->setObjectName(QStringLiteral("conditionList"));
    a11y::keyboardFriendly(m_conditionList, tr("Conditions"));
    m_conditionList->setModel(m_conditionModel);
    m_conditionList->setWordWrap(true);
    m_conditionList->setAlternatingRowColors(true);
    m_conditionList->setSpacing(2);
    m_conditionList->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    const auto button = [&](const QString &text, const QKeySequence &key, auto slot) {
        auto *b = new QPushButton(text, page);
        b->setAutoDefault(false);
        auto *a = new QAction(b);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        connect(b, &QPushButton::clicked, this, slot);
        page->addAction(a);
        if (!key.isEmpty())
            b->setToolTip(key.toString(QKeySequence::NativeText));
        m_editors << b;
        return b;
    };
    auto *add = button(tr("&Add own condition…"), QKeySequence(tr("Ctrl+N")), [this] { addCustomCondition(); });
    add->setObjectName(QStringLiteral("addCondition"));
    auto *up = button(tr("&Move up"), QKeySequence(tr("Alt+Up")), [this] { moveCondition(-1); });
    auto *down = button(tr("Move do&wn"), QKeySequence(tr("Alt+Down")), [this] { moveCondition(1); });
    auto *remove = button(tr("R&emove"), QKeySequence(QKeySequence::Delete), [this] { removeCondition(); });
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, up, down, remove})
        buttons->addWidget(b);
    buttons->addStretch();

    auto *body = new QHBoxLayout;
    body->addWidget(m_conditionList, 1);
    body->addLayout(buttons);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hintLabel(
        tr("Checked conditions are in the decision, in this order; the library's other standard "
           "conditions follow, unchecked. The texts are in the letter's language with the "
           "application's details filled in. F2 changes a text for this decision only."),
        page));
    layout->addLayout(body, 1);
    return page;
}

void DecisionEditor::addCustomCondition()
{
    if (m_readOnly)
        return;
    const auto text = Dialogs::text(
        this, tr("Own condition"), tr("The condition as the letter states it (in the letter's language):"));
    if (!text || text->trimmed().isEmpty())
        return;
    const QString condition = text->trimmed();
    edit(tr("Add own condition"), [&](DecisionEditorState &s) {
        s.decision.conditions.push_back({QString(), condition});
    });
    m_conditionList->setCurrentIndex(m_conditionModel->index(m_conditionModel->chosenCount() - 1));
}

void DecisionEditor::moveCondition(int step)
{
    const int row = m_conditionList->currentIndex().row();
    if (m_readOnly || row < 0 || row >= m_conditionModel->chosenCount())
        return;
    DecisionEditorState probe = m_state;
    if (!decisionedit::moveCondition(probe, row, step))
        return;
    edit(step < 0 ? tr("Move condition up") : tr("Move condition down"),
         [&](DecisionEditorState &s) { decisionedit::moveCondition(s, row, step); });
    m_conditionList->setCurrentIndex(m_conditionModel->index(row + step));
}

void DecisionEditor::removeCondition()
{
    const int row = m_conditionList->currentIndex().row();
    if (m_readOnly || row < 0 || row >= m_conditionModel->chosenCount())
        return;
    edit(tr("Remove condition"),
         [&](DecisionEditorState &s) { s.decision.conditions.erase(s.decision.conditions.begin() + row); });
    m_conditionList->setCurrentIndex(m_conditionModel->index(std::min(row, m_conditionModel->rowCount() - 1)));
}

QWidget *DecisionEditor::buildFeePage()
{
    auto *page = new QWidget(this);
    m_hours = new QDoubleSpinBox(page);
    m_hours->setObjectName(QStringLiteral("caseworkHours"));
    m_hours->setRange(0, 999);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_hours->setSuffix(tr(" h"));
    m_hours->setMaximumWidth(160);
    m_feeExemption = new QComboBox(page);
    for (auto e :
         {FeeExemption::None, FeeExemption::StudentAggregatedAnonymous, FeeExemption::DataUpdate, FeeExemption::Appeal})
        m_feeExemption->addItem(feeExemptionText(e), toCode(e));
    m_feeExemption->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fee = new QLabel(page);
    m_fee->setObjectName(QStringLiteral("fee"));
    m_fee->setTextFormat(Qt::RichText);
    m_fee->setWordWrap(true);
    m_fee->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // the whole width, not a narrow column
    m_fee->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Hours of case work:"), m_hours);
    form->addRow(tr("Fee &exemption:"), m_feeExemption);
    form->addRow(tr("Fee:"), m_fee);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(hintLabel(
        tr("HDS's own fee: a base price by the number of sources and every started hour of case "
           "work. It is fixed at approval with the prices in force that day; registry managers "
           "invoice their own work separately."),
        page));
    layout->addStretch();
    m_editors << m_hours << m_feeExemption;
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, [this](double hours) {
        if (!qFuzzyCompare(hours + 1, m_state.decision.caseworkHours + 1))
            edit(
                tr("Hours of case work"), [hours](DecisionEditorState &s) { s.decision.caseworkHours = hours; },
                MergeHours);
    });
    connect(m_feeExemption, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_feeExemption->currentData().toString();
        edit(tr("Fee exemption"), [code](DecisionEditorState &s) { s.decision.feeExemption = code; });
    });
    return page;
}

void DecisionEditor::setEditable()
{
    for (QWidget *w : std::as_const(m_editors)) {
        if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            plain->setReadOnly(m_readOnly);
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setReadOnly(m_readOnly);
        else
            w->setEnabled(!m_readOnly);
    }
    m_saveAction->setEnabled(!m_readOnly);
}

} // namespace fv
