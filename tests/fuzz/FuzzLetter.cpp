// libFuzzer target for the letter templating. Two kinds of input (the first byte chooses):
//  - even: the bytes are a Mustache template (as an administrator editing one might write it),
//    rendered with a context holding hostile text. It must render or be refused with a
//    message, and text from the context must come out HTML-escaped.
//  - odd: the bytes are applicant text ('\0'-separated pieces) put into every free-text field
//    of an application and its decision; every letter kind in every language must render,
//    and no piece of that text may come out as markup.

#include "application/ApplicationJson.h"
#include "decision/DecisionService.h"
#include "letters/LetterRenderer.h"
#include "letters/TemplateEngine.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// Appended to every hostile piece. No template holds the control character U+0001, so
// "\u0001<" in the output can only be context text that escaped the escaping (which turns
// it into "\u0001&lt;").
const QString marker = QStringLiteral("\x01<b>");
const QString leaked = QStringLiteral("\x01<");

void failWith(const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s\n%s\n", what, detail.toUtf8().constData());
    std::abort();
}

void fuzzTemplate(const QByteArray &bytes)
{
    const QString templ = QString::fromUtf8(bytes);
    const QString hostile = QStringLiteral("{{title}} </p><script>x</script> & \" ' ") + marker;
    QVariantMap context{
        {QStringLiteral("title"), hostile},
        {QStringLiteral("flag"), true},
        {QStringLiteral("none"), false},
        {QStringLiteral("list"),
         QVariantList{QVariantMap{{QStringLiteral("name"), hostile}}, QVariantMap{{QStringLiteral("name"), marker}}}},
        {QStringLiteral("nested"), QVariantMap{{QStringLiteral("deep"), hostile}}}};
    const auto html = fv::renderTemplate(templ, context);
    if (!html) {
        if (html.error().message.isEmpty())
            failWith("a refused template must say why", templ);
        return;
    }
    // Escaped context text never turns into a tag. ({{{x}}}, {{&x}} and a changed delimiter
    // print unescaped on purpose; the shipped templates use none of them.)
    if (!templ.contains(QChar(1)) && !templ.contains(QLatin1String("{{{")) && !templ.contains(QLatin1Char('&'))
        && !templ.contains(QLatin1Char('=')) && html->contains(leaked))
        failWith("context text came out unescaped", templ + QStringLiteral("\n---\n") + *html);
}

const fv::Application &baseApplication()
{
    static const fv::Application app = [] {
        const QStringList demo = QDir(QStringLiteral(":/demo")).entryList({QStringLiteral("*.json")}, QDir::Files);
        QFile f(QStringLiteral(":/demo/") + demo.value(0));
        if (!f.open(QIODevice::ReadOnly))
            failWith("no demo application in the resources", f.fileName());
        auto parsed = fv::parseApplicationJson(f.readAll(), f.fileName());
        if (!parsed)
            failWith("the demo application does not parse", parsed.error().toString());
        return parsed.value();
    }();
    return app;
}

void fuzzApplicantText(const QByteArray &bytes)
{
    QStringList pieces;
    // U+0001 belongs to the marker alone: a piece that ended in it, just before a line break
    // and the template's own "</p>", was once taken for leaked markup.
    for (const QByteArray &part : bytes.split('\0'))
        pieces << QString::fromUtf8(part).remove(QChar(1)) + marker;
    int next = 0;
    const auto text = [&] { return pieces.at(next++ % pieces.size()); };
    fv::Application app = baseApplication();
    for (QString *field :
         {&app.project.title, &app.project.summary, &app.project.funding, &app.projectLeader.name,
          &app.projectLeader.title, &app.controller.name, &app.controller.address.street, &app.controller.address.city,
          &app.population, &app.changeSummary})
        *field = text();
    for (fv::Person &p : app.personsWithAccess)
        p.name = text();
    for (fv::DataSource &s : app.dataSources)
        s.justification = text();
    fv::Decision decision = fv::DecisionService::buildDraft(app);
    decision.reasons = text();
    if (!decision.entries.empty()) {
        decision.entries.front().outcome = fv::Outcome::Refused;
        decision.entries.front().reason = text();
    }
    decision.conditions.push_back({QString(), text()});
    for (fv::LetterKind kind : fv::allLetterKinds()) {
        for (fv::Language language : {fv::Language::Bokmaal, fv::Language::Nynorsk, fv::Language::English}) {
            fv::LetterInput input;
            input.kind = kind;
            input.language = language;
            input.caseNumber = QStringLiteral("26/00001");
            input.date = QDate(2026, 11, 22);
            input.application = app;
            input.decision = decision;
            input.infoRequestText = text();
            input.forwardReason = text();
            input.forwardRegistry = app.dataSources.empty() ? QString() : app.dataSources.front().registry;
            const auto html = fv::letterHtml(input);
            if (!html)
                failWith("a letter did not render", html.error().toString());
            if (html->contains(leaked))
                failWith("applicant text came out as markup", *html);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] % 2 == 0)
        fuzzTemplate(rest);
    else
        fuzzApplicantText(rest);
    return 0;
}
