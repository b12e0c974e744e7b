// Letters: a preview of any letter, sending one (a stored case document) and getting a stored
// document back.
#include "cli/CliContext.h"
#include "letters/DocumentService.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"
#include "storage/SafeFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fv::cli {
namespace {

struct LetterChoice
{
    LetterKind kind = LetterKind::Decision;
    std::optional<Language> language;
    QString registry; // --registry: whose manager a forwarding letter or registry notice addresses
    QString reason;   // --reason: a preliminary reply's reason (a standard reason's code or the words)
};

// --kind KIND [--lang nb|nn|en]; an empty problem when both are understood.
std::optional<LetterChoice> letterChoice(Args &args, QString &problem)
{
    const auto kindText = args.option(QStringLiteral("kind"));
    const auto langText = args.option(QStringLiteral("lang"));
    const auto registry = args.option(QStringLiteral("registry"));
    const auto reason = args.option(QStringLiteral("reason"));
    if (!kindText) {
        problem = CliText::tr("--kind KIND is required");
        return std::nullopt;
    }
    LetterChoice choice;
    const auto kind = letterKindFromCode(*kindText);
    if (!kind) {
        problem = CliText::tr("unknown letter kind \"%1\"").arg(*kindText);
        return std::nullopt;
    }
    choice.kind = *kind;
    choice.registry = registry.value_or(QString());
    choice.reason = reason.value_or(QString());
    if (langText) {
        choice.language = languageFromCode(*langText);
        if (!choice.language) {
            problem = CliText::tr("--lang is nb, nn or en");
            return std::nullopt;
        }
    }
    return choice;
}

QJsonObject sentToJson(const SentLetter &letter)
{
    return QJsonObject{
        {QStringLiteral("caseNumber"), letter.caseNumber},
        {QStringLiteral("docNo"), letter.documentNumber},
        {QStringLiteral("reference"), letter.reference()},
        {QStringLiteral("kind"), toCode(letter.kind)},
        {QStringLiteral("language"), toCode(letter.language)},
        {QStringLiteral("title"), letter.title},
        {QStringLiteral("sha256"), letter.sha256},
        {QStringLiteral("pages"), letter.pages},
    };
}

} // namespace

int cmdLetter(Context &ctx, Args &args)
{
    QString problem;
    const auto choice = letterChoice(args, problem);
    const auto out = args.option(QStringLiteral("out"));
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(QStringLiteral("letter"), p);
    if (!choice || !out)
        return ctx.usage(QStringLiteral("letter"), out ? problem : CliText::tr("--out FILE.pdf is required"));
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    LetterService letters(*cases.value());
    auto input = letters.input(args.positionals().first(), choice->kind, choice->language, choice->registry);
    if (!input)
        return ctx.refuse(input.error());
    input->dialogue.delayReason = choice->reason.trimmed();
    auto pdf = renderLetterPdf(input.value());
    if (!pdf)
        return ctx.refuse(pdf.error());
    if (auto s = writeFileAtomically(*out, pdf->pdf); !s)
        return ctx.refuse(s.error());
    return Exit::Done;
}

int cmdSend(Context &ctx, Args &args)
{
    QString problem;
    const auto choice = letterChoice(args, problem);
    // --despite-language: the caseworker's confirmation that the case's own texts may be in
    // another language than the letter (the event records it).
    const bool despiteLanguage = args.flag(QStringLiteral("despite-language"));
    if (const QString p = args.finish(1, 1); !p.isEmpty())
        return ctx.usage(QStringLiteral("send"), p);
    if (!choice)
        return ctx.usage(QStringLiteral("send"), problem);
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    SendOptions options;
    options.language = choice->language;
    options.registry = choice->registry;
    options.delayReason = choice->reason;
    options.despiteLanguage = despiteLanguage;
    auto sent = DocumentService(*cases.value()).sendWith(args.positionals().first(), choice->kind, options);
    if (!sent)
        return ctx.refuse(sent.error());
    // One letter a line (a registry notice goes to each registry manager); --json: one object,
    // or an array when there are several.
    if (ctx.json) {
        QJsonArray all;
        for (const SentLetter &letter : sent.value())
            all.append(sentToJson(letter));
        const QJsonDocument doc = all.size() == 1 ? QJsonDocument(all.first().toObject()) : QJsonDocument(all);
        ctx.out << QString::fromUtf8(doc.toJson());
        return Exit::Done;
    }
    for (const SentLetter &letter : sent.value())
        ctx.out << letter.caseNumber << '\t' << letter.reference() << '\t' << toCode(letter.kind) << Qt::endl;
    return Exit::Done;
}

int cmdDocument(Context &ctx, Args &args)
{
    const auto out = args.option(QStringLiteral("out"));
    if (const QString p = args.finish(2, 2); !p.isEmpty() || !out)
        return ctx.usage(QStringLiteral("document"), p.isEmpty() ? CliText::tr("--out FILE is required") : p);
    auto cases = ctx.cases();
    if (!cases)
        return ctx.refuse(cases.error());
    const QStringList pos = args.positionals();
    if (auto s = DocumentService(*cases.value()).writeTo(pos.at(0), pos.at(1), *out); !s)
        return ctx.refuse(s.error());
    return Exit::Done;
}

} // namespace fv::cli
