#include "Clock.h"

#include <QCoreApplication>
#include <QVariant>

namespace fv {

namespace {
std::optional<QDate> &fixedDay()
{
    static std::optional<QDate> day;
    return day;
}
std::optional<qint64> &serverOffset()
{
    static std::optional<qint64> offset;
    return offset;
}
bool &environmentAllowed()
{
    static bool allowed = false;
    return allowed;
}
} // namespace

QDate today()
{
    if (serverOffset())
        return now().date();
    if (const auto &d = fixedDay())
        return *d;
    // Only once a demo or test database is open; Database::open refused a bad value already.
    if (environmentAllowed())
        if (auto env = fixedTodayFromEnvironment(); env && env.value())
            return *env.value();
    return QDate::currentDate();
}

QDateTime now()
{
    if (const auto &offset = serverOffset())
        return QDateTime::currentDateTime().addMSecs(*offset);
    QDateTime t = QDateTime::currentDateTime();
    t.setDate(today());
    return t;
}

void setServerClockOffset(std::optional<qint64> msecs)
{
    serverOffset() = msecs;
}

bool serverClock()
{
    return serverOffset().has_value();
}

void setFixedToday(std::optional<QDate> day)
{
    fixedDay() = day;
}

std::optional<QDate> fixedToday()
{
    return fixedDay();
}

void allowTodayFromEnvironment(bool allowed)
{
    environmentAllowed() = allowed;
}

bool todayFromEnvironmentAllowed()
{
    return environmentAllowed();
}

Result<std::optional<QDate>> fixedTodayFromEnvironment()
{
    const QString text = qEnvironmentVariable("FELLESVEDTAK_TODAY").trimmed();
    if (text.isEmpty())
        return std::optional<QDate>{};
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return fail(QCoreApplication::translate("fv::Clock", "“%1” is not a date of the form YYYY-MM-DD").arg(text),
                    QStringLiteral("FELLESVEDTAK_TODAY"));
    return std::optional<QDate>{d};
}

ScopedToday::ScopedToday(const QDate &day) : m_previous(fixedDay())
{
    fixedDay() = day;
}

ScopedToday::~ScopedToday()
{
    fixedDay() = m_previous;
}

QString toStorage(const QDateTime &t)
{
    return t.toString(Qt::ISODateWithMs);
}
QString toStorage(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QDate dateFromStorage(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace fv
