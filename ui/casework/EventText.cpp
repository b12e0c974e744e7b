#include "casework/EventText.h"

#include "casework/CaseStatus.h"
#include "casework/CaseworkText.h"

#include <QRegularExpression>

namespace fv {
namespace {

// The detail formats the core writes (core/casework, core/decision, core/letters), by event
// kind; the English text is exactly the stored format and the source of its translation.
struct Format
{
    const char *kind;
    const char *text;
};

constexpr Format formats[] = {
    {"imported", QT_TRANSLATE_NOOP("fv::EventText", "application %1 (%2) registered from %3")},
    {"assigned", QT_TRANSLATE_NOOP("fv::EventText", "assigned to %1 (%2)%3")},
    {"start-completeness-check", QT_TRANSLATE_NOOP("fv::EventText", "completeness check started")},
    {"complete", QT_TRANSLATE_NOOP("fv::EventText", "complete on %1; statutory deadline %2 (%3 working days%4)%5")},
    {"request-info",
     QT_TRANSLATE_NOOP("fv::EventText", "information requested on %1, answer due %2 (clock paused): %3")},
    {"info-received",
     QT_TRANSLATE_NOOP("fv::EventText", "answer received on %1 (requested %2); clock running again, back to %3")},
    {"reminder-sent", QT_TRANSLATE_NOOP("fv::EventText", "reminder sent on %1; answer now due %2")},
    {"reject-no-reply", QT_TRANSLATE_NOOP("fv::EventText", "rejected: no answer by %1 after the reminder")},
    {"withdraw", QT_TRANSLATE_NOOP("fv::EventText", "withdrawn by the applicant: %1")},
    {"withdraw", QT_TRANSLATE_NOOP("fv::EventText", "withdrawn by the applicant")},
    {"close", QT_TRANSLATE_NOOP("fv::EventText", "case closed")},
    {"forward", QT_TRANSLATE_NOOP("fv::EventText", "the case is forwarded to the registry managers (%1): %2")},
    {"preliminary-reply-sent",
     QT_TRANSLATE_NOOP("fv::EventText", "preliminary reply (forvaltningsloven § 11 a) sent on %1")},
    {"consultation-sent", QT_TRANSLATE_NOOP("fv::EventText", "%1 asked on %2 for its view on %3, answer due %4")},
    {"consultation-answered", QT_TRANSLATE_NOOP("fv::EventText", "%1 answered on %2: %3")},
    {"registry-forwarded", QT_TRANSLATE_NOOP("fv::EventText", "%1 forwarded to %2, who decides it: %3")},
    {"note-added", QT_TRANSLATE_NOOP("fv::EventText", "note for the applicant")},
    {"note-added", QT_TRANSLATE_NOOP("fv::EventText", "internal note")},
    {"draft", QT_TRANSLATE_NOOP("fv::EventText", "decision draft %1 made with %2 registries")},
    {"decision-edited", QT_TRANSLATE_NOOP("fv::EventText", "draft %1 edited (revision %2)")},
    {"decision-edited", QT_TRANSLATE_NOOP("fv::EventText", "draft %1 edited")},
    {"submit", QT_TRANSLATE_NOOP("fv::EventText", "decision %1 submitted for approval")},
    {"approve", QT_TRANSLATE_NOOP("fv::EventText", "decision %1 approved (revision %2)")},
    {"approve", QT_TRANSLATE_NOOP("fv::EventText", "decision %1 approved")},
    {"return", QT_TRANSLATE_NOOP("fv::EventText", "decision %1 returned: %2")},
    {"letter-sent", QT_TRANSLATE_NOOP("fv::EventText", "%1 letter (%2) sent as document %3, sha256 %4")},
    {"application-edited", QT_TRANSLATE_NOOP("fv::EventText", "changed: %1")},
    {"attachment-stored", QT_TRANSLATE_NOOP("fv::EventText", "%1 (%2, %3 bytes, SHA-256 verified)")},
    {"delivery-delayed", QT_TRANSLATE_NOOP("fv::EventText", "%1 on %2: %3")},
    {"delivery-ordered", QT_TRANSLATE_NOOP("fv::EventText", "%1 on %2")},
    {"delivery-delayed", QT_TRANSLATE_NOOP("fv::EventText", "%1 on %2")},
    {"delivery-delivered", QT_TRANSLATE_NOOP("fv::EventText", "%1 on %2")},
    {"end-report-received", QT_TRANSLATE_NOOP("fv::EventText", "on %1")},
    {"deletion-confirmed", QT_TRANSLATE_NOOP("fv::EventText", "on %1")},
    {"appeal-received",
     QT_TRANSLATE_NOOP("fv::EventText", "appeal from %1 received %2 against letter %3 (last day %4): in time")},
    {"appeal-received",
     QT_TRANSLATE_NOOP("fv::EventText", "appeal from %1 received %2 against letter %3 (last day %4): late")},
    {"appeal-reopen", QT_TRANSLATE_NOOP("fv::EventText", "appeal to prepare by %1")},
    {"appeal-reopen", QT_TRANSLATE_NOOP("fv::EventText", "sent back for new consideration; to prepare by %1")},
    {"appeal-late-considered", QT_TRANSLATE_NOOP("fv::EventText", "late appeal considered (fvl § 31): %1")},
    {"appeal-late-considered", QT_TRANSLATE_NOOP("fv::EventText", "late appeal considered (fvl § 31)")},
    {"appeal-rejected", QT_TRANSLATE_NOOP("fv::EventText", "late appeal rejected (fvl § 31): %1")},
    {"appeal-reversed", QT_TRANSLATE_NOOP("fv::EventText", "HDS reverses decision %1 in part after the appeal")},
    {"appeal-reversed", QT_TRANSLATE_NOOP("fv::EventText", "HDS reverses decision %1 after the appeal")},
    {"appeal-forward", QT_TRANSLATE_NOOP("fv::EventText", "appeal upheld by HDS and forwarded to %1; comments by %2")},
    {"appeal-result", QT_TRANSLATE_NOOP("fv::EventText", "%1 decided the appeal on %2: %3 (%4)")},
    {"appeal-result", QT_TRANSLATE_NOOP("fv::EventText", "%1 decided the appeal on %2: %3")},
};

// Pieces the core puts into an argument of the formats above.
constexpr const char *fragments[] = {
    QT_TRANSLATE_NOOP("fv::EventText", " (was %1)"),
    QT_TRANSLATE_NOOP("fv::EventText", ", linked sources"),
    QT_TRANSLATE_NOOP("fv::EventText", ", one source"),
    QT_TRANSLATE_NOOP("fv::EventText", "; marked complete without: %1"),
    QT_TRANSLATE_NOOP("fv::EventText", " (late; due %1)"),
    QT_TRANSLATE_NOOP("fv::EventText", "the registry manager"),
    QT_TRANSLATE_NOOP("fv::EventText", "its registry manager"),
    // What a complete application usually has (core/casework/Completeness.cpp, describe()).
    QT_TRANSLATE_NOOP("fv::EventText", "the project protocol (attachment \"protocol\")"),
    QT_TRANSLATE_NOOP("fv::EventText", "the REK approval's reference and date"),
    QT_TRANSLATE_NOOP("fv::EventText", "the REK approval letter (attachment \"rek-approval\")"),
    QT_TRANSLATE_NOOP("fv::EventText",
                      "a DPIA or the data protection officer's assessment (attachment \"dpia\" or \"dpo-assessment\")"),
};

// The format as a pattern: its %1…%9 capture what stands there.
QRegularExpression patternOf(const char *format, bool anchoredEnd)
{
    QString pattern = QRegularExpression::escape(QString::fromUtf8(format));
    static const QRegularExpression placeholder(QStringLiteral("\\\\?%[1-9]")); // escape() may write \%
    pattern.replace(placeholder, QStringLiteral("(.*?)"));
    return QRegularExpression(QLatin1Char('^') + pattern + (anchoredEnd ? QStringLiteral("$") : QString()),
                              QRegularExpression::DotMatchesEverythingOption);
}

bool endsInPlaceholder(const char *format)
{
    const QByteArray f(format);
    return f.size() >= 2 && f.at(f.size() - 2) == '%' && f.back() >= '1' && f.back() <= '9';
}

QString isoDatesAsLocal(QString text)
{
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    return text.replace(iso, QStringLiteral("\\3.\\2.\\1"));
}

QString word(const QString &text); // below

// `text` matched against `format`; the translated format with its arguments in words.
std::optional<QString> translated(const char *format, const QString &text)
{
    const QRegularExpressionMatch m = patternOf(format, true).match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString out = EventText::tr(format);
    QStringList args;
    for (int i = 1; i <= m.lastCapturedIndex(); ++i)
        args << word(m.captured(i));
    // One pass, so an argument's own "%1" is never substituted again.
    for (int i = 0; i < args.size(); ++i)
        out.replace(QStringLiteral("%%1").arg(i + 1), QStringLiteral("\x01%1\x01").arg(i));
    for (int i = 0; i < args.size(); ++i)
        out.replace(QStringLiteral("\x01%1\x01").arg(i), args.at(i));
    return out;
}

// An argument: a code as its word, a known piece translated, dates dd.MM.yyyy. A trailing
// note (" – …") is the caseworker's own text and stays.
QString word(const QString &text)
{
    if (const auto answer = consultationAnswerFromCode(text.section(QLatin1Char(' '), 0, 0))) {
        const QString code = text.section(QLatin1Char(' '), 0, 0);
        return CaseworkText::answerName(*answer) + word(text.mid(code.size()));
    }
    if (const auto status = caseStatusFromCode(text))
        return displayName(*status);
    if (text == QLatin1String("new") || text == QLatin1String("change")) // the application's kind
        return text == QLatin1String("new") ? EventText::tr("new application") : EventText::tr("change application");
    for (const char *fragment : fragments) {
        if (auto whole = translated(fragment, text))
            return *whole;
        // A piece that ends in a fixed text may have more after it (a note, another piece).
        const QRegularExpressionMatch m = patternOf(fragment, false).match(text);
        if (!endsInPlaceholder(fragment) && m.hasMatch() && m.capturedLength() > 0 && m.capturedLength() < text.size())
            if (auto piece = translated(fragment, text.left(m.capturedLength())))
                return *piece + word(text.mid(m.capturedLength()));
    }
    if (text.startsWith(QLatin1String("; "))) // the next item of a list of pieces
        return QStringLiteral("; ") + word(text.mid(2));
    return isoDatesAsLocal(text);
}

} // namespace

QString EventText::detail(const QString &kind, const QString &detail)
{
    if (kind == QLatin1String("assessed"))
        return CaseworkText::eventDetail(kind, detail);
    for (const Format &f : formats) {
        if (kind != QLatin1String(f.kind))
            continue;
        if (auto text = translated(f.text, detail))
            return *text;
    }
    return word(detail);
}

} // namespace fv
