// The structural pass of the application-v1 reader: JSON types, required and unknown keys,
// dates, and the enums the struct holds as C++ enums. Everything else is validated on the
// struct by ApplicationValidation.cpp, so the manual form and the import share the rules.

#include "application/ApplicationJsonInternal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

namespace fv::detail {

namespace {

// Optional keys may be absent or null; both mean "not given".
enum class Need { Required, Optional };

QString oneOf(const QStringList &codes)
{
    return QCoreApplication::translate("fv::Application", "one of ") + codes.join(u", ");
}

// Reads the keys of one JSON object, reporting every problem at its JSON path.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, StructuralParse &out)
        : m_object(object)
        , m_path(std::move(path))
        , m_out(out)
    {
        checkKeys();
    }

    bool holds(const QString &key, QJsonValue::Type type) const { return m_object.value(key).type() == type; }
    QString pathOf(const QString &key) const { return childPath(m_path, key); }
    void report(const QString &path, const QString &message) { m_out.issues.push_back({path, message}); }

    // `expected` names the allowed values of a code, for messages about a missing or mistyped key.
    QString text(const QString &key, Need need = Need::Required,
                 const QString &expected = QCoreApplication::translate("fv::Application", "a string"))
    {
        const QJsonValue value = get(key, need, expected, QJsonValue::String);
        return value.toString().trimmed();
    }

    QDate date(const QString &key)
    {
        const QJsonValue value = get(
            key, Need::Required, QCoreApplication::translate("fv::Application", "a date (YYYY-MM-DD)"),
            QJsonValue::String);
        return value.isString() ? parseDate(pathOf(key), value.toString().trimmed()) : QDate();
    }

    std::optional<bool> boolean(const QString &key, Need need)
    {
        const QJsonValue value = get(
            key, need, QCoreApplication::translate("fv::Application", "true or false"), QJsonValue::Bool);
        return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
    }

    std::optional<QJsonObject> object(const QString &key, Need need)
    {
        const QJsonValue value = get(
            key, need, QCoreApplication::translate("fv::Application", "an object"), QJsonValue::Object);
        return value.isObject() ? std::optional<QJsonObject>(value.toObject()) : std::nullopt;
    }

    std::optional<QJsonArray> array(const QString &key, Need need)
    {
        const QJsonValue value = get(
            key, need, QCoreApplication::translate("fv::Application", "a list"), QJsonValue::Array);
        return value.isArray() ? std::optional<QJsonArray>(value.toArray()) : std::nullopt;
    }

    QStringList textList(const QString &key)
    {
        QStringList texts;
        const std::optional<QJsonArray> items = array(key, Need::Required);
        for (qsizetype i = 0; items && i < items->size(); ++i) {
            const QJsonValue item = items->at(i);
            if (!item.isString())
                report(
                    indexPath(pathOf(key), i),
                    QCoreApplication::translate("fv::Application", "expected a string, got ") + describeJsonType(item));
            texts.append(item.toString().trimmed()); // a placeholder keeps indices aligned with the file
        }
        return texts;
    }

    // A required code that maps to a C++ enum; nullopt (and an issue) when it does not.
    template<typename Enum>
    std::optional<Enum> code(const QString &key, std::optional<Enum> (*fromCode)(const QString &),
                             const QStringList &allowed)
    {
        const QJsonValue value = get(key, Need::Required, oneOf(allowed), QJsonValue::String);
        if (!value.isString())
            return std::nullopt;
        const QString text = value.toString().trimmed();
        const std::optional<Enum> result = fromCode(text);
        if (!result)
            report(pathOf(key),
                   QCoreApplication::translate("fv::Application", "unknown value %1 (expected %2)")
                       .arg(quoted(text), oneOf(allowed)));
        return result;
    }

private:
    QJsonValue get(const QString &key, Need need, const QString &expected, QJsonValue::Type type)
    {
        const auto it = m_object.constFind(key);
        if (it == m_object.constEnd() || (need == Need::Optional && it->isNull())) {
            if (need == Need::Required)
                report(pathOf(key),
                       QCoreApplication::translate("fv::Application", "missing required key %1 (expected %2)")
                           .arg(quoted(key), expected));
            return {};
        }
        if (it->type() != type) {
            report(pathOf(key),
                   QCoreApplication::translate("fv::Application", "expected %1, got %2")
                       .arg(expected, describeJsonType(*it)));
            return {};
        }
        return *it;
    }

