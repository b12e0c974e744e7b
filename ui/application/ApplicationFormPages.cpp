// The sections of the registration form, in the order a caseworker reads an application.
#include "application/ApplicationChoices.h"
#include "application/ApplicationForm.h"
#include "application/DataSourceEditor.h"
#include "widgets/Accessibility.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"
#include "widgets/Reflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fv {
namespace {

QGroupBox *group(const QString &title, QFormLayout **form)
{
    auto *box = new QGroupBox(title);
    *form = new QFormLayout(box);
    (*form)->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // At 200 % a label goes above its field when the row is too long for its column.
    reflow::wrapLongRows(*form);
    return box;
}

QPlainTextEdit *textArea(int lines, const QString &placeholder = {})
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true); // Tab moves on through the form, as in every other field
    edit->setFixedHeight(edit->fontMetrics().height() * lines + 14);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QComboBox *choiceBox(const ApplicationChoices::Choices &choices, const QString &placeholder)
{
    auto *box = new QComboBox;
    for (const auto &[code, label] : choices)
        box->addItem(label, code);
    box->setPlaceholderText(placeholder);
    box->setMinimumContentsLength(10); // room for the placeholder even when the choices are short
    box->setCurrentIndex(-1);
    return box;
}

QTableWidget *table(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    t->setMinimumHeight(t->fontMetrics().height() * 7);
    return t;
}

QPushButton *button(const QString &text)
{
    auto *b = new QPushButton(text);
    b->setAutoDefault(false); // Enter saves the form, it does not add rows
    return b;
}

// Two inputs on one line sharing one message line under them (a period, postcode and city).
QWidget *pair(QWidget *first, const QString &between, QWidget *second, QLabel **message)
{
    auto *line = new QWidget;
    line->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(first);
    if (!between.isEmpty())
        layout->addWidget(new QLabel(between));
    layout->addWidget(second, 1);
    QWidget *box = FieldErrors::withMessage(line, message);
    box->setFocusProxy(first);
    return box;
}

// Groups stacked in two columns; the focus order follows: the left column, then the right.
QWidget *twoColumns(const QList<QWidget *> &left, const QList<QWidget *> &right, int leftStretch, int rightStretch)
{
    auto *page = new QWidget;
    auto *columns = new QHBoxLayout(page);
    for (const auto &[widgets, stretch] : {std::pair(left, leftStretch), std::pair(right, rightStretch)}) {
        auto *column = new QVBoxLayout;
        for (QWidget *w : widgets)
            column->addWidget(w, w->sizePolicy().verticalPolicy() & QSizePolicy::ExpandFlag ? 1 : 0);
        if (std::none_of(widgets.begin(), widgets.end(), [](QWidget *w) {
                return w->sizePolicy().verticalPolicy() & QSizePolicy::ExpandFlag;
            }))
            column->addStretch(1);
        columns->addLayout(column, stretch);
    }
    return a11y::scrollable(page);
}

} // namespace

QWidget *ApplicationForm::wrap(QWidget *input, const QString &path, const QString &section, const QString &label)
{
    return m_errors->wrap(input, path, tr("%1 › %2").arg(section, label));
}

void ApplicationForm::addRow(QFormLayout *form, const QString &label, QWidget *input, const QString &path,
                             const QString &section)
{
    QString plain = label;
    // The input sits in a box with its message line, so the label's buddy is the box: the
    // input is named after the label itself.
    a11y::nameAfter(input, label);
    form->addRow(label + QLatin1Char(':'), wrap(input, path, section, plain.remove(QLatin1Char('&'))));
}

void ApplicationForm::addDateRow(QFormLayout *form, const QString &label, DateField *date, const QString &path,
                                 const QString &section)
{
    QLabel *message = nullptr;
    date->setAccessibleName(a11y::plainText(label));
    form->addRow(label + QLatin1Char(':'), FieldErrors::withMessage(date, &message));
    m_errors->add(path, date->lineEdit(), message, tr("%1 › %2").arg(section, label));
}

QWidget *ApplicationForm::buildApplicationPage()
{
    return twoColumns({buildApplicationGroup()}, {buildProjectGroup()}, 2, 3);
}

