// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vanthu::test
{

/** Runs qpdf with @p arguments on @p input and returns the output file; fails the test when qpdf fails. */
[[nodiscard]] QByteArray qpdf(const QByteArray& input, const QStringList& arguments);
/** `qpdf --check` on @p pdf: empty when clean, else what qpdf said. */
[[nodiscard]] QString qpdfCheck(const QByteArray& pdf);
/** /Rotate of page @p index as qpdf's JSON reports it (-1 on failure). */
[[nodiscard]] int qpdfJsonPageRotation(const QByteArray& pdf, int index);

} // namespace vanthu::test
