#include "application/ApplicationLimits.h"

#include "Clock.h"
#include "application/ApplicationJsonInternal.h"

#include <QCoreApplication>
#include <QHash>

namespace fv {

const std::vector<FieldLimit> &applicationTextLimits()
{
    static const std::vector<FieldLimit> limits = {
        {"reference", 40},
        {"changeOf", 20},
        {"changeSummary", 4000},
        {"project.title", 300},
        {"project.summary", 4000},
        {"project.funding", 300},
        {"projectLeader.name", 200},
        {"projectLeader.email", 254},
        {"projectLeader.phone", 40},
        {"projectLeader.title", 100},
        {"controller.name", 200},
        {"controller.address.street", 200},
        {"controller.address.postalCode", 20},
        {"controller.address.city", 100},
        {"controller.address.country", 100},
        {"rek.reference", 40},
        {"directIdentifiersJustification", 4000},
        {"population", 4000},
        {"linkage.description", 4000},
        {"linkage.keys[]", 200},
        {"linkage.externalSources[]", 300},
        {"storage.environment", 100},
        {"storage.description", 1000},
        {"personsWithAccess[].name", 200},
        {"personsWithAccess[].institution", 200},
        {"dataSources[].variables[]", 100},
        {"dataSources[].justification", 4000},
        {"attachments[].fileName", 255},
    };
    return limits;
}

const std::vector<FieldLimit> &applicationListLimits()
{
    static const std::vector<FieldLimit> limits = {
        {"personsWithAccess", 100},      {"dataSources", 11}, {"dataSources[].variables", 500}, {"linkage.keys", 20},
        {"linkage.externalSources", 20}, {"attachments", 50},
    };
    return limits;
}

QDate earliestReceived()
{
    return QDate(2000, 1, 1);
}

QDate latestReceived()
{
    return today().addDays(1);
}

namespace {

// The limit at a JSON path (0: none). Text and list paths differ ("linkage.keys[]" is each
// key, "linkage.keys" the list), so one table serves both.
int limitOf(const QString &jsonPath)
{
    static const QHash<QString, int> byPath = [] {
        QHash<QString, int> h;
        for (const auto *table : {&applicationTextLimits(), &applicationListLimits()})
            for (const FieldLimit &l : *table)
                h.insert(QLatin1String(l.path), l.max);
        return h;
    }();
    return byPath.value(detail::schemaPathOf(jsonPath), 0);
}

class LimitCheck
{
public:
    explicit LimitCheck(std::vector<ValidationIssue> &issues) : m_issues(issues) {}

    void text(const QString &path, const QString &value)
    {
        const int max = limitOf(path);
        const qsizetype length = value.trimmed().size();
        if (max > 0 && length > max)
            m_issues.push_back(
                {path,
                 QCoreApplication::translate(
                     "fv::Application",
                     "the text is %1 characters long; this field holds at most %2 "
                     "(the limits of an application are listed in "
                     "APPLICATION-LIMITS)")
                     .arg(length)
                     .arg(max)});
    }

    void texts(const QString &path, const QStringList &values)
    {
        list(path, values.size());
        for (qsizetype i = 0; i < values.size(); ++i)
            text(detail::indexPath(path, i), values.at(i));
    }

    void list(const QString &path, qsizetype size)
    {
        const int max = limitOf(path);
        if (max > 0 && size > max)
            m_issues.push_back(
                {path,
                 QCoreApplication::translate(
                     "fv::Application",
                     "the list has %1 items; it holds at most %2 (the "
                     "limits of an application are listed in "
                     "APPLICATION-LIMITS)")
                     .arg(size)
                     .arg(max)});
    }

