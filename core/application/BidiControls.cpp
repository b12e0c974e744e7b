#include "application/BidiControls.h"

#include <QVariantList>
#include <QVariantMap>

namespace fv {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

std::optional<char32_t> firstBidiControl(QStringView text)
{
    for (const QChar c : text) {
        if (isBidiControl(c.unicode())) // all of them are in the BMP
            return c.unicode();
    }
    return std::nullopt;
}

QString withoutBidiControls(const QString &text)
{
    if (!firstBidiControl(text))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isBidiControl(c.unicode()))
            out.append(c);
    }
    return out;
}

QVariant withoutBidiControls(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString: return withoutBidiControls(value.toString());
    case QMetaType::QStringList: {
        QStringList list = value.toStringList();
        for (QString &s : list)
            s = withoutBidiControls(s);
        return list;
    }
    case QMetaType::QVariantList: {
        QVariantList list = value.toList();
        for (QVariant &v : list)
            v = withoutBidiControls(v);
        return list;
    }
    case QMetaType::QVariantMap: {
        QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            it.value() = withoutBidiControls(it.value());
        return map;
    }
    default: return value;
    }
}

} // namespace fv
