#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace fv {

// What went wrong, in words a caseworker can act on. `where` names the place
// (a file, a JSON path, a case number) when there is one.
struct Error
{
    QString message;
    QString where;

    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

// A value or an error; the core returns these instead of throwing or opening dialogs.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

struct Done
{
};

using Status = Result<Done>;

inline Status ok()
{
    return Done{};
}
inline Error fail(QString message, QString where = {})
{
    return Error{std::move(message), std::move(where)};
}

} // namespace fv
