#include "application/DataSourceEditor.h"

#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fv {
namespace {

constexpr int NameRole = Qt::UserRole + 1;

QListWidgetItem *makeVariable(QListWidget *list, const QString &name, const QString &text, bool inCatalogue)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(NameRole, name);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    if (!inCatalogue) {
        QFont f = item->font();
        f.setItalic(true);
        item->setFont(f);
    }
    return item;
}

} // namespace

DataSourceEditor::DataSourceEditor(const std::vector<Registry> &registries, QWidget *parent)
    : QGroupBox(parent)
    , m_registries(registries)
    , m_registry(new QComboBox(this))
    , m_remove(new QPushButton(tr("Remove data source"), this))
    , m_from(new DateField(this))
    , m_to(new DateField(this))
    , m_variables(new QListWidget(this))
    , m_other(new QLineEdit(this))
    , m_addOther(new QPushButton(tr("Add"), this))
    , m_justification(new QPlainTextEdit(this))
{
    m_registry->setPlaceholderText(tr("Choose a registry…"));
    // Each input sits in a box with its message line: named here, not by a label's buddy.
    m_registry->setAccessibleName(tr("Registry"));
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period to"));
    m_variables->setAccessibleName(tr("Variables"));
    m_other->setAccessibleName(tr("Other variable"));
    m_justification->setAccessibleName(tr("Justification"));
    for (const Registry &r : m_registries)
        m_registry->addItem(QStringLiteral("%1 (%2)").arg(r.name, r.code), r.code);
    m_registry->setCurrentIndex(-1);
    m_remove->setAutoDefault(false);
    m_addOther->setAutoDefault(false);
    m_other->setPlaceholderText(tr("A variable not in the list"));
    m_variables->setMinimumHeight(m_variables->fontMetrics().height() * 6);
    m_justification->setPlaceholderText(tr("Why the project needs these variables"));
    m_justification->setTabChangesFocus(true);
    m_justification->setFixedHeight(m_justification->fontMetrics().height() * 3 + 14);
    buildLayout();

    connect(m_registry, &QComboBox::currentIndexChanged, this, [this] {
        QStringList checked = source().variables;
        showCatalogueOf(registryCode(), checked);
        emit changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(this); });
    connect(m_addOther, &QPushButton::clicked, this, &DataSourceEditor::addOtherVariable);
    connect(m_other, &QLineEdit::returnPressed, this, &DataSourceEditor::addOtherVariable);
    connect(m_from, &DateField::changed, this, &DataSourceEditor::changed);
    connect(m_to, &DateField::changed, this, &DataSourceEditor::changed);
    connect(m_variables, &QListWidget::itemChanged, this, &DataSourceEditor::changed);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &DataSourceEditor::changed);
}

void DataSourceEditor::buildLayout()
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto *registryRow = new QHBoxLayout;
    registryRow->addWidget(FieldErrors::withMessage(m_registry, &m_registryMessage), 1);
    registryRow->addWidget(m_remove, 0, Qt::AlignTop);
    form->addRow(tr("Registry:"), registryRow);

    auto *period = new QWidget(this);
    auto *periodLayout = new QHBoxLayout(period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(m_from);
    periodLayout->addWidget(new QLabel(tr("to"), period));
    periodLayout->addWidget(m_to);
    periodLayout->addStretch(1);
    form->addRow(tr("Period:"), FieldErrors::withMessage(period, &m_periodMessage));

    auto *variables = new QWidget(this);
    variables->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *variablesLayout = new QHBoxLayout(variables);
    variablesLayout->setContentsMargins(0, 0, 0, 0);
    variablesLayout->addWidget(m_variables, 3);
    auto *other = new QVBoxLayout;
    auto *hint = new QLabel(tr("Tick the variables the applicant asks for. Others can be added:"), variables);
    hint->setWordWrap(true);
    other->addWidget(hint);
    auto *otherRow = new QHBoxLayout;
    otherRow->addWidget(m_other, 1);
    otherRow->addWidget(m_addOther);
    other->addLayout(otherRow);
    other->addStretch(1);
    variablesLayout->addLayout(other, 2);
    QWidget *variablesBox = FieldErrors::withMessage(variables, &m_variablesMessage);
    variablesBox->setFocusProxy(m_variables);
    form->addRow(tr("Variables:"), variablesBox);
    form->addRow(tr("Justification:"), FieldErrors::withMessage(m_justification, &m_justificationMessage));
}

