// The byte-level pre-scan of an application-v1 file: what Qt's JSON parser accepts silently and
// so would change an application on its way in. A duplicate key (Qt keeps the last value), a
// lone UTF-16 surrogate escape (Qt stores U+FFFD instead), and a raw control character or NUL
// inside the text, and a character that changes the writing direction (BidiControls.h),
// are refused here, with the JSON path. Syntax errors are left to Qt's parser.

#include "application/ApplicationJsonInternal.h"
#include "application/BidiControls.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace fv::detail {

namespace {

// A recursive-descent walk over the bytes that only knows enough JSON to keep the path; it
// stops quietly at anything it does not understand (Qt then reports the syntax error).
class Scanner
{
public:
    explicit Scanner(QByteArrayView bytes) : m_bytes(bytes) {}

    std::optional<ValidationIssue> run()
    {
        if (m_bytes.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        value(QString(), 0);
        return m_issue;
    }

private:
    static constexpr int maxDepth = 64; // deeper than any application; Qt refuses such files anyway

    bool stopped() const { return m_issue.has_value() || m_broken; }
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    char peek() const { return atEnd() ? '\0' : m_bytes[m_pos]; }

    void report(const QString &path, const QString &message)
    {
        if (!m_issue)
            m_issue = ValidationIssue{path, message};
    }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_bytes[m_pos];
            if (c == '\0') { // an unescaped NUL between the values
                report(m_path,
                       QCoreApplication::translate("fv::Application",
                                                   "the file holds a NUL byte (U+0000), which is not text; "
                                                   "the file is damaged or not a JSON text file"));
                return;
            }
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    void value(const QString &path, int depth)
    {
        m_path = path;
        skipSpace();
        if (stopped() || atEnd() || depth > maxDepth) {
            m_broken = true;
            return;
        }
        const char c = peek();
        if (c == '{')
            object(path, depth);
        else if (c == '[')
            array(path, depth);
        else if (c == '"')
            (void)string(path);
        else
            scalar();
    }

    void object(const QString &path, int depth)
    {
        ++m_pos; // {
        QSet<QString> keys;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return;
        }
        while (!stopped()) {
            skipSpace();
            if (peek() != '"') {
                m_broken = true;
                return;
            }
            const std::optional<QString> key = string(path);
            if (!key)
                return;
            const QString keyPath = childPath(path, *key);
            if (keys.contains(*key)) {
                report(keyPath,
                       QCoreApplication::translate("fv::Application",
                                                   "the key %1 appears more than once in this object; "
                                                   "each key may appear only once")
                           .arg(quoted(*key)));
                return;
            }
            keys.insert(*key);
            skipSpace();
            if (peek() != ':') {
                m_broken = true;
                return;
            }
            ++m_pos;
            value(keyPath, depth + 1);
            skipSpace();
            if (stopped())
                return;
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}')
                ++m_pos;
            else
                m_broken = true;
            return;
        }
    }

    void array(const QString &path, int depth)
    {
        ++m_pos; // [
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return;
        }
        for (qsizetype i = 0; !stopped(); ++i) {
            value(indexPath(path, i), depth + 1);
            skipSpace();
            if (stopped())
                return;
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']')
                ++m_pos;
            else
                m_broken = true;
            return;
        }
    }

    void scalar()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0')
                return;
            ++m_pos;
        }
    }

    // Four hexadecimal digits after "\u", or -1.
    int hex4(qsizetype at) const
    {
        if (at + 4 > m_bytes.size())
            return -1;
        bool ok = false;
        const int v = QByteArray(m_bytes.sliced(at, 4).data(), 4).toInt(&ok, 16);
        return ok ? v : -1;
    }

    QString controlMessage(unsigned char c) const
    {
        if (c == 0)
            return QCoreApplication::translate(
                "fv::Application",
                "the text holds a NUL character (U+0000), which is not allowed in "
                "an application");
        return QCoreApplication::translate("fv::Application",
                                           "the text holds a raw control character (U+%1); a line break or tab "
                                           "must be written escaped (\\n, \\t)")
            .arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }

    static QString bidiMessage(char32_t c)
    {
        return QCoreApplication::translate(
                   "fv::Application",
                   "the text holds an invisible character that changes the writing "
                   "direction (U+%1); it could make the text read in another order "
                   "than it is written, so it is not allowed in an application")
            .arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }

    // A string's text (for keys), checking every character; `path` names where it stands.
    std::optional<QString> string(const QString &path)
    {
        const qsizetype start = ++m_pos; // "
        bool escaped = false;
        while (!atEnd()) {
            const auto c = static_cast<unsigned char>(m_bytes[m_pos]);
            if (c == '"') {
                ++m_pos;
                const QByteArray raw(m_bytes.sliced(start, m_pos - 1 - start).data(), m_pos - 1 - start);
                // "a" and "\u0061" are the same key: let Qt decode the escapes of a checked string.
                const QString text = escaped
                    ? QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString()
                    : QString::fromUtf8(raw);
                if (const auto bidi = firstBidiControl(text)) {
                    report(path, bidiMessage(*bidi));
                    return std::nullopt;
                }
                return text;
            }
            if (c < 0x20) {
                report(path, controlMessage(c));
                return std::nullopt;
            }
            if (c == '\\') {
                escaped = true;
                if (!escape(path))
                    return std::nullopt;
                continue;
            }
            ++m_pos;
        }
        m_broken = true;
        return std::nullopt;
    }

    // One escape at m_pos; checks \u escapes for NUL and for surrogates that do not pair up.
    bool escape(const QString &path)
    {
        if (m_pos + 1 >= m_bytes.size() || m_bytes[m_pos + 1] != 'u') {
            m_pos += 2;
            return true;
        }
        const int unit = hex4(m_pos + 2);
        if (unit < 0) {
            m_broken = true;
            return false;
        }
        m_pos += 6;
        if (unit == 0) {
            report(path, controlMessage(0));
            return false;
        }
        const bool high = unit >= 0xD800 && unit <= 0xDBFF;
        const bool low = unit >= 0xDC00 && unit <= 0xDFFF;
        if (high && m_pos + 1 < m_bytes.size() && m_bytes[m_pos] == '\\' && m_bytes[m_pos + 1] == 'u') {
            const int next = hex4(m_pos + 2);
            if (next >= 0xDC00 && next <= 0xDFFF) {
                m_pos += 6;
                return true;
            }
        }
        if (high || low) {
            report(path,
                   QCoreApplication::translate("fv::Application",
                                               "the text holds a lone UTF-16 surrogate (\\u%1), which is not "
                                               "a character; it would be stored as a different character")
                       .arg(QString::number(unit, 16).toUpper()));
            return false;
        }
        return true;
    }

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    QString m_path;
    std::optional<ValidationIssue> m_issue;
    bool m_broken = false;
};

} // namespace

std::optional<ValidationIssue> scanJsonText(QByteArrayView bytes)
{
    return Scanner(bytes).run();
}

} // namespace fv::detail
