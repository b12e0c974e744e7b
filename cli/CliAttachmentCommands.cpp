#include "application/Attachments.h"
#include "cli/CliContext.h"
#include "storage/SafeFile.h"

#include <QFile>

namespace fv::cli {

int cmdAttach(Context &ctx, Args &args)
{
    if (const QString p = args.finish(2, 2); !p.isEmpty())
        return ctx.usage(QStringLiteral("attach"), p + CliText::tr(" (attach CASE FILE)"));
    const QString file = args.positionals().at(1);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.refuse(Error{CliText::tr("cannot read the file: %1").arg(f.errorString()), file});
    if (f.size() > Attachments::maxBytes)
        return ctx.refuse(Error{CliText::tr("the file is larger than the 20 MB limit for attachments"), file});
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    Attachments attachments(*cases.value());
    auto info = attachments.attach(args.positionals().first(), file, f.readAll());
    if (!info)
        return ctx.refuse(info.error());
    if (!ctx.json)
        ctx.out << CliText::tr("%1: %2 attached (%3)").arg(args.positionals().first(), info->fileName, info->kind)
                << Qt::endl;
    return Exit::Done;
}

int cmdAttachment(Context &ctx, Args &args)
{
    const auto out = args.option(QStringLiteral("out"));
    if (const QString p = args.finish(2, 2); !p.isEmpty() || !out)
        return ctx.usage(QStringLiteral("attachment"), p.isEmpty() ? CliText::tr("--out FILE is required") : p);
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    Attachments attachments(*cases.value());
    auto bytes = attachments.content(args.positionals().at(0), args.positionals().at(1));
    if (!bytes)
        return ctx.refuse(bytes.error());
    if (auto s = writeFileAtomically(*out, bytes.value()); !s)
        return ctx.refuse(s.error());
    return Exit::Done;
}

} // namespace fv::cli
