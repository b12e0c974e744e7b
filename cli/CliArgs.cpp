#include "cli/CliArgs.h"

#include "cli/CliContext.h"

namespace fv::cli {

Args::Args(QStringList words) : m_words(std::move(words))
{
    splitPositionals();
}

void Args::splitPositionals()
{
    m_positionals.clear();
    for (const QString &w : m_words)
        if (!w.startsWith(QLatin1String("--")) || w == QLatin1String("--"))
            m_positionals << w;
}

std::optional<QString> Args::option(const QString &name)
{
    const QStringList all = options(name);
    if (all.size() > 1 && m_problem.isEmpty())
        m_problem = CliText::tr("--%1 is given more than once").arg(name);
    if (all.isEmpty())
        return std::nullopt;
    return all.last();
}

QStringList Args::options(const QString &name)
{
    const QString key = QStringLiteral("--") + name;
    QStringList values;
    for (qsizetype i = 0; i < m_words.size();) {
        const QString &w = m_words.at(i);
        if (w == key) {
            if (i + 1 >= m_words.size()) {
                if (m_problem.isEmpty())
                    m_problem = CliText::tr("%1 needs a value").arg(key);
                m_words.removeAt(i);
                continue;
            }
            values << m_words.at(i + 1);
            m_words.remove(i, 2);
            continue;
        }
        if (w.startsWith(key + QLatin1Char('='))) {
            values << w.mid(key.size() + 1);
            m_words.removeAt(i);
            continue;
        }
        ++i;
    }
    splitPositionals();
    return values;
}

bool Args::flag(const QString &name)
{
    const qsizetype before = m_words.size();
    m_words.removeAll(QStringLiteral("--") + name);
    return m_words.size() != before;
}

QString Args::finish(int minPositionals, int maxPositionals) const
{
    if (!m_problem.isEmpty())
        return m_problem;
    for (const QString &w : m_words)
        if (w.startsWith(QLatin1String("--")) && w != QLatin1String("--"))
            return CliText::tr("unknown option %1").arg(w);
    if (m_positionals.size() < minPositionals)
        return CliText::tr("missing argument");
    if (maxPositionals >= 0 && m_positionals.size() > maxPositionals)
        return CliText::tr("unexpected argument \"%1\"").arg(m_positionals.at(maxPositionals));
    return {};
}

} // namespace fv::cli
