#include "application/ApplicationForm.h"

#include "Clock.h"
#include "Session.h"
#include "application/ApplicationChoices.h"
#include "application/DataSourceEditor.h"
#include "registry/RegistryCatalogue.h"
#include "widgets/DateField.h"
#include "widgets/Dialogs.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageBar.h"
#include "widgets/Tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace fv {
namespace {

// The red frame of a field with a problem (FieldErrors::mark sets the property).
const char *const errorStyle = R"(
QLineEdit[fvError="true"], QPlainTextEdit[fvError="true"], QComboBox[fvError="true"],
QListWidget[fvError="true"], QTableWidget[fvError="true"] { border: 2px solid %1; border-radius: 3px; }
QCheckBox[fvError="true"] { color: %2; }
)";

} // namespace

ApplicationForm::ApplicationForm(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_errors(new FieldErrors(this))
    , m_revalidate(new QTimer(this))
{
    setWindowTitle(tr("Register application"));
    build();
    // A letter or e-mail is usually registered the day it arrives.
    m_received->setDate(today());
    m_baseline = applicationToJson(application());
}

ApplicationForm::ApplicationForm(Session &session, const CaseRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_caseNumber(record.summary.caseNumber)
    , m_rowVersion(record.rowVersion)
    , m_errors(new FieldErrors(this))
    , m_revalidate(new QTimer(this))
{
    setWindowTitle(tr("Edit application – case %1").arg(record.summary.caseNumber));
    build();
    setApplication(record.application);
    const Status editable = applicationEditable(record.summary.status, record.currentDecision() != nullptr);
    if (!editable) {
        m_editable = false;
        const QString why = record.currentDecision()
            ? tr("a decision has been drafted")
            : tr("the case is “%1”").arg(displayName(record.summary.status));
        m_note->show(MessageBar::Kind::Warning,
                     tr("The application in case %1 can no longer be changed: %2. It is shown here for reading.")
                         .arg(record.summary.caseNumber, why));
        setReadOnly();
    }
}

ApplicationForm::~ApplicationForm() = default;

void ApplicationForm::build()
{
    setObjectName(QStringLiteral("applicationForm"));
    setStyleSheet(
        QString::fromLatin1(errorStyle)
            .arg(tones::css(tones::border(Tone::Error, palette())), tones::css(tones::text(Tone::Error, palette()))));
    if (auto registries = loadRegistries(m_session.database()))
        m_registries = std::move(registries.value());

    m_note = new MessageBar(this);
    m_note->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("errorSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 4px; padding: 6px; }")
            .arg(tones::css(tones::background(Tone::Error, palette())),
                 tones::css(tones::border(Tone::Error, palette()))));
    m_summary->hide();
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString &link) { focusIssue(link.toInt()); });

    m_tabs = new QTabWidget(this);
    m_tabTitles = {tr("Application and project"), tr("People"), tr("Legal basis"), tr("Population and storage"),
                   tr("Data sources")};
    m_tabs->addTab(buildApplicationPage(), m_tabTitles.at(ApplicationPage));
    m_tabs->addTab(buildPeoplePage(), m_tabTitles.at(PeoplePage));
    m_tabs->addTab(buildLegalPage(), m_tabTitles.at(LegalPage));
    m_tabs->addTab(buildDataHandlingPage(), m_tabTitles.at(DataHandlingPage));
    m_tabs->addTab(buildSourcesPage(), m_tabTitles.at(SourcesPage));

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(m_caseNumber ? tr("&Save changes") : tr("&Register"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Checks every field and saves when the application is valid (Ctrl+S)"));
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &ApplicationForm::save);
    connect(cancel, &QPushButton::clicked, this, &ApplicationForm::reject);
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &ApplicationForm::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    m_revalidate->setSingleShot(true);
    m_revalidate->setInterval(200);
    connect(m_revalidate, &QTimer::timeout, this, [this] { validate(); });
    watchForChanges();
    updateVisibility();
    // Fits a 1366×768 screen with room for the desktop's panels.
    QSize size(1120, 680);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() - QSize(40, 60));
    resize(size);
}

void ApplicationForm::watchForChanges()
{
    const auto changed = [this] {
        if (m_showErrors)
            m_revalidate->start();
    };
    for (auto *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (auto *edit : findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    for (auto *box : findChildren<QComboBox *>())
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    for (auto *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, changed);
    for (auto *t : {m_persons, m_attachments})
        connect(t, &QTableWidget::itemChanged, this, changed);
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_identifiability})
        connect(qobject_cast<QComboBox *>(w), &QComboBox::currentIndexChanged, this,
                &ApplicationForm::updateVisibility);
    connect(m_hasRek, &QCheckBox::toggled, this, &ApplicationForm::updateVisibility);
    connect(m_hasLinkage, &QCheckBox::toggled, this, &ApplicationForm::updateVisibility);
}

