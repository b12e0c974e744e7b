// Between the form's widgets and the Application struct. What is hidden (the change fields of
// a new application, the special reasons when data are not directly identifiable) is not saved.
#include "application/ApplicationForm.h"
#include "application/DataSourceEditor.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace fv {
namespace {

void selectCode(QComboBox *box, const QString &code)
{
    int index = code.isEmpty() ? -1 : box->findData(code);
    if (index < 0 && !code.isEmpty()) {
        box->addItem(code, code); // a value this program has no label for is still shown and kept
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

QString codeOf(const QComboBox *box)
{
    return box->currentIndex() < 0 ? QString() : box->currentData().toString();
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

void ApplicationForm::setApplication(const Application &a)
{
    m_original = a;
    m_reference->setText(a.reference);
    selectCode(m_kind, toCode(a.kind));
    m_changeOf->setText(a.changeOf);
    m_changeSummary->setPlainText(a.changeSummary);
    m_received->setDate(a.received);
    selectCode(m_language, toCode(a.language));
    m_title->setText(a.project.title);
    m_projectSummary->setPlainText(a.project.summary);
    selectCode(m_purpose, a.project.purpose);
    m_start->setDate(a.project.start);
    m_end->setDate(a.project.end);
    m_deletion->setDate(a.project.deletionDate);
    m_funding->setText(a.project.funding);
    fillPeople(a);
    fillLegal(a);
    fillDataHandling(a);
    while (!m_sources.empty())
        removeDataSource(m_sources.back());
    for (const DataSource &source : a.dataSources)
        addDataSource()->setSource(source);
    updateVisibility();
    m_baseline = applicationToJson(application());
}

void ApplicationForm::fillPeople(const Application &a)
{
    m_leaderName->setText(a.projectLeader.name);
    m_leaderEmail->setText(a.projectLeader.email);
    m_leaderPhone->setText(a.projectLeader.phone);
    m_leaderTitle->setText(a.projectLeader.title);
    m_controllerName->setText(a.controller.name);
    m_orgNumber->setText(a.controller.orgNumber);
    m_street->setText(a.controller.address.street);
    m_postalCode->setText(a.controller.address.postalCode);
    m_city->setText(a.controller.address.city);
    m_country->setText(a.controller.address.country);
    m_persons->setRowCount(0);
    for (const Person &p : a.personsWithAccess)
        addTableRow(m_persons, {p.name, p.institution});
}

void ApplicationForm::fillLegal(const Application &a)
{
    selectCode(m_identifiability, toCode(a.identifiability));
    m_directReasons->setPlainText(a.directIdentifiersJustification);
    selectCode(m_article6, a.legalBasis.article6);
    selectCode(m_article9, a.legalBasis.article9);
    selectCode(m_dpia, a.legalBasis.dpia);
    const std::optional<bool> dpo = a.legalBasis.dpoConsulted;
    selectCode(m_dpo, dpo ? (*dpo ? QStringLiteral("yes") : QStringLiteral("no")) : QString());
    m_institutionApproved->setChecked(a.legalBasis.institutionApproved);
    m_hasRek->setChecked(a.rek.has_value());
    m_rekReference->setText(a.rek ? a.rek->reference : QString());
    m_rekApproved->setDate(a.rek ? a.rek->approvedOn : QDate());
}

void ApplicationForm::fillDataHandling(const Application &a)
{
    m_population->setPlainText(a.population);
    m_hasLinkage->setChecked(a.linkage.has_value());
    const Linkage linkage = a.linkage.value_or(Linkage{});
    m_linkageDescription->setPlainText(linkage.description);
    m_linkageKeys->setPlainText(linkage.keys.join(QLatin1Char('\n')));
    m_linkageExternal->setPlainText(linkage.externalSources.join(QLatin1Char('\n')));
    m_storageEnvironment->setCurrentText(a.storage.environment);
    m_storageDescription->setText(a.storage.description);
    m_attachments->setRowCount(0);
    for (const Attachment &attachment : a.attachments)
        addTableRow(m_attachments, {attachment.kind, attachment.fileName, attachment.sha256});
}

Application ApplicationForm::application() const
{
    Application a;
    a.reference = m_reference->text();
    a.kind = applicationKindFromCode(codeOf(m_kind)).value_or(ApplicationKind::New);
    if (a.kind == ApplicationKind::Change) {
        a.changeOf = m_changeOf->text();
        a.changeSummary = m_changeSummary->toPlainText();
    }
    a.received = m_received->date();
    a.language = languageFromCode(codeOf(m_language)).value_or(Language::Bokmaal);
    a.project.title = m_title->text();
    a.project.summary = m_projectSummary->toPlainText();
    a.project.purpose = codeOf(m_purpose);
    a.project.start = m_start->date();
    a.project.end = m_end->date();
    a.project.deletionDate = m_deletion->date();
    a.project.funding = m_funding->text();
    collectPeople(a);
    collectLegal(a);
    collectDataHandling(a);
    for (const DataSourceEditor *editor : m_sources)
        a.dataSources.push_back(editor->source());
    a.hasAttachmentsKey = m_original.hasAttachmentsKey || !a.attachments.empty();
    a.extensions = m_original.extensions;
    return a;
}

void ApplicationForm::collectPeople(Application &a) const
{
    a.projectLeader = {m_leaderName->text(), m_leaderEmail->text(), m_leaderPhone->text(), m_leaderTitle->text()};
    // People write organisation numbers in groups ("971 035 854"); the number is the digits.
    a.controller.name = m_controllerName->text();
    a.controller.orgNumber = m_orgNumber->text().remove(QLatin1Char(' '));
    a.controller.address = {m_street->text(), m_postalCode->text(), m_city->text(), m_country->text()};
    m_personRows.clear();
    for (int row = 0; row < m_persons->rowCount(); ++row) {
        const Person p{cell(m_persons, row, 0), cell(m_persons, row, 1)};
        if (p.name.trimmed().isEmpty() && p.institution.trimmed().isEmpty())
            continue; // an added row never filled in
        a.personsWithAccess.push_back(p);
        m_personRows.push_back(row);
    }
}

void ApplicationForm::collectLegal(Application &a) const
{
    const auto identifiability = identifiabilityFromCode(codeOf(m_identifiability));
    a.identifiability = identifiability.value_or(Identifiability::IndirectlyIdentifiable);
    if (a.identifiability == Identifiability::DirectlyIdentifiable)
        a.directIdentifiersJustification = m_directReasons->toPlainText();
    a.legalBasis.article6 = codeOf(m_article6);
    a.legalBasis.article9 = codeOf(m_article9);
    a.legalBasis.dpia = codeOf(m_dpia);
    const QString dpo = codeOf(m_dpo);
    if (!dpo.isEmpty())
        a.legalBasis.dpoConsulted = dpo == QLatin1String("yes");
    a.legalBasis.institutionApproved = m_institutionApproved->isChecked();
    if (m_hasRek->isChecked())
        a.rek = RekApproval{m_rekReference->text(), m_rekApproved->date()};
}

void ApplicationForm::collectDataHandling(Application &a) const
{
    a.population = m_population->toPlainText();
    if (m_hasLinkage->isChecked())
        a.linkage = Linkage{m_linkageDescription->toPlainText(), lines(m_linkageKeys), lines(m_linkageExternal)};
    a.storage = {m_storageEnvironment->currentText(), m_storageDescription->text()};
    m_attachmentRows.clear();
    for (int row = 0; row < m_attachments->rowCount(); ++row) {
        const auto *kind = qobject_cast<const QComboBox *>(m_attachments->cellWidget(row, 0));
        const Attachment attachment{
            kind ? codeOf(kind) : QString(), cell(m_attachments, row, 1), cell(m_attachments, row, 2)};
        if (attachment.fileName.trimmed().isEmpty() && attachment.sha256.trimmed().isEmpty())
            continue;
        a.attachments.push_back(attachment);
        m_attachmentRows.push_back(row);
    }
}

} // namespace fv
