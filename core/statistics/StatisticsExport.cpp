// Statistics as JSON (stats --json) and as CSV tables (the GUI's export).
#include "Clock.h"
#include "statistics/Statistics.h"

#include <QJsonArray>
#include <QStringList>

namespace fv {
namespace {

double rounded(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

QJsonObject timesToJson(const ProcessingTimes &t)
{
    return {{QStringLiteral("cases"), t.cases},
            {QStringLiteral("medianWorkingDays"), t.median},
            {QStringLiteral("p90WorkingDays"), t.p90},
            {QStringLiteral("withinDeadline"), t.withinDeadline},
            {QStringLiteral("withinDeadlineShare"), rounded(t.withinDeadlineShare())}};
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

class Csv
{
public:
    explicit Csv(const QStringList &header) { row(header); }
    void row(const QStringList &fields)
    {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        m_text += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    QString text() const { return m_text; }

private:
    QString m_text;
};

QStringList timeFields(const ProcessingTimes &t)
{
    return {QString::number(t.cases), QString::number(t.median), QString::number(t.p90),
            QString::number(t.withinDeadline), QString::number(rounded(t.withinDeadlineShare()))};
}

QJsonArray deliveriesToJson(const Statistics &s)
{
    QJsonArray out;
    for (const DeliveryFigures &d : s.deliveries)
        out.append(QJsonObject{
            {QStringLiteral("code"), d.code},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("delivered"), d.delivered},
            {QStringLiteral("medianDays"), d.median},
            {QStringLiteral("p90Days"), d.p90},
            {QStringLiteral("waiting"), d.waiting}});
    return out;
}

} // namespace

QJsonObject statisticsToJson(const Statistics &s)
{
    QJsonArray months;
    for (const MonthFigures &m : s.months)
        months.append(QJsonObject{{QStringLiteral("month"), m.month},
                                  {QStringLiteral("received"), m.received},
                                  {QStringLiteral("decided"), m.decided}});
    QJsonArray registries;
    for (const RegistryFigures &r : s.registries)
        registries.append(QJsonObject{
            {QStringLiteral("code"), r.code},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("requested"), r.requested},
            {QStringLiteral("decided"), r.decided},
            {QStringLiteral("outcomes"),
             QJsonObject{{QStringLiteral("granted"), r.granted},
                         {QStringLiteral("partly-granted"), r.partlyGranted},
                         {QStringLiteral("refused"), r.refused},
                         {QStringLiteral("forwarded"), r.forwarded}}},
            {QStringLiteral("processingTime"), timesToJson(r.times)}});
    QJsonArray outcomes;
    for (const OutcomeFigures &o : s.outcomes)
        outcomes.append(QJsonObject{{QStringLiteral("outcome"), o.outcome},
                                    {QStringLiteral("decided"), o.decided},
                                    {QStringLiteral("processingTime"), timesToJson(o.times)}});
    return {{QStringLiteral("from"), s.from.isValid() ? QJsonValue(toStorage(s.from)) : QJsonValue()},
            {QStringLiteral("to"), s.to.isValid() ? QJsonValue(toStorage(s.to)) : QJsonValue()},
            {QStringLiteral("received"), s.received},
            {QStringLiteral("decided"), s.decided},
            {QStringLiteral("open"), s.open},
            {QStringLiteral("processingTime"), timesToJson(s.times)},
            {QStringLiteral("months"), months},
            {QStringLiteral("registries"), registries},
            {QStringLiteral("outcomes"), outcomes},
            {QStringLiteral("deliveryTime"), deliveriesToJson(s)}};
}

std::vector<CsvTable> statisticsTables(const Statistics &s)
{
    const QStringList timeHeader = {
        QStringLiteral("cases"), QStringLiteral("median_working_days"), QStringLiteral("p90_working_days"),
        QStringLiteral("within_deadline"), QStringLiteral("within_deadline_share")};
    Csv months({QStringLiteral("month"), QStringLiteral("received"), QStringLiteral("decided")});
    for (const MonthFigures &m : s.months)
        months.row({m.month, QString::number(m.received), QString::number(m.decided)});

    Csv times(QStringList{QStringLiteral("scope")} + timeHeader);
    times.row(QStringList{QStringLiteral("all")} + timeFields(s.times));
    for (const OutcomeFigures &o : s.outcomes)
        times.row(QStringList{o.outcome} + timeFields(o.times));

    Csv registries(QStringList{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("requested"),
                               QStringLiteral("decided"), QStringLiteral("granted"), QStringLiteral("partly_granted"),
                               QStringLiteral("refused"), QStringLiteral("forwarded")}
                   + timeHeader);
    for (const RegistryFigures &r : s.registries)
        registries.row(QStringList{r.code, r.name, QString::number(r.requested), QString::number(r.decided),
                                   QString::number(r.granted), QString::number(r.partlyGranted),
                                   QString::number(r.refused), QString::number(r.forwarded)}
                       + timeFields(r.times));

    Csv outcomes({QStringLiteral("outcome"), QStringLiteral("decided")});
    for (const OutcomeFigures &o : s.outcomes)
        outcomes.row({o.outcome, QString::number(o.decided)});

    Csv deliveries({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("delivered"),
                    QStringLiteral("median_days"), QStringLiteral("p90_days"), QStringLiteral("waiting")});
    for (const DeliveryFigures &d : s.deliveries)
        deliveries.row({d.code, d.name, QString::number(d.delivered), QString::number(d.median), QString::number(d.p90),
                        QString::number(d.waiting)});

    return {{QStringLiteral("months"), months.text()},
            {QStringLiteral("processing-times"), times.text()},
            {QStringLiteral("registries"), registries.text()},
            {QStringLiteral("outcomes"), outcomes.text()},
            {QStringLiteral("delivery-times"), deliveries.text()}};
}

} // namespace fv
