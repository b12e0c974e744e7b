#include "decision/ConditionLibraryDialog.h"

#include "Permission.h"
#include "Session.h"
#include "decision/ConditionLibrary.h"
#include "help/HelpWindow.h"
#include "widgets/Accessibility.h"
#include "widgets/MessageBar.h"
#include "widgets/Tones.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace fv {
namespace {

// What the placeholders are filled with in the example under the texts.
Application exampleApplication()
{
    Application app;
    app.storage.environment = QStringLiteral("TSD (Tjenester for sensitive data), Universitetet i Oslo");
    app.project.end = QDate(2030, 12, 31);
    app.project.deletionDate = QDate(2035, 12, 31);
    return app;
}

} // namespace

QStringList unknownPlaceholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([^}]*?)\\s*\\}\\}"));
    static const QStringList known = {
        QStringLiteral("environment"), QStringLiteral("deletionDate"), QStringLiteral("projectEnd"),
        QStringLiteral("article6"),    QStringLiteral("article9"),     QStringLiteral("endReportDue")};
    QStringList unknown;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!known.contains(name) && !unknown.contains(name))
            unknown << name;
    }
    return unknown;
}

ConditionLibraryDialog::ConditionLibraryDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_code(new QLineEdit(this))
    , m_nb(new QPlainTextEdit(this))
    , m_nn(new QPlainTextEdit(this))
    , m_en(new QPlainTextEdit(this))
    , m_example(new QLabel(this))
    , m_messages(new MessageBar(this))
{
    setWindowTitle(tr("Standard conditions"));
    setHelpTopic(this, QStringLiteral("05-decision#editor-conditions"));
    m_editable = permitted(Action::EditConditionLibrary, session).ok();
    // The version before the library: a change in between is then refused on save, not lost.
    if (auto version = ConditionLibrary::version(session.database()))
        m_version = version.value();
    auto loaded = ConditionLibrary::load(session.database());
    if (loaded)
        m_conditions = std::move(loaded.value());
    m_list->setObjectName(QStringLiteral("conditionLibraryList"));
    a11y::keyboardFriendly(m_list, tr("Standard conditions"));
    m_list->setMinimumWidth(300);
    m_list->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("conditionCode"));
    m_code->setPlaceholderText(tr("a–z, digits and -, e.g. storage"));
    m_example->setWordWrap(true);
    m_example->setTextFormat(Qt::RichText);

    auto *placeholders = new QLabel(
        tr("<b>Placeholders</b> are filled in from the application when a draft is made: "
           "<tt>{{environment}}</tt> the storage environment, <tt>{{deletionDate}}</tt> the date the data are to be "
           "deleted or anonymised, <tt>{{projectEnd}}</tt> the end of the project, <tt>{{endReportDue}}</tt> the day "
           "the end-of-project report is due (the setting's months after the project end)."),
        this);
    placeholders->setWordWrap(true);
    placeholders->setTextFormat(Qt::RichText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Bokmål:"), m_nb);
    form->addRow(tr("N&ynorsk:"), m_nn);
    form->addRow(tr("&English:"), m_en);
    form->addRow(QString(), placeholders);
    form->addRow(tr("Example:"), m_example);

    auto *add = new QPushButton(tr("&New condition"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move &down"), this);
    connect(add, &QPushButton::clicked, this, &ConditionLibraryDialog::addCondition);
    connect(remove, &QPushButton::clicked, this, &ConditionLibraryDialog::removeCondition);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, up, down}) {
        b->setAutoDefault(false);
        listButtons->addWidget(b);
    }
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 2);
    body->addLayout(form, 3);

    auto *buttons = new QDialogButtonBox(
        m_editable ? QDialogButtonBox::Save | QDialogButtonBox::Close : QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    if (!loaded)
        m_messages->show(MessageBar::Kind::Error, loaded.error().toString());
    else if (!m_editable)
        m_messages->show(
            MessageBar::Kind::Information, tr("Only an administrator can change the standard conditions."));
    for (QWidget *w : std::initializer_list<QWidget *>{add, remove, up, down})
        w->setEnabled(m_editable);
    m_code->setReadOnly(!m_editable);
    for (QPlainTextEdit *t : {m_nb, m_nn, m_en}) {
        t->setReadOnly(!m_editable);
        t->setTabChangesFocus(true);
        connect(t, &QPlainTextEdit::textChanged, this, [this] {
            storeForm();
            updateExample();
        });
    }
    connect(m_code, &QLineEdit::textEdited, this, &ConditionLibraryDialog::storeForm);

    for (const StandardCondition &c : m_conditions)
        m_list->addItem(listText(c));
    connect(m_list, &QListWidget::currentRowChanged, this, &ConditionLibraryDialog::showCondition);
    m_list->setCurrentRow(0);
    a11y::resizeWithin(this, QSize(1100, 680));
}