    void date(const QString &path, const QDate &value, const QDate &earliest, const QDate &latest)
    {
        if (value.isValid() && (value < earliest || value > latest))
            m_issues.push_back(
                {path,
                 QCoreApplication::translate("fv::Application",
                                             "%1 is outside the possible dates for this field "
                                             "(%2 to %3)")
                     .arg(value.toString(Qt::ISODate), earliest.toString(Qt::ISODate), latest.toString(Qt::ISODate))});
    }

private:
    std::vector<ValidationIssue> &m_issues;
};

void checkDates(const Application &app, LimitCheck &check)
{
    const QDate first(1900, 1, 1);
    const QDate last(2199, 12, 31);
    check.date(QStringLiteral("received"), app.received, earliestReceived(), latestReceived());
    check.date(QStringLiteral("project.start"), app.project.start, first, last);
    check.date(QStringLiteral("project.end"), app.project.end, first, last);
    check.date(QStringLiteral("project.deletionDate"), app.project.deletionDate, first, last);
    if (app.rek)
        check.date(QStringLiteral("rek.approvedOn"), app.rek->approvedOn, first, last);
    for (std::size_t i = 0; i < app.dataSources.size(); ++i) {
        const QString path = detail::indexPath(QStringLiteral("dataSources"), qsizetype(i));
        check.date(path + QStringLiteral(".periodFrom"), app.dataSources[i].periodFrom, first, last);
        check.date(path + QStringLiteral(".periodTo"), app.dataSources[i].periodTo, first, last);
    }
}

void checkPeopleAndSources(const Application &app, LimitCheck &check)
{
    check.list(QStringLiteral("personsWithAccess"), qsizetype(app.personsWithAccess.size()));
    for (std::size_t i = 0; i < app.personsWithAccess.size(); ++i) {
        const QString path = detail::indexPath(QStringLiteral("personsWithAccess"), qsizetype(i));
        check.text(path + QStringLiteral(".name"), app.personsWithAccess[i].name);
        check.text(path + QStringLiteral(".institution"), app.personsWithAccess[i].institution);
    }
    check.list(QStringLiteral("dataSources"), qsizetype(app.dataSources.size()));
    for (std::size_t i = 0; i < app.dataSources.size(); ++i) {
        const QString path = detail::indexPath(QStringLiteral("dataSources"), qsizetype(i));
        check.texts(path + QStringLiteral(".variables"), app.dataSources[i].variables);
        check.text(path + QStringLiteral(".justification"), app.dataSources[i].justification);
    }
    check.list(QStringLiteral("attachments"), qsizetype(app.attachments.size()));
    for (std::size_t i = 0; i < app.attachments.size(); ++i)
        check.text(detail::indexPath(QStringLiteral("attachments"), qsizetype(i)) + QStringLiteral(".fileName"),
                   app.attachments[i].fileName);
}

} // namespace

void checkApplicationLimits(const Application &app, std::vector<ValidationIssue> &issues)
{
    LimitCheck check(issues);
    const auto t = [&check](const char *path, const QString &value) { check.text(QLatin1String(path), value); };
    t("reference", app.reference);
    t("changeOf", app.changeOf);
    t("changeSummary", app.changeSummary);
    t("project.title", app.project.title);
    t("project.summary", app.project.summary);
    t("project.funding", app.project.funding);
    t("projectLeader.name", app.projectLeader.name);
    t("projectLeader.email", app.projectLeader.email);
    t("projectLeader.phone", app.projectLeader.phone);
    t("projectLeader.title", app.projectLeader.title);
    t("controller.name", app.controller.name);
    t("controller.address.street", app.controller.address.street);
    t("controller.address.postalCode", app.controller.address.postalCode);
    t("controller.address.city", app.controller.address.city);
    t("controller.address.country", app.controller.address.country);
    if (app.rek)
        t("rek.reference", app.rek->reference);
    t("directIdentifiersJustification", app.directIdentifiersJustification);
    t("population", app.population);
    if (app.linkage) {
        t("linkage.description", app.linkage->description);
        check.texts(QStringLiteral("linkage.keys"), app.linkage->keys);
        check.texts(QStringLiteral("linkage.externalSources"), app.linkage->externalSources);
    }
    t("storage.environment", app.storage.environment);
    t("storage.description", app.storage.description);
    checkPeopleAndSources(app, check);
    checkDates(app, check);
}

} // namespace fv
