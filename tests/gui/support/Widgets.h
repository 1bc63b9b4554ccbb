// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <catch2/catch.hpp>

#include <QString>
#include <QWidget>

namespace vanthu::test
{

/** The child of @p parent named @p name; fails the test when there is none. */
template <typename T>
T* child(QWidget* parent, const QString& name)
{
    T* widget = parent->findChild<T*>(name);
    REQUIRE(widget != nullptr);
    return widget;
}

} // namespace vanthu::test