    QDate parseDate(const QString &path, const QString &text)
    {
        static const QRegularExpression shape(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
        if (!shape.match(text).hasMatch()) {
            report(path,
                   QCoreApplication::translate("fv::Application", "%1 is not a date in the form YYYY-MM-DD")
                       .arg(quoted(text)));
            return {};
        }
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            report(path, QCoreApplication::translate("fv::Application", "%1 is not a calendar date").arg(quoted(text)));
        return date;
    }

    void checkKeys()
    {
        const QStringList &known = specKeys(schemaPathOf(m_path));
        QJsonObject extensions;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (isExtensionKey(it.key()))
                extensions.insert(it.key(), it.value());
            else if (!known.contains(it.key()))
                report(pathOf(it.key()),
                       QCoreApplication::translate(
                           "fv::Application", "unknown key %1 (expected one of %2, or an \"x-\" key)")
                           .arg(quoted(it.key()), known.join(u", ")));
        }
        if (!extensions.isEmpty())
            m_out.app.extensions.insert(m_path, extensions);
    }

    QJsonObject m_object;
    QString m_path;
    StructuralParse &m_out;
};

// Reads a list of objects; an entry that is not an object still takes its place, so
// that the validator's indices match the file.
template<typename Item, typename ReadItem>
std::vector<Item> readObjectList(ObjectReader &parent, const QString &key, Need need, StructuralParse &out,
                                 ReadItem readItem)
{
    std::vector<Item> items;
    const std::optional<QJsonArray> array = parent.array(key, need);
    for (qsizetype i = 0; array && i < array->size(); ++i) {
        const QString path = indexPath(parent.pathOf(key), i);
        const QJsonValue value = array->at(i);
        if (!value.isObject()) {
            parent.report(
                path,
                QCoreApplication::translate("fv::Application", "expected an object, got ") + describeJsonType(value));
            items.emplace_back();
            continue;
        }
        ObjectReader reader(value.toObject(), path, out);
        items.push_back(readItem(reader));
    }
    return items;
}

// Runs `read` on a nested object when it is there (and of the right type).
template<typename Read>
void withObject(ObjectReader &parent, const QString &key, Need need, StructuralParse &out, Read read)
{
    if (const std::optional<QJsonObject> object = parent.object(key, need)) {
        ObjectReader reader(*object, parent.pathOf(key), out);
        read(reader);
    }
}

Project readProject(ObjectReader &r)
{
    Project p;
    p.title = r.text(u"title"_s);
    p.summary = r.text(u"summary"_s);
    p.purpose = r.text(u"purpose"_s, Need::Required, oneOf(purposeCodes()));
    p.start = r.date(u"start"_s);
    p.end = r.date(u"end"_s);
    p.deletionDate = r.date(u"deletionDate"_s);
    p.funding = r.text(u"funding"_s, Need::Optional);
    return p;
}

ProjectLeader readProjectLeader(ObjectReader &r)
{
    ProjectLeader leader;
    leader.name = r.text(u"name"_s);
    leader.email = r.text(u"email"_s);
    leader.phone = r.text(u"phone"_s, Need::Optional);
    leader.title = r.text(u"title"_s, Need::Optional);
    return leader;
}

Controller readController(ObjectReader &r, StructuralParse &out)
{
    Controller controller;
    controller.name = r.text(u"name"_s);
    controller.orgNumber = r.text(u"orgNumber"_s);
    withObject(r, u"address"_s, Need::Required, out, [&](ObjectReader &a) {
        controller.address.street = a.text(u"street"_s);
        controller.address.postalCode = a.text(u"postalCode"_s);
        controller.address.city = a.text(u"city"_s);
        controller.address.country = a.text(u"country"_s, Need::Optional);
    });
    return controller;
}

// Whether these are required depends on identifiability, which the validator knows.
LegalBasis readLegalBasis(ObjectReader &r)
{
    LegalBasis basis;
    basis.article6 = r.text(
        u"article6"_s, Need::Optional, QCoreApplication::translate("fv::Application", "a letter a to f"));
    basis.article9 = r.text(
        u"article9"_s, Need::Optional, QCoreApplication::translate("fv::Application", "a letter a to j"));
    basis.dpia = r.text(u"dpia"_s, Need::Optional, u"one of done, not-needed, planned"_s);
    basis.dpoConsulted = r.boolean(u"dpoConsulted"_s, Need::Optional);
    basis.institutionApproved = r.boolean(u"institutionApproved"_s, Need::Required).value_or(false);
    return basis;
}

RekApproval readRek(ObjectReader &r)
{
    return RekApproval{r.text(u"reference"_s), r.date(u"approvedOn"_s)};
}

Linkage readLinkage(ObjectReader &r)
{
    Linkage linkage;
    linkage.description = r.text(u"description"_s);
    linkage.keys = r.textList(u"keys"_s);
    linkage.externalSources = r.textList(u"externalSources"_s);
    return linkage;
}

DataSource readDataSource(ObjectReader &r)
{
    DataSource source;
    source.registry = r.text(u"registry"_s, Need::Required, u"a registry code, "_s + oneOf(registryCodesInSpec()));
    source.periodFrom = r.date(u"periodFrom"_s);
    source.periodTo = r.date(u"periodTo"_s);
    source.variables = r.textList(u"variables"_s);
    source.justification = r.text(u"justification"_s);
    return source;
}

Attachment readAttachment(ObjectReader &r)
{
    Attachment attachment;
    attachment.kind = r.text(u"kind"_s, Need::Required, oneOf(attachmentKindCodes()));
    attachment.fileName = r.text(u"fileName"_s);
    attachment.sha256 = r.text(u"sha256"_s).toLower();
    return attachment;
}

void readHeader(ObjectReader &r, StructuralParse &out)
{
    Application &app = out.app;
    const QString format = r.text(u"format"_s);
    if (r.holds(u"format"_s, QJsonValue::String) && format != applicationFormat)
        r.report(u"format"_s,
                 QCoreApplication::translate("fv::Application", "unsupported format %1 (expected \"%2\")")
                     .arg(quoted(format), applicationFormat.toString()));
    app.reference = r.text(u"reference"_s);
    const auto kind = r.code<ApplicationKind>(u"kind"_s, applicationKindFromCode, {u"new"_s, u"change"_s});
    out.kindKnown = kind.has_value();
    app.kind = kind.value_or(ApplicationKind::New);
    app.changeOf = r.text(u"changeOf"_s, Need::Optional);
    app.changeSummary = r.text(u"changeSummary"_s, Need::Optional);
    app.received = r.date(u"received"_s);
    app.language =
        r.code<Language>(u"language"_s, languageFromCode, {u"nb"_s, u"nn"_s, u"en"_s}).value_or(Language::Bokmaal);
}

void readBody(ObjectReader &r, StructuralParse &out)
{
    Application &app = out.app;
    withObject(r, u"project"_s, Need::Required, out, [&](ObjectReader &o) { app.project = readProject(o); });
    withObject(r, u"projectLeader"_s, Need::Required, out, [&](ObjectReader &o) {
        app.projectLeader = readProjectLeader(o);
    });
    withObject(r, u"controller"_s, Need::Required, out, [&](ObjectReader &o) {
        app.controller = readController(o, out);
    });
    withObject(r, u"legalBasis"_s, Need::Required, out, [&](ObjectReader &o) { app.legalBasis = readLegalBasis(o); });
    withObject(r, u"rek"_s, Need::Optional, out, [&](ObjectReader &o) { app.rek = readRek(o); });
    const auto identifiability = r.code<Identifiability>(
        u"identifiability"_s, identifiabilityFromCode,
        {u"anonymous"_s, u"indirectly-identifiable"_s, u"directly-identifiable"_s});
    out.identifiabilityKnown = identifiability.has_value();
    app.identifiability = identifiability.value_or(Identifiability::IndirectlyIdentifiable);
    app.directIdentifiersJustification = r.text(u"directIdentifiersJustification"_s, Need::Optional);
    app.population = r.text(u"population"_s);
    withObject(r, u"linkage"_s, Need::Optional, out, [&](ObjectReader &o) { app.linkage = readLinkage(o); });
    withObject(r, u"storage"_s, Need::Required, out, [&](ObjectReader &o) {
        app.storage.environment = o.text(u"environment"_s);
        app.storage.description = o.text(u"description"_s, Need::Optional);
    });
}

void readLists(ObjectReader &r, StructuralParse &out)
{
    Application &app = out.app;
    app.personsWithAccess = readObjectList<Person>(r, u"personsWithAccess"_s, Need::Required, out, [](ObjectReader &o) {
        return Person{o.text(u"name"_s), o.text(u"institution"_s)};
    });
    app.dataSources = readObjectList<DataSource>(r, u"dataSources"_s, Need::Required, out, readDataSource);
    app.attachments = readObjectList<Attachment>(r, u"attachments"_s, Need::Optional, out, readAttachment);
}

} // namespace

StructuralParse readApplication(const QJsonObject &root)
{
    StructuralParse out;
    ObjectReader reader(root, QString(), out);
    readHeader(reader, out);
    readBody(reader, out);
    readLists(reader, out);
    out.app.hasAttachmentsKey = root.value(u"attachments"_s).isArray();
    return out;
}

} // namespace fv::detail
