// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

namespace vanthu
{

/**
 * The result of a fallible function: a value or an Error. Modelled on C++23's std::expected<T, Error> with the
 * same member names, so moving to std::expected later is an alias. Bodies are trivial and stay in the header.
 */
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(const T& value) : m_state(std::in_place_index<0>, value)
    {
    }
    Result(T&& value) : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(const Error& error) : m_state(std::in_place_index<1>, error)
    {
    }
    Result(Error&& error) : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    [[nodiscard]] bool has_value() const
    {
        return m_state.index() == 0;
    }
    explicit operator bool() const
    {
        return has_value();
    }

    [[nodiscard]] T& value() &
    {
        assert(has_value());
        return std::get<0>(m_state);
    }
    [[nodiscard]] const T& value() const&
    {
        assert(has_value());
        return std::get<0>(m_state);
    }
    [[nodiscard]] T&& value() &&
    {
        assert(has_value());
        return std::get<0>(std::move(m_state));
    }
    [[nodiscard]] const Error& error() const
    {
        assert(!has_value());
        return std::get<1>(m_state);
    }

    T& operator*() &
    {
        return value();
    }
    const T& operator*() const&
    {
        return value();
    }
    T&& operator*() &&
    {
        return std::move(*this).value();
    }
    T* operator->()
    {
        return &value();
    }
    const T* operator->() const
    {
        return &value();
    }

private:
    std::variant<T, Error> m_state;
};

/** Result of a function that returns nothing on success. */
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error& error) : m_error(error), m_failed(true)
    {
    }
    Result(Error&& error) : m_error(std::move(error)), m_failed(true)
    {
    }

    [[nodiscard]] bool has_value() const
    {
        return !m_failed;
    }
    explicit operator bool() const
    {
        return has_value();
    }
    [[nodiscard]] const Error& error() const
    {
        assert(m_failed);
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace vanthu
