#pragma once

#include "application/ApplicationJson.h"
#include "casework/CaseService.h"
#include "registry/Registry.h"

#include <QDialog>
#include <QJsonObject>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace fv {

class DataSourceEditor;
class DateField;
class FieldErrors;
class MessageBar;
class Session;

// "Registrer søknad" / "Rediger søknad": every field of application-v1 in readable sections,
// for an application received by letter or e-mail, or to correct a case's application until a
// decision is drafted. On Save the core's validation runs and every problem is shown at its
// field, with a summary on top; nothing is saved until the application is valid.
class ApplicationForm : public QDialog
{
    Q_OBJECT
public:
    // A blank form for manual registration.
    explicit ApplicationForm(Session &session, QWidget *parent = nullptr);
    // The case's application, for editing; read-only with a note once it may no longer change.
    ApplicationForm(Session &session, const CaseRecord &record, QWidget *parent = nullptr);
    ~ApplicationForm() override;

    void setApplication(const Application &app);
    Application application() const;

    // Shows every problem at its field and in the summary (first field focused); returns them.
    std::vector<ValidationIssue> validate();
    // Validates and, when valid, saves through the core and closes; false when nothing was saved.
    bool save();
    QString savedCase() const { return m_savedCase; }
    bool isEditable() const { return m_editable; }
    bool hasUnsavedChanges() const;

    // For tests and screenshots.
    enum Page { ApplicationPage, PeoplePage, LegalPage, DataHandlingPage, SourcesPage };
    QWidget *field(const QString &path) const;
    QString errorAt(const QString &path) const; // the message shown at the field, "" if none
    QStringList errorPaths() const;
    QString summaryText() const;
    QString noteText() const; // why the form is read-only, "" while editable
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *personsTable() const { return m_persons; }
    QPushButton *saveButton() const { return m_save; }
    int dataSourceCount() const { return int(m_sources.size()); }
    DataSourceEditor *dataSource(int index) const { return m_sources.at(std::size_t(index)); }
    DataSourceEditor *addDataSource();

public slots:
    void reject() override; // asks before dropping unsaved changes

private:
    void build();
    QWidget *buildApplicationPage();
    QWidget *buildPeoplePage();
    QWidget *buildLegalPage();
    QWidget *buildDataHandlingPage();
    QWidget *buildSourcesPage();
    QGroupBox *buildApplicationGroup();
    QGroupBox *buildProjectGroup();
    QGroupBox *buildLeaderGroup();
    QGroupBox *buildControllerGroup();
    QWidget *buildPersonsBox();
    QGroupBox *buildIdentifiabilityGroup();
    QGroupBox *buildLegalBasisGroup();
    QGroupBox *buildRekGroup();
    QGroupBox *buildPopulationGroup();
    QGroupBox *buildLinkageGroup();
    QGroupBox *buildStorageGroup();
    QWidget *buildAttachmentsBox();
    QWidget *wrap(QWidget *input, const QString &path, const QString &section, const QString &label);
    void addRow(QFormLayout *form, const QString &label, QWidget *input, const QString &path, const QString &section);
    void addDateRow(QFormLayout *form, const QString &label, DateField *date, const QString &path,
                    const QString &section);
    void watchForChanges();
    void updateVisibility();
    void removeDataSource(DataSourceEditor *editor);
    void renumberDataSources();
    void addTableRow(QTableWidget *table, const QStringList &texts);
    void addAttachmentFromFile();
    void setReadOnly();

    // Validation shown in the form.
    std::vector<ValidationIssue> formIssues() const;
    void showIssues(const std::vector<ValidationIssue> &issues);
    bool showInTable(const ValidationIssue &issue, const QString &message);
    QString labelOf(const QString &path) const;
    void showSummary(const std::vector<ValidationIssue> &issues, const QString &extra = {});
    void focusIssue(int index);
    void sortByFormOrder(std::vector<ValidationIssue> &issues) const;
    void clearTableMarks(QTableWidget *table);
    void updateTabTitles(const std::vector<ValidationIssue> &issues);
    void showCoreRefusal(const Error &error);

    void fillPeople(const Application &app);
    void fillLegal(const Application &app);
    void fillDataHandling(const Application &app);
    void collectPeople(Application &app) const;
    void collectLegal(Application &app) const;
    void collectDataHandling(Application &app) const;

    Session &m_session;
    std::optional<QString> m_caseNumber; // editing this case
    qint64 m_rowVersion = 0;
    Application m_original; // what the form was opened with (keeps "x-" keys and the attachments key)
    QJsonObject m_baseline; // the form's content when opened, to notice unsaved changes
    bool m_editable = true;
    bool m_showErrors = false; // after the first Save, problems are shown as they are fixed
    QString m_savedCase;
    std::vector<Registry> m_registries;
    std::vector<ValidationIssue> m_issues;
    FieldErrors *m_errors;
    QTimer *m_revalidate;

    MessageBar *m_note = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStringList m_tabTitles;
    QPushButton *m_save = nullptr;

    QLineEdit *m_reference = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_changeOf = nullptr;
    QPlainTextEdit *m_changeSummary = nullptr;
    DateField *m_received = nullptr;
    QComboBox *m_language = nullptr;
    QFormLayout *m_applicationForm = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_projectSummary = nullptr;
    QComboBox *m_purpose = nullptr;
    DateField *m_start = nullptr;
    DateField *m_end = nullptr;
    DateField *m_deletion = nullptr;
    QLineEdit *m_funding = nullptr;

    QLineEdit *m_leaderName = nullptr;
    QLineEdit *m_leaderEmail = nullptr;
    QLineEdit *m_leaderPhone = nullptr;
    QLineEdit *m_leaderTitle = nullptr;
    QLineEdit *m_controllerName = nullptr;
    QLineEdit *m_orgNumber = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QTableWidget *m_persons = nullptr;
    QLabel *m_personsMessage = nullptr;
    mutable std::vector<int> m_personRows; // person i of the application -> its table row

    QComboBox *m_identifiability = nullptr;
    QPlainTextEdit *m_directReasons = nullptr;
    QFormLayout *m_identifiabilityForm = nullptr;
    QLabel *m_anonymousNote = nullptr;
    QComboBox *m_article6 = nullptr;
    QComboBox *m_article9 = nullptr;
    QComboBox *m_dpia = nullptr;
    QComboBox *m_dpo = nullptr;
    QCheckBox *m_institutionApproved = nullptr;
    QCheckBox *m_hasRek = nullptr;
    QLineEdit *m_rekReference = nullptr;
    DateField *m_rekApproved = nullptr;

    QPlainTextEdit *m_population = nullptr;
    QCheckBox *m_hasLinkage = nullptr;
    QPlainTextEdit *m_linkageDescription = nullptr;
    QPlainTextEdit *m_linkageKeys = nullptr;
    QPlainTextEdit *m_linkageExternal = nullptr;
    QComboBox *m_storageEnvironment = nullptr;
    QLineEdit *m_storageDescription = nullptr;
    QTableWidget *m_attachments = nullptr;
    QLabel *m_attachmentsMessage = nullptr;
    mutable std::vector<int> m_attachmentRows;

    QVBoxLayout *m_sourcesLayout = nullptr;
    QScrollArea *m_sourcesScroll = nullptr;
    QPushButton *m_addSource = nullptr;
    QLabel *m_sourcesMessage = nullptr;
    std::vector<DataSourceEditor *> m_sources;
};

} // namespace fv
