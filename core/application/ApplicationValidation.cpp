// The semantic rules of application-v1, checked on the struct so that the import and the
// manual registration form report the same problems at the same JSON paths.

#include "application/ApplicationJsonInternal.h"
#include "application/ApplicationLimits.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fv {

bool isValidOrgNumber(const QString &digits)
{
    static constexpr int weights[] = {3, 2, 7, 6, 5, 4, 3, 2};
    if (digits.size() != 9)
        return false;
    int sum = 0;
    for (qsizetype i = 0; i < 9; ++i) {
        const char16_t c = digits.at(i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        if (i < 8)
            sum += weights[i] * (c - u'0');
    }
    const int check = (11 - sum % 11) % 11; // a remainder of 1 would need check digit 10: never valid
    return check != 10 && check == digits.at(8).unicode() - u'0';
}

namespace detail {

namespace {

const QStringList &article6Codes()
{
    static const QStringList codes{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s};
    return codes;
}

const QStringList &article9Codes()
{
    static const QStringList codes = article6Codes() + QStringList{u"g"_s, u"h"_s, u"i"_s, u"j"_s};
    return codes;
}

const QStringList &dpiaCodes()
{
    static const QStringList codes{u"done"_s, u"not-needed"_s, u"planned"_s};
    return codes;
}

// Texts from the manual form may still carry spaces; the import has trimmed them already.
// Each pattern is compiled once per thread and kept: compiling (and JIT-compiling) a pattern
// cost more than the rest of validating an application.
bool matches(const QString &pattern, const QString &text)
{
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.constFind(pattern);
    if (it == compiled.constEnd())
        it = compiled.insert(pattern, QRegularExpression(pattern));
    return it->match(text.trimmed()).hasMatch();
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString unlessAnonymous()
{
    return QCoreApplication::translate("fv::Application", "required unless identifiability is \"anonymous\"");
}

class Validator
{
public:
    Validator(const Application &app, const ValidationContext &context) : m_app(app), m_context(context) {}

    std::vector<ValidationIssue> run()
    {
        header();
        project();
        projectLeaderAndController();
        legalBasisAndRek();
        populationAndStorage();
        personsWithAccess();
        dataSources();
        attachments();
        checkApplicationLimits(m_app, m_issues);
        return std::move(m_issues);
    }

private:
    void add(const QString &path, const QString &message) { m_issues.push_back({path, message}); }

    void requireText(const QString &path, const QString &value)
    {
        if (isBlank(value))
            add(path, QCoreApplication::translate("fv::Application", "must not be empty"));
    }

    void requireDate(const QString &path, const QDate &date)
    {
        if (!date.isValid())
            add(path, QCoreApplication::translate("fv::Application", "a date (YYYY-MM-DD) is required"));
    }

    // An empty optional code is fine; a required one must be given.
    void checkCode(const QString &path, const QString &value, const QStringList &codes, const QString &noun,
                   bool required = true)
    {
        const QString expected =
            QCoreApplication::translate("fv::Application", "(expected one of %1)").arg(codes.join(u", "));
        if (isBlank(value)) {
            if (required)
                add(path, QCoreApplication::translate("fv::Application", "must not be empty ") + expected);
        } else if (!codes.contains(value.trimmed())) {
            add(path,
                QCoreApplication::translate("fv::Application", "unknown %1 %2 %3")
                    .arg(noun, quoted(value.trimmed()), expected));
        }
    }

    void header()
    {
        requireText(u"reference"_s, m_app.reference);
        const bool isChange = m_app.kind == ApplicationKind::Change;
        if (!isBlank(m_app.changeOf) && !matches(u"^[0-9]{2}/[0-9]{5}$"_s, m_app.changeOf))
            add(u"changeOf"_s,
                QCoreApplication::translate(
                    "fv::Application", "%1 is not a case number of the form YY/NNNNN (e.g. 26/00012)")
                    .arg(quoted(m_app.changeOf.trimmed())));
        if (m_context.kindKnown) {
            changeField(u"changeOf"_s, m_app.changeOf, isChange,
                        QCoreApplication::translate(
                            "fv::Application", "our case number of the decision being changed, e.g. 26/00012"));
            changeField(u"changeSummary"_s, m_app.changeSummary, isChange,
                        QCoreApplication::translate("fv::Application", "what the change is"));
        }
        requireDate(u"received"_s, m_app.received);
    }

    void changeField(const QString &path, const QString &value, bool isChange, const QString &meaning)
    {
        if (isChange && isBlank(value))
            add(path,
                QCoreApplication::translate("fv::Application", "required when kind is \"change\" (%1)").arg(meaning));
        else if (!isChange && !isBlank(value))
            add(path,
                QCoreApplication::translate(
                    "fv::Application", "not allowed when kind is \"new\" (only a change application has it)"));
    }

    void project()
    {
        const Project &p = m_app.project;
        requireText(u"project.title"_s, p.title);
        requireText(u"project.summary"_s, p.summary);
        checkCode(u"project.purpose"_s, p.purpose, purposeCodes(),
                  QCoreApplication::translate("fv::Application", "purpose"));
        requireDate(u"project.start"_s, p.start);
        requireDate(u"project.end"_s, p.end);
        requireDate(u"project.deletionDate"_s, p.deletionDate);
        if (p.start.isValid() && p.end.isValid() && p.end <= p.start)
            add(u"project.end"_s,
                QCoreApplication::translate("fv::Application", "%1 must be after project.start (%2)")
                    .arg(isoDate(p.end), isoDate(p.start)));
        if (p.end.isValid() && p.deletionDate.isValid() && p.deletionDate < p.end)
            add(u"project.deletionDate"_s,
                QCoreApplication::translate("fv::Application", "%1 must be on or after project.end (%2)")
                    .arg(isoDate(p.deletionDate), isoDate(p.end)));
    }

    void projectLeaderAndController()
    {
        const ProjectLeader &leader = m_app.projectLeader;
        requireText(u"projectLeader.name"_s, leader.name);
        requireText(u"projectLeader.email"_s, leader.email);
        if (!isBlank(leader.email) && !matches(u"^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$"_s, leader.email))
            // The address itself is not repeated: messages and logs carry no personal data.
            add(u"projectLeader.email"_s,
                QCoreApplication::translate(
                    "fv::Application", "does not look like an email address (expected e.g. name@example.no)"));

        const Controller &c = m_app.controller;
        requireText(u"controller.name"_s, c.name);
        requireText(u"controller.orgNumber"_s, c.orgNumber);
        if (!isBlank(c.orgNumber) && !matches(u"^[0-9]{9}$"_s, c.orgNumber))
            add(u"controller.orgNumber"_s,
                QCoreApplication::translate("fv::Application", "%1 is not an organisation number (expected 9 digits)")
                    .arg(quoted(c.orgNumber.trimmed())));
        else if (!isBlank(c.orgNumber) && !isValidOrgNumber(c.orgNumber.trimmed()))
            add(u"controller.orgNumber"_s,
                QCoreApplication::translate(
                    "fv::Application", "%1 is not a valid organisation number (the MOD11 check digit does not match)")
                    .arg(quoted(c.orgNumber.trimmed())));
        requireText(u"controller.address.street"_s, c.address.street);
        requireText(u"controller.address.postalCode"_s, c.address.postalCode);
        if (!isBlank(c.address.postalCode) && !matches(u"^[0-9]{4}$"_s, c.address.postalCode))
            add(u"controller.address.postalCode"_s,
                QCoreApplication::translate("fv::Application", "%1 is not a Norwegian postal code (expected 4 digits)")
                    .arg(quoted(c.address.postalCode.trimmed())));
        requireText(u"controller.address.city"_s, c.address.city);
    }

    void legalBasisAndRek()
    {
        const LegalBasis &basis = m_app.legalBasis;
        const bool anonymous = m_app.identifiability == Identifiability::Anonymous;
        const bool required = m_context.identifiabilityKnown && !anonymous;
        legalCode(u"legalBasis.article6"_s, basis.article6, article6Codes(), required);
        legalCode(u"legalBasis.article9"_s, basis.article9, article9Codes(), required);
        legalCode(u"legalBasis.dpia"_s, basis.dpia, dpiaCodes(), required);
        if (required && !basis.dpoConsulted)
            add(u"legalBasis.dpoConsulted"_s,
                unlessAnonymous() + QCoreApplication::translate("fv::Application", " (true or false)"));

        if (m_app.rek) {
            requireText(u"rek.reference"_s, m_app.rek->reference);
            requireDate(u"rek.approvedOn"_s, m_app.rek->approvedOn);
        } else if (required && m_app.project.purpose == u"medical-health-research") {
            add(u"rek"_s,
                QCoreApplication::translate("fv::Application",
                                            "required for purpose \"medical-health-research\" unless identifiability "
                                            "is \"anonymous\" (an object with reference and approvedOn)"));
        }
        if (m_context.identifiabilityKnown && m_app.identifiability == Identifiability::DirectlyIdentifiable)
            requireWhenDirect();
    }

    void legalCode(const QString &path, const QString &value, const QStringList &codes, bool required)
    {
        if (required && isBlank(value))
            add(path,
                QCoreApplication::translate("fv::Application", "%1 (expected one of %2)")
                    .arg(unlessAnonymous(), codes.join(u", ")));
        else
            checkCode(path, value, codes, QCoreApplication::translate("fv::Application", "value"), false);
    }

    void requireWhenDirect()
    {
        if (isBlank(m_app.directIdentifiersJustification))
            add(u"directIdentifiersJustification"_s,
                QCoreApplication::translate(
                    "fv::Application",
                    "required when identifiability is \"directly-identifiable\" (the special reasons)"));
    }

    void populationAndStorage()
    {
        requireText(u"population"_s, m_app.population);
        if (m_app.linkage) {
            requireText(u"linkage.description"_s, m_app.linkage->description);
            requireEachText(u"linkage.keys"_s, m_app.linkage->keys);
            requireEachText(u"linkage.externalSources"_s, m_app.linkage->externalSources);
        }
        requireText(u"storage.environment"_s, m_app.storage.environment);
    }

    void requireEachText(const QString &path, const QStringList &texts)
    {
        for (qsizetype i = 0; i < texts.size(); ++i)
            requireText(indexPath(path, i), texts.at(i));
    }

    void personsWithAccess()
    {
        if (m_app.personsWithAccess.empty())
            add(u"personsWithAccess"_s,
                QCoreApplication::translate("fv::Application", "at least one person with access is required"));
        for (std::size_t i = 0; i < m_app.personsWithAccess.size(); ++i) {
            const QString path = indexPath(u"personsWithAccess"_s, qsizetype(i));
            requireText(childPath(path, u"name"_s), m_app.personsWithAccess[i].name);
            requireText(childPath(path, u"institution"_s), m_app.personsWithAccess[i].institution);
        }
    }

    void dataSources()
    {
        if (m_app.dataSources.empty())
            add(u"dataSources"_s,
                QCoreApplication::translate("fv::Application", "at least one data source is required"));
        QHash<QString, QString> seen; // registry code -> path of its first data source
        for (std::size_t i = 0; i < m_app.dataSources.size(); ++i) {
            const QString path = indexPath(u"dataSources"_s, qsizetype(i));
            const DataSource &source = m_app.dataSources[i];
            registry(path, source.registry, seen);
            period(path, source);
            if (source.variables.isEmpty())
                add(childPath(path, u"variables"_s),
                    QCoreApplication::translate("fv::Application", "at least one variable is required"));
            requireEachText(childPath(path, u"variables"_s), source.variables);
            requireText(childPath(path, u"justification"_s), source.justification);
        }
    }

    void registry(const QString &sourcePath, const QString &code, QHash<QString, QString> &seen)
    {
        const QString path = childPath(sourcePath, u"registry"_s);
        checkCode(path, code, registryCodesInSpec(), QCoreApplication::translate("fv::Application", "registry code"));
        const QString trimmed = code.trimmed();
        if (trimmed.isEmpty())
            return;
        if (seen.contains(trimmed))
            add(path,
                QCoreApplication::translate(
                    "fv::Application",
                    "registry %1 is listed more than once (also in %2); each registry may appear only once")
                    .arg(quoted(trimmed), seen.value(trimmed)));
        else
            seen.insert(trimmed, sourcePath);
    }

    void period(const QString &sourcePath, const DataSource &source)
    {
        requireDate(childPath(sourcePath, u"periodFrom"_s), source.periodFrom);
        requireDate(childPath(sourcePath, u"periodTo"_s), source.periodTo);
        if (source.periodFrom.isValid() && source.periodTo.isValid() && source.periodTo < source.periodFrom)
            add(childPath(sourcePath, u"periodTo"_s),
                QCoreApplication::translate("fv::Application", "%1 must not be before periodFrom (%2)")
                    .arg(isoDate(source.periodTo), isoDate(source.periodFrom)));
    }

    void attachments()
    {
        for (std::size_t i = 0; i < m_app.attachments.size(); ++i) {
            const QString path = indexPath(u"attachments"_s, qsizetype(i));
            const Attachment &attachment = m_app.attachments[i];
            checkCode(childPath(path, u"kind"_s), attachment.kind, attachmentKindCodes(),
                      QCoreApplication::translate("fv::Application", "attachment kind"));
            requireText(childPath(path, u"fileName"_s), attachment.fileName);
            requireText(childPath(path, u"sha256"_s), attachment.sha256);
            if (!isBlank(attachment.sha256) && !matches(u"^[0-9a-fA-F]{64}$"_s, attachment.sha256))
                add(childPath(path, u"sha256"_s),
                    QCoreApplication::translate(
                        "fv::Application", "%1 is not a SHA-256 digest (expected 64 hexadecimal characters)")
                        .arg(quoted(attachment.sha256.trimmed())));
        }
    }

    const Application &m_app;
    const ValidationContext &m_context;
    std::vector<ValidationIssue> m_issues;
};

} // namespace

std::vector<ValidationIssue> validateApplication(const Application &app, const ValidationContext &context)
{
    return Validator(app, context).run();
}

} // namespace detail

std::vector<ValidationIssue> validateApplication(const Application &app)
{
    return detail::validateApplication(app, detail::ValidationContext{});
}

} // namespace fv
