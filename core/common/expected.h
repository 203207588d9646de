#pragma once

#include "error.h"

#include <utility>
#include <variant>

namespace seqohs {

// A value or the errors that prevented it. Functions at the edges of the core (files, the
// workspace, imports) return this instead of throwing, so every caller must look at the errors.
template <typename T> class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_data(std::move(value))
    {
    }
    Expected(Error error)
        : m_data(ErrorList{std::move(error)})
    {
    }
    Expected(ErrorList errors)
        : m_data(std::move(errors))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    // By value, so that `for (x : *function())` keeps the value alive for the loop.
    T value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }

    // Equal only when both hold equal values: an error never equals a value.
    friend bool operator==(const Expected &a, const T &b) { return a.ok() && a.value() == b; }
    friend bool operator==(const Expected &a, const Expected &b)
    {
        return a.ok() && b.ok() && a.value() == b.value();
    }

    const ErrorList &errors() const { return std::get<1>(m_data); }
    const Error &error() const { return errors().front(); }
    QString errorString() const { return ok() ? QString() : joinErrors(errors()); }

private:
    std::variant<T, ErrorList> m_data;
};

// For operations that produce nothing but may fail.
struct Done
{
};
using Status = Expected<Done>;

inline Status success()
{
    return Done{};
}

} // namespace seqohs
