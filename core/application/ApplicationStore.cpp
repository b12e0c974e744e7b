#include "application/ApplicationStore.h"

#include "Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <map>

namespace fv {
namespace {

QString listToJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QVariant &v)
{
    QStringList out;
    for (const QJsonValue &x : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out << x.toString();
    return out;
}

// Files a caseworker attached are kept across edits of the application, matched by hash.
Result<std::map<QString, QByteArray>> attachedFiles(Database &db, qint64 caseId)
{
    auto q = db.exec(
        QStringLiteral("SELECT sha256, content FROM attachment WHERE case_id = ? AND content IS NOT NULL"), {caseId});
    if (!q)
        return q.error();
    std::map<QString, QByteArray> out;
    while (q->next())
        out.emplace(q->value(0).toString(), q->value(1).toByteArray());
    return out;
}

Status saveChildren(Database &db, qint64 caseId, const Application &app)
{
    auto files = attachedFiles(db, caseId);
    if (!files)
        return files.error();
    for (const char *table : {"application_person", "data_source", "attachment"}) {
        if (auto r = db.exec(QStringLiteral("DELETE FROM %1 WHERE case_id = ?").arg(QLatin1String(table)), {caseId});
            !r)
            return r.error();
    }
    int pos = 0;
    for (const Person &p : app.personsWithAccess) {
        if (auto r = db.exec(
                QStringLiteral("INSERT INTO application_person (case_id, pos, name, institution) VALUES (?, ?, ?, ?)"),
                {caseId, pos++, p.name, p.institution});
            !r)
            return r.error();
    }
    pos = 0;
    for (const DataSource &s : app.dataSources) {
        auto r = db.insert(
            QStringLiteral("INSERT INTO data_source (case_id, pos, registry, period_from, period_to, justification) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {caseId, pos++, s.registry, toStorage(s.periodFrom), toStorage(s.periodTo), s.justification});
        if (!r)
            return r.error();
        const qint64 sourceId = r.value();
        int vpos = 0;
        for (const QString &v : s.variables) {
            if (auto vr = db.exec(
                    QStringLiteral("INSERT INTO data_source_variable (data_source_id, pos, name) VALUES (?, ?, ?)"),
                    {sourceId, vpos++, v});
                !vr)
                return vr.error();
        }
    }
    pos = 0;
    for (const Attachment &a : app.attachments) {
        const auto file = files->find(a.sha256);
        const bool has = file != files->end();
        if (auto r = db.exec(
                QStringLiteral("INSERT INTO attachment (case_id, pos, kind, file_name, sha256, content, size) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {caseId, pos++, a.kind, a.fileName, a.sha256, has ? QVariant(file->second) : sqlNull(),
                 has ? QVariant(static_cast<qint64>(file->second.size())) : sqlNull()});
            !r)
            return r.error();
    }
    return ok();
}

} // namespace

const QString &ApplicationStore::rowColumns()
{
    static const QString columns = QStringLiteral(
        "case_id, reference, kind, change_of, change_summary, received, language, title, summary, purpose, "
        "project_start, project_end, deletion_date, funding, leader_name, leader_email, leader_phone, "
        "leader_title, controller_name, controller_org, controller_street, controller_postal_code, "
        "controller_city, controller_country, article6, article9, dpia, dpo_consulted, institution_approved, "
        "rek_reference, rek_approved_on, identifiability, direct_justification, population, has_linkage, "
        "linkage_description, linkage_keys, linkage_external, storage_environment, storage_description, "
        "has_attachments_key, extensions");
    return columns;
}

QVariantList ApplicationStore::rowValues(qint64 caseId, const Application &app)
{
    const Linkage linkage = app.linkage.value_or(Linkage{});
    return {
        caseId,
        app.reference,
        toCode(app.kind),
        app.changeOf,
        app.changeSummary,
        toStorage(app.received),
        toCode(app.language),
        app.project.title,
        app.project.summary,
        app.project.purpose,
        toStorage(app.project.start),
        toStorage(app.project.end),
        toStorage(app.project.deletionDate),
        app.project.funding,
        app.projectLeader.name,
        app.projectLeader.email,
        app.projectLeader.phone,
        app.projectLeader.title,
        app.controller.name,
        app.controller.orgNumber,
        app.controller.address.street,
        app.controller.address.postalCode,
        app.controller.address.city,
        app.controller.address.country,
        app.legalBasis.article6,
        app.legalBasis.article9,
        app.legalBasis.dpia,
        app.legalBasis.dpoConsulted ? QVariant(*app.legalBasis.dpoConsulted) : sqlNull(),
        app.legalBasis.institutionApproved,
        app.rek ? QVariant(app.rek->reference) : sqlNull(),
        app.rek ? QVariant(toStorage(app.rek->approvedOn)) : sqlNull(),
        toCode(app.identifiability),
        app.directIdentifiersJustification,
        app.population,
        app.linkage.has_value(),
        linkage.description,
        listToJson(linkage.keys),
        listToJson(linkage.externalSources),
        app.storage.environment,
        app.storage.description,
        app.hasAttachmentsKey,
        QString::fromUtf8(QJsonDocument(app.extensions).toJson(QJsonDocument::Compact)),
    };
}

namespace {
// The placeholders for `n` values: "?, ?, …".
QString placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(QStringLiteral(", "));
}
} // namespace

Status ApplicationStore::save(Database &db, qint64 caseId, const Application &app)
{
    const QVariantList values = rowValues(caseId, app);
    // An upsert both engines run (SQLite's INSERT OR REPLACE is no PostgreSQL).
    static const QString sql = [] {
        QStringList updates;
        for (const QString &c : rowColumns().split(QStringLiteral(", ")).mid(1))
            updates << QStringLiteral("%1 = excluded.%1").arg(c.trimmed());
        return QStringLiteral("INSERT INTO application (%1) VALUES (%2) ON CONFLICT (case_id) DO UPDATE SET %3")
            .arg(rowColumns(), placeholders(rowColumns().count(QLatin1Char(',')) + 1),
                 updates.join(QStringLiteral(", ")));
    }();
    if (auto r = db.exec(sql, values); !r)
        return r.error();
    return saveChildren(db, caseId, app);
}

Status ApplicationStore::storeAttachmentContent(Database &db, qint64 caseId, int position, const QByteArray &bytes)
{
    auto u = db.exec(QStringLiteral("UPDATE attachment SET content = ?, size = ? WHERE case_id = ? AND pos = ?"),
                     {bytes, static_cast<qint64>(bytes.size()), caseId, position});
    if (!u)
        return u.error();
    return ok();
}

Result<Application> ApplicationStore::load(Database &db, qint64 caseId)
{
    auto q = db.exec(
        QStringLiteral(
            "SELECT reference, kind, change_of, change_summary, received, language, title, summary, purpose, "
            "project_start, project_end, deletion_date, funding, leader_name, leader_email, leader_phone, "
            "leader_title, controller_name, controller_org, controller_street, controller_postal_code, "
            "controller_city, controller_country, article6, article9, dpia, dpo_consulted, institution_approved, "
            "rek_reference, rek_approved_on, identifiability, direct_justification, population, has_linkage, "
            "linkage_description, linkage_keys, linkage_external, storage_environment, storage_description, "
            "has_attachments_key, extensions FROM application WHERE case_id = ?"),
        {caseId});
    if (!q)
        return q.error();
    if (!q->next())
        return fail(QCoreApplication::translate("fv::Application", "the case has no application"));
    int i = 0;
    auto next = [&]() { return q->value(i++); };
    Application a;
    a.reference = next().toString();
    a.kind = applicationKindFromCode(next().toString()).value_or(ApplicationKind::New);
    a.changeOf = next().toString();
    a.changeSummary = next().toString();
    a.received = dateFromStorage(next());
    a.language = languageFromCode(next().toString()).value_or(Language::Bokmaal);
    a.project.title = next().toString();
    a.project.summary = next().toString();
    a.project.purpose = next().toString();
    a.project.start = dateFromStorage(next());
    a.project.end = dateFromStorage(next());
    a.project.deletionDate = dateFromStorage(next());
    a.project.funding = next().toString();
    a.projectLeader = {next().toString(), next().toString(), next().toString(), next().toString()};
    a.controller.name = next().toString();
    a.controller.orgNumber = next().toString();
    a.controller.address = {next().toString(), next().toString(), next().toString(), next().toString()};
    a.legalBasis.article6 = next().toString();
    a.legalBasis.article9 = next().toString();
    a.legalBasis.dpia = next().toString();
    const QVariant dpo = next();
    if (!dpo.isNull())
        a.legalBasis.dpoConsulted = dpo.toBool();
    a.legalBasis.institutionApproved = next().toBool();
    const QVariant rekRef = next();
    const QVariant rekOn = next();
    if (!rekRef.isNull())
        a.rek = RekApproval{rekRef.toString(), dateFromStorage(rekOn)};
    a.identifiability = identifiabilityFromCode(next().toString()).value_or(Identifiability::IndirectlyIdentifiable);
    a.directIdentifiersJustification = next().toString();
    a.population = next().toString();
    const bool hasLinkage = next().toBool();
    Linkage linkage;
    linkage.description = next().toString();
    linkage.keys = listFromJson(next());
    linkage.externalSources = listFromJson(next());
    if (hasLinkage)
        a.linkage = linkage;
    a.storage.environment = next().toString();
    a.storage.description = next().toString();
    a.hasAttachmentsKey = next().toBool();
    a.extensions = QJsonDocument::fromJson(next().toString().toUtf8()).object();

    auto persons = db.exec(
        QStringLiteral("SELECT name, institution FROM application_person WHERE case_id = ? ORDER BY pos"), {caseId});
    if (!persons)
        return persons.error();
    while (persons->next())
        a.personsWithAccess.push_back({persons->value(0).toString(), persons->value(1).toString()});

    // The sources with their variables in one query (one round trip on the team server, not one
    // per source): a row per variable, a source without variables once with a NULL name.
    auto sources = db.exec(
        QStringLiteral("SELECT s.id, s.registry, s.period_from, s.period_to, s.justification, v.name "
                       "FROM data_source s LEFT JOIN data_source_variable v ON v.data_source_id = "
                       "s.id WHERE s.case_id = ? ORDER BY s.pos, v.pos"),
        {caseId});
    if (!sources)
        return sources.error();
    qint64 sourceId = -1;
    while (sources->next()) {
        if (a.dataSources.empty() || sources->value(0).toLongLong() != sourceId) {
            sourceId = sources->value(0).toLongLong();
            DataSource s;
            s.registry = sources->value(1).toString();
            s.periodFrom = dateFromStorage(sources->value(2));
            s.periodTo = dateFromStorage(sources->value(3));
            s.justification = sources->value(4).toString();
            a.dataSources.push_back(std::move(s));
        }
        if (!sources->value(5).isNull())
            a.dataSources.back().variables << sources->value(5).toString();
    }

    auto atts = db.exec(
        QStringLiteral("SELECT kind, file_name, sha256 FROM attachment WHERE case_id = ? ORDER BY pos"), {caseId});
    if (!atts)
        return atts.error();
    while (atts->next())
        a.attachments.push_back({atts->value(0).toString(), atts->value(1).toString(), atts->value(2).toString()});
    return a;
}

Result<bool> ApplicationStore::referenceExists(Database &db, const QString &reference)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM application WHERE reference = ?"), {reference});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

} // namespace fv
