// parseApplicationJson: the file-level checks (encoding, JSON syntax), then the structural
// reader and the validator, reporting the first problem in spec order.

#include "application/ApplicationJson.h"

#include "application/ApplicationJsonInternal.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace fv {

namespace {

struct TextPosition
{
    int line = 1;
    int column = 1;
};

// Line and column (1-based, in characters) of the byte at `offset`.
TextPosition positionOf(QByteArrayView bytes, qsizetype offset)
{
    TextPosition position;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++position.column;
        }
    }
    return position;
}

QString describePosition(QByteArrayView bytes, qsizetype offset)
{
    const TextPosition p = positionOf(bytes, offset);
    return QCoreApplication::translate("fv::Application", "line %1, column %2").arg(p.line).arg(p.column);
}

// The offset of the first byte that does not start a valid UTF-8 sequence.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        const qsizetype length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (i + length > bytes.size() || !bytes.sliced(i, length).isValidUtf8())
            return i;
        i += length;
    }
    return -1;
}

// The text after a UTF-8 byte order mark, which Qt's parser skips as well.
QByteArrayView withoutBom(QByteArrayView bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes;
}

std::optional<QString> checkEncoding(QByteArrayView bytes)
{
    if (withoutBom(bytes).trimmed().isEmpty())
        return QCoreApplication::translate("fv::Application", "the file is empty (expected a JSON object)");
    if (bytes.isValidUtf8())
        return std::nullopt;
    const qsizetype offset = firstInvalidUtf8(bytes);
    return QCoreApplication::translate("fv::Application", "the file is not valid UTF-8 text (invalid byte 0x%1 at %2)")
        .arg(QString::number(static_cast<unsigned char>(bytes[offset]), 16).toUpper(), describePosition(bytes, offset));
}

// A JSON scalar at the top level would only get Qt's "illegal value"; say what is expected.
std::optional<QString> checkTopLevel(QByteArrayView bytes)
{
    const QString start = QString::fromUtf8(withoutBom(bytes).trimmed()).section(u'\n', 0, 0).left(30);
    if (start.startsWith(u'{') || start.startsWith(u'['))
        return std::nullopt;
    return QCoreApplication::translate(
               "fv::Application", "expected a JSON object at the top level; the file begins with: ")
        + start;
}

// Qt's own parse messages are English and Debian ships no bokmål for them; say it here.
const char *parseErrorSource(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return QT_TRANSLATE_NOOP("fv::Application", "an object is not closed with }, or a comma is missing in it");
    case QJsonParseError::MissingNameSeparator:
        return QT_TRANSLATE_NOOP("fv::Application", "a colon is missing after a name");
    case QJsonParseError::UnterminatedArray:
        return QT_TRANSLATE_NOOP("fv::Application", "a list is not closed with ], or a comma is missing in it");
    case QJsonParseError::MissingValueSeparator:
        return QT_TRANSLATE_NOOP("fv::Application", "a comma is missing between values");
    case QJsonParseError::IllegalValue: return QT_TRANSLATE_NOOP("fv::Application", "a value is not valid");
    case QJsonParseError::TerminationByNumber:
        return QT_TRANSLATE_NOOP("fv::Application", "the file ends in the middle of a number");
    case QJsonParseError::IllegalNumber: return QT_TRANSLATE_NOOP("fv::Application", "a number is not valid");
    case QJsonParseError::IllegalEscapeSequence:
        return QT_TRANSLATE_NOOP("fv::Application", "a backslash sequence in a text is not valid");
    case QJsonParseError::IllegalUTF8String: return QT_TRANSLATE_NOOP("fv::Application", "a text is not valid UTF-8");
    case QJsonParseError::UnterminatedString:
        return QT_TRANSLATE_NOOP("fv::Application", "a text is not closed with \"");
    case QJsonParseError::MissingObject:
        return QT_TRANSLATE_NOOP("fv::Application", "a name in quotes is missing after a comma");
    case QJsonParseError::DeepNesting:
        return QT_TRANSLATE_NOOP("fv::Application", "the objects and lists are nested too deeply");
    case QJsonParseError::DocumentTooLarge: return QT_TRANSLATE_NOOP("fv::Application", "the file is too large");
    case QJsonParseError::GarbageAtEnd:
        return QT_TRANSLATE_NOOP("fv::Application", "there is more text after the end of the object");
    case QJsonParseError::NoError: break;
    }
    return QT_TRANSLATE_NOOP("fv::Application", "a syntax error");
}

