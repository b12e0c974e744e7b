#include "storage/ServerLiterals.h"

#include <QDate>
#include <QDateTime>

namespace fv {
namespace {

QString quoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

QString literal(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QString: return quoted(v.toString());
    case QMetaType::QByteArray:
        if (v.toByteArray().isNull()) // as Qt binds it: NULL
            return QStringLiteral("NULL");
        return QStringLiteral("'\\x") + QString::fromLatin1(v.toByteArray().toHex()) + QLatin1Char('\'');
    case QMetaType::Bool: return v.toBool() ? QStringLiteral("'true'") : QStringLiteral("'false'");
    case QMetaType::Double:
    case QMetaType::Float: return quoted(QString::number(v.toDouble(), 'g', 17));
    case QMetaType::QDate: return quoted(v.toDate().toString(Qt::ISODate));
    case QMetaType::QDateTime: return quoted(v.toDateTime().toString(Qt::ISODateWithMs));
    default: break;
    }
    if (v.isNull())
        return QStringLiteral("NULL");
    return quoted(v.toString());
}

} // namespace

QString serverLiteral(const QVariant &value)
{
    return literal(value);
}

std::optional<QString> withServerLiterals(const QString &sql, const QVariantList &bindings)
{
    QString out;
    out.reserve(sql.size() + 16 * bindings.size());
    qsizetype next = 0;
    QChar quote; // inside '…' or "…" while set
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            out += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out += c;
        } else if (c == QLatin1Char('?')) {
            if (next >= bindings.size())
                return std::nullopt;
            out += literal(bindings.at(next++));
        } else {
            out += c;
        }
    }
    if (next != bindings.size())
        return std::nullopt;
    return out;
}

} // namespace fv
