#include "application/ApplicationJsonInternal.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace fv::detail {

namespace {

// One table drives unknown-key detection, the export order and the order issues are reported in.
const QHash<QString, QStringList> &schema()
{
    static const QHash<QString, QStringList> keys{
        {u""_s,
         {u"format"_s,
          u"reference"_s,
          u"kind"_s,
          u"changeOf"_s,
          u"changeSummary"_s,
          u"received"_s,
          u"language"_s,
          u"project"_s,
          u"projectLeader"_s,
          u"controller"_s,
          u"legalBasis"_s,
          u"rek"_s,
          u"identifiability"_s,
          u"directIdentifiersJustification"_s,
          u"population"_s,
          u"linkage"_s,
          u"storage"_s,
          u"personsWithAccess"_s,
          u"dataSources"_s,
          u"attachments"_s}},
        {u"project"_s, {u"title"_s, u"summary"_s, u"purpose"_s, u"start"_s, u"end"_s, u"deletionDate"_s, u"funding"_s}},
        {u"projectLeader"_s, {u"name"_s, u"email"_s, u"phone"_s, u"title"_s}},
        {u"controller"_s, {u"name"_s, u"orgNumber"_s, u"address"_s}},
        {u"controller.address"_s, {u"street"_s, u"postalCode"_s, u"city"_s, u"country"_s}},
        {u"legalBasis"_s, {u"article6"_s, u"article9"_s, u"dpia"_s, u"dpoConsulted"_s, u"institutionApproved"_s}},
        {u"rek"_s, {u"reference"_s, u"approvedOn"_s}},
        {u"linkage"_s, {u"description"_s, u"keys"_s, u"externalSources"_s}},
        {u"storage"_s, {u"environment"_s, u"description"_s}},
        {u"personsWithAccess[]"_s, {u"name"_s, u"institution"_s}},
        {u"dataSources[]"_s, {u"registry"_s, u"periodFrom"_s, u"periodTo"_s, u"variables"_s, u"justification"_s}},
        {u"attachments[]"_s, {u"kind"_s, u"fileName"_s, u"sha256"_s}},
    };
    return keys;
}

} // namespace

const QStringList &specKeys(const QString &schemaPath)
{
    static const QStringList none;
    const auto it = schema().constFind(schemaPath);
    return it == schema().cend() ? none : *it;
}

bool isExtensionKey(const QString &key)
{
    return key.startsWith(u"x-");
}

QString schemaPathOf(const QString &jsonPath)
{
    QString result;
    result.reserve(jsonPath.size());
    bool inIndex = false;
    for (const QChar c : jsonPath) {
        if (c == u'[')
            inIndex = true;
        else if (c == u']')
            inIndex = false;
        if (!inIndex || c == u'[')
            result.append(c);
    }
    return result;
}

QString childPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString indexPath(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

std::vector<int> pathRank(const QString &jsonPath)
{
    std::vector<int> rank;
    QString schemaPath;
    qsizetype pos = 0;
    while (pos < jsonPath.size()) {
        if (jsonPath.at(pos) == u'[') {
            const qsizetype close = jsonPath.indexOf(u']', pos);
            const qsizetype end = close < 0 ? jsonPath.size() : close;
            rank.push_back(jsonPath.mid(pos + 1, end - pos - 1).toInt());
            schemaPath += u"[]"_s;
            pos = end + 1;
            continue;
        }
        if (jsonPath.at(pos) == u'.')
            ++pos;
        qsizetype end = pos;
        while (end < jsonPath.size() && jsonPath.at(end) != u'.' && jsonPath.at(end) != u'[')
            ++end;
        const QString key = jsonPath.mid(pos, end - pos);
        rank.push_back(int(specKeys(schemaPath).indexOf(key))); // -1: unknown keys first
        schemaPath = childPath(schemaPath, key);
        pos = end;
    }
    return rank;
}

QString describeJsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QCoreApplication::translate("fv::Application", "null");
    case QJsonValue::Bool: return QCoreApplication::translate("fv::Application", "a boolean");
    case QJsonValue::Double: return QCoreApplication::translate("fv::Application", "a number");
    case QJsonValue::String: return QCoreApplication::translate("fv::Application", "a string");
    case QJsonValue::Array: return QCoreApplication::translate("fv::Application", "a list");
    case QJsonValue::Object: return QCoreApplication::translate("fv::Application", "an object");
    case QJsonValue::Undefined: break;
    }
    return QCoreApplication::translate("fv::Application", "nothing");
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

} // namespace fv::detail
