// Export in application-v1. Optional keys that are empty are left out (an import treats
// absent, null and empty alike), except "attachments", which stays when the file had it.

#include "application/ApplicationJsonInternal.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace fv {

namespace {

class ObjectBuilder
{
public:
    ObjectBuilder(const Application &app, QString path) : m_app(app), m_path(std::move(path)) {}

    ObjectBuilder &text(const QString &key, const QString &value)
    {
        m_object.insert(key, value);
        return *this;
    }
    ObjectBuilder &optionalText(const QString &key, const QString &value)
    {
        if (!value.isEmpty())
            m_object.insert(key, value);
        return *this;
    }
    ObjectBuilder &date(const QString &key, const QDate &value) { return text(key, value.toString(Qt::ISODate)); }
    ObjectBuilder &value(const QString &key, const QJsonValue &value)
    {
        m_object.insert(key, value);
        return *this;
    }

    // The object with the "x-" keys that stood in it put back.
    QJsonObject build() const
    {
        QJsonObject result = m_object;
        const QJsonObject extensions = m_app.extensions.value(m_path).toObject();
        for (auto it = extensions.constBegin(); it != extensions.constEnd(); ++it)
            result.insert(it.key(), it.value());
        return result;
    }

private:
    const Application &m_app;
    QString m_path;
    QJsonObject m_object;
};

QJsonObject projectJson(const Application &app)
{
    const Project &p = app.project;
    return ObjectBuilder(app, u"project"_s)
        .text(u"title"_s, p.title)
        .text(u"summary"_s, p.summary)
        .text(u"purpose"_s, p.purpose)
        .date(u"start"_s, p.start)
        .date(u"end"_s, p.end)
        .date(u"deletionDate"_s, p.deletionDate)
        .optionalText(u"funding"_s, p.funding)
        .build();
}

QJsonObject projectLeaderJson(const Application &app)
{
    const ProjectLeader &l = app.projectLeader;
    return ObjectBuilder(app, u"projectLeader"_s)
        .text(u"name"_s, l.name)
        .text(u"email"_s, l.email)
        .optionalText(u"phone"_s, l.phone)
        .optionalText(u"title"_s, l.title)
        .build();
}

QJsonObject controllerJson(const Application &app)
{
    const Controller &c = app.controller;
    const QJsonObject address =
        ObjectBuilder(app, u"controller.address"_s)
            .text(u"street"_s, c.address.street)
            .text(u"postalCode"_s, c.address.postalCode)
            .text(u"city"_s, c.address.city)
            .optionalText(u"country"_s, c.address.country)
            .build();
    return ObjectBuilder(app, u"controller"_s)
        .text(u"name"_s, c.name)
        .text(u"orgNumber"_s, c.orgNumber)
        .value(u"address"_s, address)
        .build();
}

QJsonObject legalBasisJson(const Application &app)
{
    const LegalBasis &b = app.legalBasis;
    ObjectBuilder builder(app, u"legalBasis"_s);
    builder.optionalText(u"article6"_s, b.article6).optionalText(u"article9"_s, b.article9);
    builder.optionalText(u"dpia"_s, b.dpia);
    if (b.dpoConsulted)
        builder.value(u"dpoConsulted"_s, *b.dpoConsulted);
    return builder.value(u"institutionApproved"_s, b.institutionApproved).build();
}

QJsonObject linkageJson(const Application &app)
{
    const Linkage &l = *app.linkage;
    return ObjectBuilder(app, u"linkage"_s)
        .text(u"description"_s, l.description)
        .value(u"keys"_s, QJsonArray::fromStringList(l.keys))
        .value(u"externalSources"_s, QJsonArray::fromStringList(l.externalSources))
        .build();
}

QJsonArray personsJson(const Application &app)
{
    QJsonArray persons;
    for (std::size_t i = 0; i < app.personsWithAccess.size(); ++i) {
        const Person &person = app.personsWithAccess[i];
        persons.append(ObjectBuilder(app, detail::indexPath(u"personsWithAccess"_s, qsizetype(i)))
                           .text(u"name"_s, person.name)
                           .text(u"institution"_s, person.institution)
                           .build());
    }
    return persons;
}

QJsonArray dataSourcesJson(const Application &app)
{
    QJsonArray sources;
    for (std::size_t i = 0; i < app.dataSources.size(); ++i) {
        const DataSource &source = app.dataSources[i];
        sources.append(
            ObjectBuilder(app, detail::indexPath(u"dataSources"_s, qsizetype(i)))
                .text(u"registry"_s, source.registry)
                .date(u"periodFrom"_s, source.periodFrom)
                .date(u"periodTo"_s, source.periodTo)
                .value(u"variables"_s, QJsonArray::fromStringList(source.variables))
                .text(u"justification"_s, source.justification)
                .build());
    }
    return sources;
}

QJsonArray attachmentsJson(const Application &app)
{
    QJsonArray attachments;
    for (std::size_t i = 0; i < app.attachments.size(); ++i) {
        const Attachment &attachment = app.attachments[i];
        attachments.append(
            ObjectBuilder(app, detail::indexPath(u"attachments"_s, qsizetype(i)))
                .text(u"kind"_s, attachment.kind)
                .text(u"fileName"_s, attachment.fileName)
                .text(u"sha256"_s, attachment.sha256)
                .build());
    }
    return attachments;
}

void putRekAndLinkage(const Application &app, ObjectBuilder &top)
{
    if (app.rek) {
        top.value(u"rek"_s,
                  ObjectBuilder(app, u"rek"_s)
                      .text(u"reference"_s, app.rek->reference)
                      .date(u"approvedOn"_s, app.rek->approvedOn)
                      .build());
    }
    if (app.linkage)
        top.value(u"linkage"_s, linkageJson(app));
}

// Writes JSON with the spec's key order (QJsonObject itself keeps keys sorted).
class OrderedWriter
{
public:
    QByteArray write(const QJsonObject &root)
    {
        writeObject(root, QString(), 0);
        m_out += '\n';
        return m_out;
    }

private:
    void writeValue(const QJsonValue &value, const QString &schemaPath, int depth)
    {
        if (value.isObject())
            writeObject(value.toObject(), schemaPath, depth);
        else if (value.isArray())
            writeArray(value.toArray(), schemaPath + u"[]"_s, depth);
        else
            writeScalar(value);
    }

