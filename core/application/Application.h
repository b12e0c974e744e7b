#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fv {

// One application in the helsedata.no exchange format (application-v1), as the
// applicant sent it. Field names follow the spec; see shared/spec/application-v1.md.

enum class ApplicationKind { New, Change };
enum class Language { Bokmaal, Nynorsk, English };
enum class Identifiability { Anonymous, IndirectlyIdentifiable, DirectlyIdentifiable };

struct Address
{
    QString street;
    QString postalCode;
    QString city;
    QString country; // optional
};

struct Person
{
    QString name;
    QString institution;
};

struct ProjectLeader
{
    QString name;
    QString email;
    QString phone; // optional
    QString title; // optional
};

struct Controller
{
    QString name;
    QString orgNumber;
    Address address;
};

struct LegalBasis
{
    QString article6; // "a".."f", empty when anonymous
    QString article9; // "a".."j", empty when anonymous
    QString dpia;     // done | not-needed | planned, empty when anonymous
    std::optional<bool> dpoConsulted;
    bool institutionApproved = false;
};

struct RekApproval
{
    QString reference;
    QDate approvedOn;
};

struct Linkage
{
    QString description;
    QStringList keys;
    QStringList externalSources;
};

struct Storage
{
    QString environment;
    QString description; // optional
};

struct DataSource
{
    QString registry; // registry code, e.g. "MFR"
    QDate periodFrom;
    QDate periodTo;
    QStringList variables;
    QString justification;
};

struct Attachment
{
    QString kind; // protocol | rek-approval | dpia | dpo-assessment | information-letter | other
    QString fileName;
    QString sha256; // lower-case hex
};

struct Project
{
    QString title;
    QString summary;
    QString purpose; // the spec's enum value, e.g. "medical-health-research"
    QDate start;
    QDate end;
    QDate deletionDate;
    QString funding; // optional
};

struct Application
{
    QString reference;
    ApplicationKind kind = ApplicationKind::New;
    QString changeOf;      // our case number, for change applications
    QString changeSummary; // for change applications
    QDate received;
    Language language = Language::Bokmaal;
    Project project;
    ProjectLeader projectLeader;
    Controller controller;
    LegalBasis legalBasis;
    std::optional<RekApproval> rek;
    Identifiability identifiability = Identifiability::IndirectlyIdentifiable;
    QString directIdentifiersJustification;
    QString population;
    std::optional<Linkage> linkage;
    Storage storage;
    std::vector<Person> personsWithAccess;
    std::vector<DataSource> dataSources;
    std::vector<Attachment> attachments;
    bool hasAttachmentsKey = false; // the file had an "attachments" key (kept for an exact round trip)
    // "x-" keys, kept and not interpreted: maps the JSON path of the object they
    // stood in ("" for the top level, "project", "dataSources[1]") to an object
    // holding those keys, so export puts them back where they were.
    QJsonObject extensions;

    QStringList registryCodes() const;
    bool isLinked() const { return dataSources.size() > 1 || (linkage && !linkage->externalSources.isEmpty()); }
};

QString toCode(ApplicationKind kind);
QString toCode(Language language);
QString toCode(Identifiability identifiability);
std::optional<ApplicationKind> applicationKindFromCode(const QString &code);
std::optional<Language> languageFromCode(const QString &code);
std::optional<Identifiability> identifiabilityFromCode(const QString &code);

// The spec's allowed values, in the spec's order.
const QStringList &purposeCodes();
const QStringList &attachmentKindCodes();
const QStringList &registryCodesInSpec();

} // namespace fv
