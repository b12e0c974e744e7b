#include "search/TextFolding.h"

#include <QStringList>

namespace fv {

QString foldForSearch(const QString &text)
{
    QString s = text;
    s.replace(QChar(0x00C6), QLatin1String("ae")); // Æ
    s.replace(QChar(0x00E6), QLatin1String("ae")); // æ
    s.replace(QChar(0x00D8), QLatin1Char('o'));    // Ø
    s.replace(QChar(0x00F8), QLatin1Char('o'));    // ø
    s.replace(QChar(0x00C5), QLatin1Char('a'));    // Å
    s.replace(QChar(0x00E5), QLatin1Char('a'));    // å
    s = s.toLower();
    s.replace(QLatin1String("aa"), QLatin1String("a"));
    s.replace(QLatin1String("oe"), QLatin1String("o"));
    return s;
}

QString foldSql(const QString &expression)
{
    return QStringLiteral("replace(replace(lower(replace(replace(replace(replace(replace(replace(%1, 'Æ', 'ae'), "
                          "'æ', 'ae'), 'Ø', 'o'), 'ø', 'o'), 'Å', 'a'), 'å', 'a')), 'aa', 'a'), 'oe', 'o')")
        .arg(expression);
}

QString ftsMatchExpression(const QString &typed)
{
    const QString folded = foldForSearch(typed);
    QStringList terms;
    QString word;
    // A single letter or digit matches most of the archive and says little: it is left out.
    const auto flush = [&] {
        if (word.size() > 1)
            terms << QLatin1Char('"') + word + QLatin1String("\"*");
        word.clear();
    };
    // Words are what the unicode61 tokenizer keeps: letters and digits. Everything else
    // (quotes, operators, '/', '-') separates words, so no input can break the query syntax.
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word += c;
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

} // namespace fv