    // Qt writes scalars (string escapes, number formatting) the way its own parser reads them.
    void writeScalar(const QJsonValue &value)
    {
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        m_out += wrapped.mid(1, wrapped.size() - 2);
    }

    void writeObject(const QJsonObject &object, const QString &schemaPath, int depth)
    {
        if (object.isEmpty()) {
            m_out += "{}";
            return;
        }
        QStringList keys;
        for (const QString &key : detail::specKeys(schemaPath)) {
            if (object.contains(key))
                keys.append(key);
        }
        for (const QString &key : object.keys()) {
            if (!keys.contains(key))
                keys.append(key);
        }
        m_out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            indent(depth + 1);
            writeScalar(keys.at(i));
            m_out += ": ";
            writeValue(object.value(keys.at(i)), detail::childPath(schemaPath, keys.at(i)), depth + 1);
            m_out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        indent(depth);
        m_out += '}';
    }

    // Lists of plain values stay on one line, as in the spec's example.
    void writeArray(const QJsonArray &array, const QString &schemaPath, int depth)
    {
        const bool flat = std::none_of(array.begin(), array.end(), [](const QJsonValue &v) {
            return v.isObject() || v.isArray();
        });
        m_out += flat ? "[" : "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!flat)
                indent(depth + 1);
            writeValue(array.at(i), schemaPath, depth + 1);
            if (i + 1 < array.size())
                m_out += flat ? ", " : ",\n";
        }
        if (!flat) {
            m_out += '\n';
            indent(depth);
        }
        m_out += ']';
    }

    void indent(int depth) { m_out.append(depth * 2, ' '); }

    QByteArray m_out;
};

} // namespace

QJsonObject applicationToJson(const Application &app)
{
    ObjectBuilder top(app, QString());
    top.text(u"format"_s, detail::applicationFormat.toString())
        .text(u"reference"_s, app.reference)
        .text(u"kind"_s, toCode(app.kind))
        .optionalText(u"changeOf"_s, app.changeOf)
        .optionalText(u"changeSummary"_s, app.changeSummary)
        .date(u"received"_s, app.received)
        .text(u"language"_s, toCode(app.language))
        .value(u"project"_s, projectJson(app))
        .value(u"projectLeader"_s, projectLeaderJson(app))
        .value(u"controller"_s, controllerJson(app))
        .value(u"legalBasis"_s, legalBasisJson(app));
    putRekAndLinkage(app, top);
    top.text(u"identifiability"_s, toCode(app.identifiability))
        .optionalText(u"directIdentifiersJustification"_s, app.directIdentifiersJustification)
        .text(u"population"_s, app.population)
        .value(u"storage"_s,
               ObjectBuilder(app, u"storage"_s)
                   .text(u"environment"_s, app.storage.environment)
                   .optionalText(u"description"_s, app.storage.description)
                   .build())
        .value(u"personsWithAccess"_s, personsJson(app))
        .value(u"dataSources"_s, dataSourcesJson(app));
    if (app.hasAttachmentsKey || !app.attachments.empty())
        top.value(u"attachments"_s, attachmentsJson(app));
    return top.build();
}

QByteArray applicationToJsonBytes(const Application &app)
{
    return OrderedWriter().write(applicationToJson(app));
}

} // namespace fv