// Only what applies is shown: the change fields for a change application, the special
// reasons for directly identifiable data; the legal basis is not asked for anonymous data.
void ApplicationForm::updateVisibility()
{
    const bool change = m_kind->currentData().toString() == toCode(ApplicationKind::Change);
    m_applicationForm->setRowVisible(m_changeOf->parentWidget(), change);
    m_applicationForm->setRowVisible(m_changeSummary->parentWidget(), change);
    const auto identifiability = identifiabilityFromCode(m_identifiability->currentData().toString());
    const bool anonymous = identifiability == Identifiability::Anonymous;
    m_identifiabilityForm->setRowVisible(
        m_directReasons->parentWidget(), identifiability == Identifiability::DirectlyIdentifiable);
    m_anonymousNote->setVisible(anonymous);
    for (QWidget *w : std::initializer_list<QWidget *>{m_article6, m_article9, m_dpia, m_dpo})
        w->setEnabled(m_editable && !anonymous);
    m_rekReference->setEnabled(m_hasRek->isChecked());
    m_rekApproved->setEnabled(m_hasRek->isChecked());
    for (QWidget *w : std::initializer_list<QWidget *>{m_linkageDescription, m_linkageKeys, m_linkageExternal})
        w->setEnabled(m_hasLinkage->isChecked());
}

DataSourceEditor *ApplicationForm::addDataSource()
{
    auto *editor = new DataSourceEditor(m_registries);
    m_sourcesLayout->insertWidget(m_sourcesLayout->count() - 1, editor); // before the stretch
    m_sources.push_back(editor);
    connect(editor, &DataSourceEditor::changed, this, [this] {
        if (m_showErrors)
            m_revalidate->start();
    });
    connect(editor, &DataSourceEditor::removeRequested, this, &ApplicationForm::removeDataSource);
    renumberDataSources();
    if (!m_editable)
        editor->setReadOnly(true);
    return editor;
}

void ApplicationForm::removeDataSource(DataSourceEditor *editor)
{
    const auto it = std::find(m_sources.begin(), m_sources.end(), editor);
    if (it == m_sources.end())
        return;
    m_sources.erase(it);
    editor->deleteLater();
    editor->hide();
    renumberDataSources();
    if (m_showErrors)
        m_revalidate->start();
}

void ApplicationForm::renumberDataSources()
{
    m_errors->removeStartingWith(QStringLiteral("dataSources["));
    for (std::size_t i = 0; i < m_sources.size(); ++i)
        m_sources[i]->setIndex(int(i), *m_errors);
    m_tabs->setTabText(SourcesPage, QStringLiteral("%1 (%2)").arg(m_tabTitles.at(SourcesPage)).arg(m_sources.size()));
}

void ApplicationForm::addTableRow(QTableWidget *table, const QStringList &texts)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < texts.size(); ++column) {
        if (table == m_attachments && column == 0) {
            auto *kind = new QComboBox;
            for (const auto &[code, label] : ApplicationChoices::attachmentKinds())
                kind->addItem(label, code);
            const int index = kind->findData(texts.at(0));
            kind->setCurrentIndex(index >= 0 ? index : kind->count() - 1);
            table->setCellWidget(row, 0, kind);
            continue;
        }
        table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
    }
}

// The attachment's name and checksum from the file the applicant sent, so nobody types a digest.
void ApplicationForm::addAttachmentFromFile()
{
    const QString path = Dialogs::openFileName(this, tr("Attachment"), tr("All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        m_note->show(MessageBar::Kind::Error, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    addTableRow(m_attachments,
                {QStringLiteral("other"), QFileInfo(path).fileName(), QString::fromLatin1(hash.result().toHex())});
}

void ApplicationForm::setReadOnly()
{
    for (auto *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(true);
    for (auto *edit : findChildren<QPlainTextEdit *>())
        edit->setReadOnly(true);
    for (auto *box : findChildren<QComboBox *>())
        box->setEnabled(false);
    for (auto *box : findChildren<QCheckBox *>())
        box->setEnabled(false);
    for (auto *t : {m_persons, m_attachments})
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (auto *b : m_tabs->findChildren<QPushButton *>())
        b->hide();
    for (DataSourceEditor *editor : m_sources)
        editor->setReadOnly(true);
    for (auto *date : findChildren<DateField *>())
        date->setReadOnly(true);
    m_save->setEnabled(false);
}

bool ApplicationForm::hasUnsavedChanges() const
{
    return m_editable && applicationToJson(application()) != m_baseline;
}

void ApplicationForm::reject()
{
    if (hasUnsavedChanges()
        && !Dialogs::confirm(this, tr("Discard changes?"),
                             tr("The application has changes that are not saved. Close the form and discard them?")))
        return;
    QDialog::reject();
}

bool ApplicationForm::save()
{
    if (!m_editable)
        return false;
    m_showErrors = true;
    m_revalidate->stop();
    if (!validate().empty()) {
        focusIssue(0);
        return false;
    }
    const Application app = application();
    if (m_caseNumber) {
        const Status s = m_session.cases().updateApplication(*m_caseNumber, app, m_rowVersion);
        if (!s) {
            showCoreRefusal(s.error());
            return false;
        }
        m_savedCase = *m_caseNumber;
    } else {
        auto number = m_session.cases().registerManual(app);
        if (!number) {
            showCoreRefusal(number.error());
            return false;
        }
        m_savedCase = number.value();
    }
    m_baseline = applicationToJson(app);
    accept();
    return true;
}

} // namespace fv
