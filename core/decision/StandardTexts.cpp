#include "decision/StandardTexts.h"

#include "letters/TemplateEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fv {
namespace {

QJsonObject loadJson(const QString &resource)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString languageKey(Language language)
{
    return toCode(language);
}

QVariantMap placeholders(const Application &app, Language language, int endReportMonths = 3)
{
    const QDate end = app.project.end;
    return {
        {QStringLiteral("endReportDue"), letterDate(end.isValid() ? end.addMonths(endReportMonths) : end, language)},
        {QStringLiteral("environment"), app.storage.environment},
        {QStringLiteral("deletionDate"), letterDate(app.project.deletionDate, language)},
        {QStringLiteral("projectEnd"), letterDate(app.project.end, language)},
        {QStringLiteral("article6"), app.legalBasis.article6},
        {QStringLiteral("article9"), app.legalBasis.article9},
    };
}

QString fill(const QString &templ, const Application &app, Language language, int endReportMonths = 3)
{
    // Placeholders here are our own data, not markup; the letter escapes the whole text.
    auto r = renderTemplate(templ, placeholders(app, language, endReportMonths), Escaping::None);
    return r ? r.value() : templ;
}

} // namespace

const QString &StandardCondition::text(Language language) const
{
    switch (language) {
    case Language::Nynorsk: return nn;
    case Language::English: return en;
    case Language::Bokmaal: break;
    }
    return nb;
}

const std::vector<StandardCondition> &standardConditions()
{
    static const std::vector<StandardCondition> list = [] {
        std::vector<StandardCondition> out;
        for (const QJsonValue &v : loadJson(QStringLiteral(":/conditions.json")).value(u"conditions").toArray()) {
            const QJsonObject o = v.toObject();
            out.push_back({o.value(u"code").toString(), o.value(u"nb").toString(), o.value(u"nn").toString(),
                           o.value(u"en").toString()});
        }
        return out;
    }();
    return list;
}

QString conditionText(const QString &code, const Application &app, Language language)
{
    for (const StandardCondition &c : standardConditions())
        if (c.code == code)
            return fill(c.text(language), app, language, c.endReportMonths);
    return {};
}

QString conditionText(const StandardCondition &condition, const Application &app, Language language)
{
    return fill(condition.text(language), app, language, condition.endReportMonths);
}

QString standardText(const QString &key, const Application &app, Language language)
{
    static const QJsonObject texts = loadJson(QStringLiteral(":/standard-texts.json"));
    return fill(texts.value(key).toObject().value(languageKey(language)).toString(), app, language);
}

QString letterDate(const QDate &date, Language language)
{
    if (!date.isValid())
        return {};
    static const char *const nbMonths[] = {"januar", "februar", "mars",      "april",   "mai",      "juni",
                                           "juli",   "august",  "september", "oktober", "november", "desember"};
    static const char *const enMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                           "July",    "August",   "September", "October", "November", "December"};
    const int m = date.month() - 1;
    if (language == Language::English)
        return QStringLiteral("%1 %2 %3").arg(date.day()).arg(QLatin1String(enMonths[m])).arg(date.year());
    return QStringLiteral("%1. %2 %3").arg(date.day()).arg(QLatin1String(nbMonths[m])).arg(date.year());
}

} // namespace fv