QGroupBox *ApplicationForm::buildApplicationGroup()
{
    const QString app = tr("Application");
    QGroupBox *box = group(app, &m_applicationForm);
    QFormLayout *f = m_applicationForm;
    m_reference = new QLineEdit;
    m_reference->setPlaceholderText(tr("e.g. HD-2026-000417"));
    addRow(f, tr("Applicant's reference"), m_reference, QStringLiteral("reference"), app);
    m_kind = new QComboBox;
    m_kind->addItem(tr("New application"), toCode(ApplicationKind::New));
    m_kind->addItem(tr("Change application"), toCode(ApplicationKind::Change));
    f->addRow(tr("Kind:"), m_kind);
    m_changeOf = new QLineEdit;
    m_changeOf->setPlaceholderText(tr("our case number, e.g. 26/00012"));
    addRow(f, tr("Change of case"), m_changeOf, QStringLiteral("changeOf"), app);
    m_changeSummary = textArea(3, tr("What the change is"));
    addRow(f, tr("What changes"), m_changeSummary, QStringLiteral("changeSummary"), app);
    m_received = new DateField;
    addDateRow(f, tr("Received"), m_received, QStringLiteral("received"), app);
    m_language = new QComboBox;
    m_language->addItem(tr("Norwegian bokmål"), toCode(Language::Bokmaal));
    m_language->addItem(tr("Norwegian nynorsk"), toCode(Language::Nynorsk));
    m_language->addItem(tr("English"), toCode(Language::English));
    f->addRow(tr("Language of letters:"), m_language);
    return box;
}

QGroupBox *ApplicationForm::buildProjectGroup()
{
    const QString project = tr("Project");
    QFormLayout *p = nullptr;
    QGroupBox *box = group(project, &p);
    m_title = new QLineEdit;
    addRow(p, tr("Title"), m_title, QStringLiteral("project.title"), project);
    m_projectSummary = textArea(4);
    addRow(p, tr("Summary"), m_projectSummary, QStringLiteral("project.summary"), project);
    m_purpose = choiceBox(ApplicationChoices::purposes(), tr("Choose the purpose…"));
    addRow(p, tr("Purpose"), m_purpose, QStringLiteral("project.purpose"), project);
    m_start = new DateField;
    m_end = new DateField;
    QLabel *periodMessage = nullptr;
    m_start->setAccessibleName(tr("Project start"));
    m_end->setAccessibleName(tr("Project end"));
    p->addRow(tr("Project period:"), pair(m_start, tr("to"), m_end, &periodMessage));
    m_errors->add(QStringLiteral("project.start"), m_start->lineEdit(), periodMessage,
                  tr("%1 › %2").arg(project, tr("Start")), tr("Start"));
    m_errors->add(QStringLiteral("project.end"), m_end->lineEdit(), periodMessage,
                  tr("%1 › %2").arg(project, tr("End")), tr("End"));
    m_deletion = new DateField;
    addDateRow(p, tr("Deletion date"), m_deletion, QStringLiteral("project.deletionDate"), project);
    m_funding = new QLineEdit;
    m_funding->setPlaceholderText(tr("optional"));
    p->addRow(tr("Funding:"), m_funding);
    return box;
}

QWidget *ApplicationForm::buildPeoplePage()
{
    return twoColumns({buildLeaderGroup(), buildControllerGroup()}, {buildPersonsBox()}, 1, 1);
}

QGroupBox *ApplicationForm::buildLeaderGroup()
{
    const QString leader = tr("Project leader");
    QFormLayout *l = nullptr;
    QGroupBox *box = group(leader, &l);
    m_leaderName = new QLineEdit;
    addRow(l, tr("Name"), m_leaderName, QStringLiteral("projectLeader.name"), leader);
    m_leaderEmail = new QLineEdit;
    m_leaderEmail->setPlaceholderText(tr("name@example.no"));
    addRow(l, tr("E-mail"), m_leaderEmail, QStringLiteral("projectLeader.email"), leader);
    m_leaderPhone = new QLineEdit;
    m_leaderPhone->setPlaceholderText(tr("optional"));
    l->addRow(tr("Phone:"), m_leaderPhone);
    m_leaderTitle = new QLineEdit;
    m_leaderTitle->setPlaceholderText(tr("optional, e.g. Professor"));
    l->addRow(tr("Position:"), m_leaderTitle);
    return box;
}