QString parseErrorText(QJsonParseError::ParseError error)
{
    return QCoreApplication::translate("fv::Application", parseErrorSource(error));
}

QString syntaxError(QByteArrayView bytes, const QJsonParseError &error)
{
    // Qt's offset points at or just past the offending character; report the character before it.
    const qsizetype offset = std::max<qsizetype>(error.offset - 1, 0);
    return QCoreApplication::translate("fv::Application", "%1: invalid JSON: %2")
        .arg(describePosition(bytes, offset), parseErrorText(error.error));
}

bool isWithin(const QString &path, const QString &ancestor)
{
    if (!path.startsWith(ancestor))
        return false;
    if (path.size() == ancestor.size() || ancestor.isEmpty())
        return true;
    const QChar next = path.at(ancestor.size());
    return next == u'.' || next == u'[';
}

// The reader's issues, and those of the validator that are not already explained by one
// of them (a key the reader found missing or mistyped is also empty in the struct).
std::vector<ValidationIssue> allIssues(const detail::StructuralParse &parsed)
{
    std::vector<ValidationIssue> issues = parsed.issues;
    const detail::ValidationContext context{parsed.kindKnown, parsed.identifiabilityKnown};
    for (ValidationIssue &issue : detail::validateApplication(parsed.app, context)) {
        const bool explained = std::any_of(
            parsed.issues.begin(), parsed.issues.end(),
            [&](const ValidationIssue &known) { return !known.path.isEmpty() && isWithin(issue.path, known.path); });
        if (!explained)
            issues.push_back(std::move(issue));
    }
    return issues;
}

// A wrong "format" means the file is something else entirely, so it is reported first.
const ValidationIssue &firstIssue(const std::vector<ValidationIssue> &issues)
{
    const auto format = std::find_if(issues.begin(), issues.end(), [](const ValidationIssue &issue) {
        return issue.path == u"format";
    });
    if (format != issues.end())
        return *format;
    return *std::min_element(issues.begin(), issues.end(), [](const ValidationIssue &a, const ValidationIssue &b) {
        return detail::pathRank(a.path) < detail::pathRank(b.path);
    });
}

} // namespace

Result<Application> parseApplicationJson(const QByteArray &bytes, const QString &fileName)
{
    constexpr qsizetype maxFileBytes = 10 * 1024 * 1024; // docs/APPLICATION-LIMITS.md
    if (bytes.size() > maxFileBytes)
        return fail(QCoreApplication::translate("fv::Application",
                                                "the file is larger than 10 MB; an application is far smaller "
                                                "(see APPLICATION-LIMITS)"),
                    fileName);
    if (const std::optional<QString> problem = checkEncoding(bytes))
        return fail(*problem, fileName);
    if (const std::optional<QString> problem = checkTopLevel(bytes))
        return fail(*problem, fileName);

    if (const std::optional<ValidationIssue> issue = detail::scanJsonText(bytes))
        return fail(issue->toString(), fileName);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(syntaxError(bytes, error), fileName);
    if (!document.isObject())
        return fail(QCoreApplication::translate("fv::Application", "expected a JSON object at the top level, got %1")
                        .arg(document.isArray() ? QCoreApplication::translate("fv::Application", "a list")
                                                : QCoreApplication::translate("fv::Application", "something else")),
                    fileName);

    detail::StructuralParse parsed = detail::readApplication(document.object());
    const std::vector<ValidationIssue> issues = allIssues(parsed);
    if (!issues.empty())
        return fail(firstIssue(issues).toString(), fileName);
    return std::move(parsed.app);
}

} // namespace fv
