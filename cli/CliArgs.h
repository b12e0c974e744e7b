#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace fv::cli {

enum Exit { Done = 0, Refused = 1, Usage = 2 };

// The words after a command: options are taken out by name, what is left is positional.
// finish() reports any option nobody asked for, so a typo is a usage error, not ignored.
class Args
{
public:
    explicit Args(QStringList words);

    std::optional<QString> option(const QString &name); // --name VALUE or --name=VALUE
    QStringList options(const QString &name);           // repeatable
    bool flag(const QString &name);                     // --name
    QStringList positionals() const { return m_positionals; }
    // An empty string when all was understood; else what was not.
    QString finish(int minPositionals, int maxPositionals) const;
    const QString &problem() const { return m_problem; }

private:
    QStringList m_words;
    QStringList m_positionals;
    QString m_problem;
    void splitPositionals();
};

} // namespace fv::cli