QGroupBox *ApplicationForm::buildControllerGroup()
{
    const QString controller = tr("Data controller");
    QFormLayout *c = nullptr;
    QGroupBox *box = group(controller, &c);
    m_controllerName = new QLineEdit;
    addRow(c, tr("Institution"), m_controllerName, QStringLiteral("controller.name"), controller);
    m_orgNumber = new QLineEdit;
    m_orgNumber->setPlaceholderText(tr("9 digits"));
    m_orgNumber->setMaxLength(11); // nine digits, maybe with spaces as people write them
    m_orgNumber->setMaximumWidth(m_orgNumber->fontMetrics().horizontalAdvance(QStringLiteral("000 000 0000")) + 16);
    addRow(c, tr("Org. no."), m_orgNumber, QStringLiteral("controller.orgNumber"), controller);
    m_street = new QLineEdit;
    addRow(c, tr("Address"), m_street, QStringLiteral("controller.address.street"), controller);
    m_postalCode = new QLineEdit;
    m_postalCode->setMaxLength(4);
    m_postalCode->setFixedWidth(m_postalCode->fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 16);
    m_city = new QLineEdit;
    QLabel *placeMessage = nullptr;
    m_postalCode->setAccessibleName(tr("Postal code"));
    m_city->setAccessibleName(tr("City"));
    c->addRow(tr("Postal code and city:"), pair(m_postalCode, QString(), m_city, &placeMessage));
    m_errors->add(QStringLiteral("controller.address.postalCode"), m_postalCode, placeMessage,
                  tr("%1 › %2").arg(controller, tr("Postal code")), tr("Postal code"));
    m_errors->add(QStringLiteral("controller.address.city"), m_city, placeMessage,
                  tr("%1 › %2").arg(controller, tr("City")), tr("City"));
    m_country = new QLineEdit;
    m_country->setPlaceholderText(tr("optional, when not Norway"));
    c->addRow(tr("Country:"), m_country);
    return box;
}

