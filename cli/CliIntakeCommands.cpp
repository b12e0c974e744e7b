// Intake commands beyond `import`: replacing a case's application from a file.
#include "application/ApplicationJson.h"
#include "cli/CliContext.h"

#include <QFile>

namespace fv::cli {
namespace {

constexpr qint64 maxApplicationBytes = 10 * 1024 * 1024;

Result<Application> readApplication(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(CliText::tr("cannot read the file: %1").arg(f.errorString()), path);
    if (f.size() > maxApplicationBytes)
        return fail(CliText::tr("the file is larger than 10 MB; an application is far smaller"), path);
    return parseApplicationJson(f.readAll(), path);
}

} // namespace

// edit-application CASE FILE: the same rules as the GUI's "Rediger søknad": validated whole,
// refused once a decision is drafted, the reference unique, the change recorded.
int cmdEditApplication(Context &ctx, Args &args)
{
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(QStringLiteral("edit-application"), p + CliText::tr(" (give CASE FILE)"));
    const QString caseNumber = args.positionals().at(0);
    auto app = readApplication(args.positionals().at(1));
    if (!app)
        return ctx.refuse(app.error());
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    auto before = cases.value()->load(caseNumber);
    if (!before)
        return ctx.refuse(before.error());
    if (auto s = cases.value()->updateApplication(caseNumber, app.value(), before->rowVersion); !s)
        return ctx.refuse(s.error());
    const QStringList changed = changedApplicationFields(before->application, app.value());
    if (changed.isEmpty())
        ctx.out << CliText::tr("%1: no change (the file holds the case's application)").arg(caseNumber) << Qt::endl;
    else
        ctx.out << CliText::tr("%1: application changed (%2)").arg(caseNumber, changed.join(QStringLiteral(", ")))
                << Qt::endl;
    return Exit::Done;
}

} // namespace fv::cli
