// fv-bench: throughput of the importer and speed of the letter renderer, on generated
// data. Usage: fv-bench import N  |  fv-bench letter N   (see docs/PERFORMANCE.md)
#include "application/ApplicationJson.h"
#include "casework/CaseService.h"
#include "casework/CaseworkService.h"
#include "decision/DecisionService.h"
#include "letters/LetterRenderer.h"
#include "letters/LetterService.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QTextStream out(stdout);

// N distinct applications: the shared example with a new reference and title each time.
std::vector<QByteArray> generate(const QByteArray &example, int n)
{
    QJsonObject base = QJsonDocument::fromJson(example).object();
    std::vector<QByteArray> files;
    files.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        QJsonObject o = base;
        o.insert(QStringLiteral("reference"), QStringLiteral("HD-BENCH-%1").arg(i, 7, 10, QLatin1Char('0')));
        QJsonObject project = o.value(u"project").toObject();
        project.insert(
            QStringLiteral("title"), QStringLiteral("Kohortstudie nr. %1 om hjerte- og karsykdom hos mødre").arg(i));
        o.insert(QStringLiteral("project"), project);
        files.push_back(QJsonDocument(o).toJson());
    }
    return files;
}

struct Setup
{
    QTemporaryDir dir;
    std::unique_ptr<fv::Database> db;
    std::unique_ptr<fv::CaseService> adviser;
    std::unique_ptr<fv::CaseService> approver;
};

bool setUp(Setup &s)
{
    auto db = fv::Database::create(s.dir.filePath(QStringLiteral("bench.db")), fv::DatabaseKind::Test);
    if (!db)
        return false;
    s.db = std::move(db.value());
    auto a = fv::Users::add(
        *s.db, QStringLiteral("ola"), QStringLiteral("ola"), {fv::Role::Adviser}, QStringLiteral("Ola Nordmann"));
    auto k = fv::Users::add(*s.db, QStringLiteral("ola"), QStringLiteral("kari"), {fv::Role::DecisionMaker},
                            QStringLiteral("Kari Sørensen"));
    if (!a || !k)
        return false;
    s.adviser = std::make_unique<fv::CaseService>(*s.db, a.value());
    s.approver = std::make_unique<fv::CaseService>(*s.db, k.value());
    return true;
}

int benchImport(const QByteArray &example, int n)
{
    Setup s;
    if (!setUp(s))
        return 1;
    const auto files = generate(example, n);
    QElapsedTimer t;
    t.start();
    for (size_t i = 0; i < files.size(); ++i) {
        auto r = s.adviser->importApplication(files[i], QStringLiteral("bench-%1.json").arg(i));
        if (!r) {
            out << r.error().toString() << Qt::endl;
            return 1;
        }
    }
    const double secs = static_cast<double>(t.nsecsElapsed()) / 1e9;
    out << QStringLiteral("import: %1 applications in %2 s = %3 applications/s (parse, validate, store, audit; one "
                          "transaction each)")
               .arg(n)
               .arg(secs, 0, 'f', 3)
               .arg(n / secs, 0, 'f', 0)
        << Qt::endl;
    return 0;
}

// The legal assessment a decision needs before it goes for approval, recorded by a lawyer.
bool settleAssessment(fv::Database &db, const QString &number)
{
    auto lise = fv::Users::add(
        db, QStringLiteral("ola"), QStringLiteral("lise"), {fv::Role::Lawyer}, QStringLiteral("Lise Bø"));
    if (!lise)
        return false;
    fv::CaseService lawyer(db, lise.value());
    fv::CaseworkService work(lawyer);
    auto rec = lawyer.load(number);
    if (!rec)
        return false;
    for (const fv::AssessmentEntry &e : rec->casework.assessment.entries)
        if (e.required && !work.assess(number, e.item, fv::AssessmentResult::Fulfilled, QString()))
            return false;
    return true;
}

int benchLetter(const QByteArray &example, int n)
{
    Setup s;
    if (!setUp(s))
        return 1;
    auto number = s.adviser->importApplication(example, QStringLiteral("example.json"));
    if (!number)
        return 1;
    fv::DecisionService drafting(*s.adviser);
    fv::DecisionService approving(*s.approver);
    if (!drafting.draft(*number) || !settleAssessment(*s.db, *number) || !drafting.submit(*number)
        || !approving.approve(*number))
        return 1;
    fv::LetterService letters(*s.adviser);
    auto input = letters.input(*number, fv::LetterKind::Decision);
    if (!input)
        return 1;
    // FV_BENCH_HTML=FILE.html: the same letter as an HTML document with the house style, for
    // timing LibreOffice converting an equivalent document (docs/PERFORMANCE.md).
    if (const QString htmlPath = qEnvironmentVariable("FV_BENCH_HTML"); !htmlPath.isEmpty()) {
        auto html = fv::letterHtml(input.value());
        QFile file(htmlPath);
        if (!html || !file.open(QIODevice::WriteOnly))
            return 1;
        file.write(QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>%1</style></head>"
                                  "<body>%2</body></html>")
                       .arg(fv::letterStyleSheet(), html.value())
                       .toUtf8());
    }
    std::vector<double> ms;
    int pages = 0;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        auto pdf = fv::renderLetterPdf(input.value());
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!pdf)
            return 1;
        pages = pdf->pages;
    }
    std::sort(ms.begin(), ms.end());
    out << QStringLiteral("letter: decision letter (%1 pages, tagged PDF/UA-1 + PDF/A-2b) median %2 ms, min %3 ms, max "
                          "%4 ms over %5 runs")
               .arg(pages)
               .arg(ms[ms.size() / 2], 0, 'f', 1)
               .arg(ms.front(), 0, 'f', 1)
               .arg(ms.back(), 0, 'f', 1)
               .arg(n)
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // letters need fonts, fonts need a QGuiApplication
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr,
                     "usage: fv-bench import N | letter N  (with FV_EXAMPLE=path/to/example-application.json)\n");
        return 2;
    }
    QFile f(qEnvironmentVariable("FV_EXAMPLE", QStringLiteral(FV_SPEC_DIR "/example-application.json")));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the example application\n");
        return 1;
    }
    const QByteArray example = f.readAll();
    const int n = args.size() > 2 ? args.at(2).toInt() : 1000;
    if (args.at(1) == QLatin1String("import"))
        return benchImport(example, n);
    if (args.at(1) == QLatin1String("letter"))
        return benchLetter(example, n);
    return 2;
}