QWidget *ApplicationForm::buildPersonsBox()
{
    auto *box = new QGroupBox(tr("Persons with access"));
    auto *layout = new QVBoxLayout(box);
    auto *hint = new QLabel(tr("Everyone who will work with the data, with their institution."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_persons = table({tr("Name"), tr("Institution")});
    m_persons->setAccessibleName(tr("Persons with access"));
    QWidget *wrapped = FieldErrors::withMessage(m_persons, &m_personsMessage);
    m_errors->add(QStringLiteral("personsWithAccess"), m_persons, m_personsMessage, tr("Persons with access"));
    layout->addWidget(wrapped, 1);
    auto *buttons = new QHBoxLayout;
    QPushButton *add = button(tr("Add person"));
    QPushButton *remove = button(tr("Remove selected"));
    add->setObjectName(QStringLiteral("addPerson"));
    remove->setObjectName(QStringLiteral("removePerson"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addTableRow(m_persons, {QString(), QString()});
        m_persons->setFocus();
        m_persons->setCurrentCell(m_persons->rowCount() - 1, 0);
        m_persons->editItem(m_persons->item(m_persons->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_persons->currentRow() >= 0)
            m_persons->removeRow(m_persons->currentRow());
    });
    return box;
}

QWidget *ApplicationForm::buildLegalPage()
{
    return twoColumns({buildIdentifiabilityGroup(), buildLegalBasisGroup()}, {buildRekGroup()}, 3, 2);
}

QGroupBox *ApplicationForm::buildIdentifiabilityGroup()
{
    const QString ident = tr("Identifiability");
    QGroupBox *box = group(ident, &m_identifiabilityForm);
    m_identifiability = new QComboBox;
    m_identifiability->addItem(tr("Anonymous"), toCode(Identifiability::Anonymous));
    m_identifiability->addItem(tr("Indirectly identifiable"), toCode(Identifiability::IndirectlyIdentifiable));
    m_identifiability->addItem(tr("Directly identifiable"), toCode(Identifiability::DirectlyIdentifiable));
    m_identifiability->setPlaceholderText(tr("Choose…"));
    m_identifiability->setCurrentIndex(-1);
    addRow(m_identifiabilityForm, tr("The data are"), m_identifiability, QStringLiteral("identifiability"), ident);
    m_directReasons = textArea(3, tr("Why the project needs directly identifying data"));
    addRow(m_identifiabilityForm, tr("Special reasons"), m_directReasons,
           QStringLiteral("directIdentifiersJustification"), ident);
    return box;
}

QGroupBox *ApplicationForm::buildLegalBasisGroup()
{
    const QString legal = tr("Legal basis");
    QFormLayout *g = nullptr;
    QGroupBox *box = group(legal, &g);
    m_anonymousNote = new QLabel(tr("Not needed for anonymous data."));
    m_anonymousNote->setStyleSheet(QStringLiteral("color: palette(mid); font-style: italic;"));
    g->addRow(m_anonymousNote);
    m_article6 = choiceBox(ApplicationChoices::article6(), tr("Choose a letter…"));
    addRow(g, tr("GDPR art. 6(1)"), m_article6, QStringLiteral("legalBasis.article6"), legal);
    m_article9 = choiceBox(ApplicationChoices::article9(), tr("Choose a letter…"));
    addRow(g, tr("GDPR art. 9(2)"), m_article9, QStringLiteral("legalBasis.article9"), legal);
    m_dpia = choiceBox(ApplicationChoices::dpia(), tr("Choose…"));
    addRow(g, tr("DPIA"), m_dpia, QStringLiteral("legalBasis.dpia"), legal);
    m_dpo = choiceBox({{QStringLiteral("yes"), tr("Yes")}, {QStringLiteral("no"), tr("No")}}, tr("Choose…"));
    addRow(g, tr("DPO consulted"), m_dpo, QStringLiteral("legalBasis.dpoConsulted"), legal);
    m_institutionApproved = new QCheckBox(tr("The data controller has approved the project"));
    g->addRow(QString(), m_institutionApproved);
    return box;
}

QGroupBox *ApplicationForm::buildRekGroup()
{
    const QString rek = tr("REK");
    QFormLayout *r = nullptr;
    QGroupBox *box = group(tr("REK approval"), &r);
    auto *rekHint = new QLabel(tr("Required for medical and health research with identifiable data."));
    rekHint->setWordWrap(true);
    r->addRow(rekHint);
    m_hasRek = new QCheckBox(tr("The project has a REK approval"));
    r->addRow(QString(), wrap(m_hasRek, QStringLiteral("rek"), rek, tr("Approval")));
    m_rekReference = new QLineEdit;
    m_rekReference->setPlaceholderText(tr("e.g. 2025/123456"));
    addRow(r, tr("REK reference"), m_rekReference, QStringLiteral("rek.reference"), rek);
    m_rekApproved = new DateField;
    addDateRow(r, tr("Approved on"), m_rekApproved, QStringLiteral("rek.approvedOn"), rek);
    return box;
}

QWidget *ApplicationForm::buildDataHandlingPage()
{
    return twoColumns(
        {buildPopulationGroup(), buildLinkageGroup()}, {buildStorageGroup(), buildAttachmentsBox()}, 1, 1);
}

QGroupBox *ApplicationForm::buildPopulationGroup()
{
    const QString population = tr("Population");
    QFormLayout *u = nullptr;
    QGroupBox *box = group(population, &u);
    m_population = textArea(3, tr("Who is in the study population; inclusion criteria"));
    addRow(u, tr("Who is included"), m_population, QStringLiteral("population"), population);
    return box;
}

QGroupBox *ApplicationForm::buildLinkageGroup()
{
    const QString linkage = tr("Linkage");
    QFormLayout *k = nullptr;
    QGroupBox *box = group(linkage, &k);
    m_hasLinkage = new QCheckBox(tr("The data are linked with each other or with other sources"));
    k->addRow(QString(), m_hasLinkage);
    m_linkageDescription = textArea(3);
    addRow(k, tr("Description"), m_linkageDescription, QStringLiteral("linkage.description"), linkage);
    m_linkageKeys = textArea(2, tr("one per line"));
    addRow(k, tr("Linkage keys"), m_linkageKeys, QStringLiteral("linkage.keys"), linkage);
    m_linkageExternal = textArea(2, tr("one per line, e.g. SSB or an own cohort"));
    addRow(k, tr("External sources"), m_linkageExternal, QStringLiteral("linkage.externalSources"), linkage);
    return box;
}

QGroupBox *ApplicationForm::buildStorageGroup()
{
    const QString storage = tr("Storage");
    QFormLayout *s = nullptr;
    QGroupBox *box = group(storage, &s);
    m_storageEnvironment = new QComboBox;
    m_storageEnvironment->setEditable(true);
    m_storageEnvironment->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // free text, too
    m_storageEnvironment->addItems({QStringLiteral("TSD"), QStringLiteral("SAFE"), QStringLiteral("HUNT Cloud")});
    m_storageEnvironment->setCurrentIndex(-1);
    m_storageEnvironment->lineEdit()->setPlaceholderText(tr("TSD, SAFE, HUNT Cloud or the institution's own"));
    addRow(s, tr("Environment"), m_storageEnvironment, QStringLiteral("storage.environment"), storage);
    m_storageDescription = new QLineEdit;
    m_storageDescription->setPlaceholderText(tr("optional"));
    s->addRow(tr("Description:"), m_storageDescription);
    return box;
}

QWidget *ApplicationForm::buildAttachmentsBox()
{
    auto *box = new QGroupBox(tr("Attachments listed"));
    auto *layout = new QVBoxLayout(box);
    m_attachments = table({tr("Kind"), tr("File name"), tr("SHA-256")});
    m_attachments->setAccessibleName(tr("Attachments listed"));
    // A digest is read by its start and end; the kind keeps a readable width.
    m_attachments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_attachments->setColumnWidth(0, m_attachments->fontMetrics().horizontalAdvance(tr("DPO assessment")) + 48);
    m_attachments->setWordWrap(false);
    m_attachments->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(FieldErrors::withMessage(m_attachments, &m_attachmentsMessage), 1);
    m_errors->add(QStringLiteral("attachments"), m_attachments, m_attachmentsMessage, tr("Attachments"));
    auto *buttons = new QHBoxLayout;
    QPushButton *fromFile = button(tr("Add from file…"));
    QPushButton *remove = button(tr("Remove selected"));
    buttons->addWidget(fromFile);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(fromFile, &QPushButton::clicked, this, &ApplicationForm::addAttachmentFromFile);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_attachments->currentRow() >= 0)
            m_attachments->removeRow(m_attachments->currentRow());
    });
    return box;
}

QWidget *ApplicationForm::buildSourcesPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    auto *hint = new QLabel(tr("One data source per registry: the period, the variables and why they are needed."));
    hint->setWordWrap(true);
    top->addWidget(hint, 1);
    m_addSource = button(tr("Add data source"));
    m_addSource->setObjectName(QStringLiteral("addDataSource"));
    top->addWidget(m_addSource);
    layout->addLayout(top);
    QWidget *message = FieldErrors::withMessage(new QWidget, &m_sourcesMessage);
    m_errors->add(QStringLiteral("dataSources"), m_addSource, m_sourcesMessage, tr("Data sources"));
    layout->addWidget(message);

    auto *list = new QWidget;
    m_sourcesLayout = new QVBoxLayout(list);
    m_sourcesLayout->setContentsMargins(0, 0, 0, 0);
    m_sourcesLayout->addStretch(1);
    m_sourcesScroll = a11y::scrollable(list);
    layout->addWidget(m_sourcesScroll, 1);
    connect(m_addSource, &QPushButton::clicked, this, [this] {
        DataSourceEditor *editor = addDataSource();
        m_sourcesScroll->ensureWidgetVisible(editor);
        editor->registryBox()->setFocus();
    });
    return page;
}

} // namespace fv
