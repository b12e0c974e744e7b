#include "Clock.h"

#include <QVariant>

namespace fv {

QDate today()
{
    const QString fixed = qEnvironmentVariable("FELLESVEDTAK_TODAY");
    if (!fixed.isEmpty()) {
        const QDate d = QDate::fromString(fixed, Qt::ISODate);
        if (d.isValid())
            return d;
    }
    return QDate::currentDate();
}

QDateTime now()
{
    QDateTime t = QDateTime::currentDateTime();
    t.setDate(today());
    return t;
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