QString DataSourceEditor::registryCode() const
{
    return m_registry->currentIndex() < 0 ? QString() : m_registry->currentData().toString();
}

void DataSourceEditor::showCatalogueOf(const QString &code, const QStringList &checked)
{
    const QSignalBlocker quiet(m_variables);
    m_variables->clear();
    const auto it = std::find_if(m_registries.begin(), m_registries.end(), [&](const Registry &r) {
        return r.code == code;
    });
    QStringList catalogue;
    if (it != m_registries.end())
        for (const RegistryVariable &v : it->variables)
            catalogue << v.name;
    // The applicant's order first, so that what is saved keeps it; then the rest of the catalogue.
    for (const QString &name : checked)
        makeVariable(m_variables, name, name, catalogue.contains(name))->setCheckState(Qt::Checked);
    if (it == m_registries.end())
        return;
    for (const RegistryVariable &v : it->variables) {
        if (checked.contains(v.name))
            continue;
        makeVariable(m_variables, v.name, QStringLiteral("%1 – %2").arg(v.name, v.description), true);
    }
    // Checked catalogue variables get their description too.
    for (int i = 0; i < m_variables->count(); ++i) {
        QListWidgetItem *item = m_variables->item(i);
        const QString name = item->data(NameRole).toString();
        for (const RegistryVariable &v : it->variables)
            if (v.name == name)
                item->setText(QStringLiteral("%1 – %2").arg(v.name, v.description));
    }
}

void DataSourceEditor::checkVariable(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    for (int i = 0; i < m_variables->count(); ++i) {
        if (m_variables->item(i)->data(NameRole).toString() == trimmed) {
            m_variables->item(i)->setCheckState(Qt::Checked);
            return;
        }
    }
    QListWidgetItem *item = makeVariable(m_variables, trimmed, trimmed, false);
    item->setToolTip(tr("Not in the registry's catalogue"));
    item->setCheckState(Qt::Checked);
    m_variables->scrollToItem(item);
}

void DataSourceEditor::addOtherVariable()
{
    checkVariable(m_other->text());
    m_other->clear();
}

void DataSourceEditor::setSource(const DataSource &source)
{
    {
        const QSignalBlocker quiet(m_registry);
        int index = m_registry->findData(source.registry);
        if (index < 0 && !source.registry.isEmpty()) {
            m_registry->addItem(source.registry, source.registry);
            index = m_registry->count() - 1;
        }
        m_registry->setCurrentIndex(index);
    }
    showCatalogueOf(source.registry, source.variables);
    m_from->setDate(source.periodFrom);
    m_to->setDate(source.periodTo);
    m_justification->setPlainText(source.justification);
}

DataSource DataSourceEditor::source() const
{
    DataSource s;
    s.registry = registryCode();
    s.periodFrom = m_from->date();
    s.periodTo = m_to->date();
    for (int i = 0; i < m_variables->count(); ++i)
        if (m_variables->item(i)->checkState() == Qt::Checked)
            s.variables << m_variables->item(i)->data(NameRole).toString();
    s.justification = m_justification->toPlainText();
    return s;
}

void DataSourceEditor::setIndex(int index, FieldErrors &errors)
{
    setTitle(tr("Data source %1").arg(index + 1));
    const QString path = QStringLiteral("dataSources[%1].").arg(index);
    const QString name = tr("Data source %1").arg(index + 1);
    errors.add(path + QStringLiteral("registry"), m_registry, m_registryMessage, tr("%1 › Registry").arg(name));
    errors.add(path + QStringLiteral("periodFrom"), m_from->lineEdit(), m_periodMessage,
               tr("%1 › Period from").arg(name), tr("From"));
    errors.add(path + QStringLiteral("periodTo"), m_to->lineEdit(), m_periodMessage, tr("%1 › Period to").arg(name),
               tr("To"));
    errors.add(path + QStringLiteral("variables"), m_variables, m_variablesMessage, tr("%1 › Variables").arg(name));
    errors.add(path + QStringLiteral("justification"), m_justification, m_justificationMessage,
               tr("%1 › Justification").arg(name));
}

void DataSourceEditor::setReadOnly(bool readOnly)
{
    m_registry->setEnabled(!readOnly);
    m_remove->setVisible(!readOnly);
    m_from->setReadOnly(readOnly);
    m_to->setReadOnly(readOnly);
    m_variables->setEnabled(!readOnly);
    m_other->setVisible(!readOnly);
    m_addOther->setVisible(!readOnly);
    m_justification->setReadOnly(readOnly);
}

} // namespace fv
