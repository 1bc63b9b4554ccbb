// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registers/RegisterService.h"

#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace vanthu::core
{
class Workspace;
}

namespace vanthu::gui
{

/**
 * A register printed on paper or written to a file, from the same table (Phụ lục IV's columns) the CLI exports.
 * Painting a year's register takes seconds, so it is painted off the GUI thread behind a progress dialog with Cancel.
 */
class RegisterOutput final
{
public:
    /**
     * Asks for a file (.pdf, .csv or .xlsx) and writes @p selection to it atomically; @p written gets the path once it
     * is on disk. A cancelled export leaves no file.
     */
    static void exportToFile(QWidget* parent, core::Workspace& workspace, const core::RegisterSelection& selection,
                             const std::function<void(const QString& path)>& written);

    /**
     * Paints @p selection as the printed register book, then shows the print dialog (landscape preset, like the
     * book) and prints page by page with a Cancel. @p printer: the printer to use; the tests pass one that writes a
     * PDF file.
     */
    static void print(QWidget* parent, core::Workspace& workspace, const core::RegisterSelection& selection,
                      QPrinter& printer);
};

} // namespace vanthu::gui