QString ConditionLibraryDialog::listText(const StandardCondition &c) const
{
    return QStringLiteral("%1 – %2").arg(c.code.isEmpty() ? tr("(no code)") : c.code, c.nb);
}

QPlainTextEdit *ConditionLibraryDialog::textEdit(Language language) const
{
    switch (language) {
    case Language::Nynorsk: return m_nn;
    case Language::English: return m_en;
    case Language::Bokmaal: break;
    }
    return m_nb;
}

void ConditionLibraryDialog::selectCondition(int row)
{
    m_list->setCurrentRow(row);
}

void ConditionLibraryDialog::showCondition(int row)
{
    m_current = row;
    const bool valid = row >= 0 && row < static_cast<int>(m_conditions.size());
    const StandardCondition c = valid ? m_conditions[static_cast<size_t>(row)] : StandardCondition{};
    m_loading = true;
    m_code->setText(c.code);
    m_nb->setPlainText(c.nb);
    m_nn->setPlainText(c.nn);
    m_en->setPlainText(c.en);
    m_loading = false;
    updateExample();
}

void ConditionLibraryDialog::storeForm()
{
    if (m_loading || m_current < 0 || m_current >= static_cast<int>(m_conditions.size()))
        return;
    StandardCondition &c = m_conditions[static_cast<size_t>(m_current)];
    c = {m_code->text().trimmed(), m_nb->toPlainText(), m_nn->toPlainText(), m_en->toPlainText()};
    m_list->item(m_current)->setText(listText(c));
}

void ConditionLibraryDialog::updateExample()
{
    const Application app = exampleApplication();
    const StandardCondition c{QString(), m_nb->toPlainText(), m_nn->toPlainText(), m_en->toPlainText()};
    QString text = conditionText(c, app, Language::Bokmaal).toHtmlEscaped();
    const QStringList unknown = unknownPlaceholders(c.nb + c.nn + c.en);
    if (!unknown.isEmpty())
        text += QStringLiteral("<br><span class='fv-error'>⚠ %1</span>")
                    .arg(tr("Unknown placeholder: %1").arg(unknown.join(QStringLiteral(", "))).toHtmlEscaped());
    m_example->setText(tones::htmlStyle(QPalette::Window) + text);
}

void ConditionLibraryDialog::addCondition()
{
    m_conditions.push_back({});
    m_list->addItem(listText(m_conditions.back()));
    m_list->setCurrentRow(m_list->count() - 1);
    m_code->setFocus();
}

void ConditionLibraryDialog::removeCondition()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_conditions.erase(m_conditions.begin() + row);
    delete m_list->takeItem(row);
    showCondition(m_list->currentRow());
}

void ConditionLibraryDialog::move(int step)
{
    const int row = m_list->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    std::swap(m_conditions[static_cast<size_t>(row)], m_conditions[static_cast<size_t>(target)]);
    m_list->item(row)->setText(listText(m_conditions[static_cast<size_t>(row)]));
    m_list->item(target)->setText(listText(m_conditions[static_cast<size_t>(target)]));
    m_list->setCurrentRow(target);
}

bool ConditionLibraryDialog::save()
{
    // A mistyped placeholder would be printed empty in every letter: refuse it here.
    for (const StandardCondition &c : m_conditions) {
        const QStringList unknown = unknownPlaceholders(c.nb + c.nn + c.en);
        if (!unknown.isEmpty()) {
            m_messages->show(MessageBar::Kind::Error,
                             tr("The condition %1 uses the unknown placeholder %2; use {{environment}}, "
                                "{{deletionDate}}, {{projectEnd}} or {{endReportDue}}.")
                                 .arg(c.code, unknown.join(QStringLiteral(", "))));
            return false;
        }
    }
    const Status s = ConditionLibrary::save(
        m_session.database(), m_session.user(), m_conditions, m_version.value_or(0));
    if (!s) {
        m_messages->show(MessageBar::Kind::Error, s.error().toString());
        return false;
    }
    if (auto version = ConditionLibrary::version(m_session.database()))
        m_version = version.value();
    m_messages->show(MessageBar::Kind::Information,
                     tr("%n standard condition(s) saved; new decision drafts start from them.", nullptr,
                        static_cast<int>(m_conditions.size())));
    return true;
}

} // namespace fv
