#include "letters/LetterTemplateDialog.h"

#include "Permission.h"
#include "Session.h"
#include "help/HelpWindow.h"
#include "letters/LetterChoice.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"
#include "letters/TemplateStore.h"
#include "widgets/Accessibility.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace fv {

LetterTemplateDialog::LetterTemplateDialog(Session &session, const QString &caseNumber, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_caseNumber(caseNumber)
    , m_kind(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_origin(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_reset(new QPushButton(tr("&Reset to standard"), this))
    , m_messages(new MessageBar(this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Letter templates"));
    setHelpTopic(this, QStringLiteral("09-user-administration#letter-templates"));
    m_editable = permitted(Action::EditLetterTemplates, session).ok();
    addLetterKinds(m_kind);
    addLetterLanguages(m_language);
    m_editor->setObjectName(QStringLiteral("templateEditor"));
    m_editor->setAccessibleName(tr("Template"));
    a11y::tabMovesFocus(m_editor);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setReadOnly(!m_editable);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAccessibleName(tr("Preview of the letter"));
    m_preview->document()->setDefaultStyleSheet(letterStyleSheet());
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(400);
    buildLayout();
    connect(m_previewTimer, &QTimer::timeout, this, &LetterTemplateDialog::updatePreview);
    connect(m_editor, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LetterTemplateDialog::choiceChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LetterTemplateDialog::choiceChanged);
    connect(m_save, &QPushButton::clicked, this, &LetterTemplateDialog::save);
    connect(m_reset, &QPushButton::clicked, this, &LetterTemplateDialog::resetToStandard);
    loadTemplate();
    a11y::resizeWithin(this, QSize(1300, 820));
}

void LetterTemplateDialog::buildLayout()
{
    auto *choice = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Letter:"), this);
    kindLabel->setBuddy(m_kind);
    choice->addWidget(kindLabel);
    choice->addWidget(m_kind);
    choice->addSpacing(12);
    auto *languageLabel = new QLabel(tr("L&anguage:"), this);
    languageLabel->setBuddy(m_language);
    choice->addWidget(languageLabel);
    choice->addWidget(m_language);
    choice->addSpacing(12);
    choice->addWidget(m_origin, 1);

    const QString shown = m_caseNumber.isEmpty() ? tr("a sample case") : tr("case %1").arg(m_caseNumber);
    auto *help = new QLabel(
        m_editable ? tr("The letter body as a Mustache template in HTML. {{name}} prints a value "
                        "from the case, always as plain text; {{#name}}…{{/name}} repeats or "
                        "shows a part. The preview shows %1.")
                         .arg(shown)
                   : tr("Only an administrator can change letter templates. The preview shows %1.").arg(shown),
        this);
    help->setWordWrap(true);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_preview);
    splitter->setSizes({650, 650});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reset, QDialogButtonBox::ResetRole);
    m_save->setEnabled(m_editable);
    m_reset->setEnabled(m_editable);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(choice);
    layout->addWidget(help);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
}

LetterKind LetterTemplateDialog::kind() const
{
    return letterKindFromCode(m_kind->currentData().toString()).value_or(LetterKind::Decision);
}

Language LetterTemplateDialog::language() const
{
    return languageFromCode(m_language->currentData().toString()).value_or(Language::Bokmaal);
}

void LetterTemplateDialog::choiceChanged()
{
    // Unsaved changes are not thrown away without asking.
    if (m_editor->document()->isModified()
        && !Dialogs::confirm(this, tr("Letter templates"), tr("Discard the changes to this template?"))) {
        const QSignalBlocker kindBlock(m_kind), languageBlock(m_language);
        m_kind->setCurrentIndex(m_shownKind);
        m_language->setCurrentIndex(m_shownLanguage);
        return;
    }
    loadTemplate();
}

void LetterTemplateDialog::loadTemplate()
{
    m_shownKind = m_kind->currentIndex();
    m_shownLanguage = m_language->currentIndex();
    // The version before the text: a change in between is then refused on save, not lost.
    auto version = TemplateStore::version(m_session.database(), kind(), language());
    auto body = TemplateStore::load(m_session.database(), kind(), language());
    if (!version || !body) {
        m_messages->show(MessageBar::Kind::Error, (!version ? version.error() : body.error()).toString());
        return;
    }
    m_version = version.value();
    m_messages->hide();
    m_editor->setPlainText(body.value());
    m_editor->document()->setModified(false);
    showOrigin();
    updatePreview();
}

void LetterTemplateDialog::showOrigin()
{
    auto stored = TemplateStore::stored(m_session.database(), kind(), language());
    if (stored && stored->has_value())
        m_origin->setText(
            tr("Changed by %1 on %2")
                .arg(stored->value().updatedBy, QLocale().toString(stored->value().updatedAt, QLocale::ShortFormat)));
    else
        m_origin->setText(tr("Standard template"));
    m_reset->setEnabled(m_editable && stored && stored->has_value());
}

std::optional<LetterInput> LetterTemplateDialog::previewInput()
{
    LetterService letters(m_session.cases());
    auto input = m_caseNumber.isEmpty()
        ? letters.sample(kind(), language())
        : letters.input(m_caseNumber, kind(), language());
    if (!input && !m_caseNumber.isEmpty()) // e.g. no decision yet: the sample still shows the template
        input = letters.sample(kind(), language());
    if (!input) {
        m_messages->show(MessageBar::Kind::Error, input.error().toString());
        return std::nullopt;
    }
    return input.value();
}

void LetterTemplateDialog::updatePreview()
{
    m_previewTimer->stop();
    auto input = previewInput();
    if (!input)
        return;
    input->templateText = m_editor->toPlainText();
    auto html = letterHtml(*input);
    if (!html) {
        // The last good preview stays; the message says what the engine did not understand.
        m_messages->show(MessageBar::Kind::Warning, html.error().message);
        return;
    }
    m_messages->hide();
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(html.value());
    m_preview->verticalScrollBar()->setValue(scroll);
}

void LetterTemplateDialog::save()
{
    const Status s = TemplateStore::save(
        m_session.database(), m_session.user(), kind(), language(), m_editor->toPlainText(), m_version);
    if (!s) {
        m_messages->show(MessageBar::Kind::Error, s.error().toString());
        return;
    }
    if (auto version = TemplateStore::version(m_session.database(), kind(), language()))
        m_version = version.value();
    m_editor->document()->setModified(false);
    m_messages->show(MessageBar::Kind::Information,
                     tr("Saved. Letters of this kind in %1 now use this template.").arg(m_language->currentText()));
    showOrigin();
}

void LetterTemplateDialog::resetToStandard()
{
    if (!Dialogs::confirm(this, tr("Reset to standard"),
                          tr("Replace this template with the standard one? Your changes to it are lost.")))
        return;
    const Status s = TemplateStore::reset(m_session.database(), m_session.user(), kind(), language(), m_version);
    if (!s) {
        m_messages->show(MessageBar::Kind::Error, s.error().toString());
        return;
    }
    loadTemplate();
    m_messages->show(MessageBar::Kind::Information, tr("The standard template is used again."));
}

} // namespace fv
