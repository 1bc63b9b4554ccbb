// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace vanthu::gui
{

/**
 * Remembers a window's layout between runs: its geometry, its toolbars and docks, the sizes of every named splitter in
 * it, and the column widths and sort order of every named table. Keys are the object names from the window down to the
 * child
 * ("mainWindow/incomingRegister/registerSplitter"), so two views of the same kind keep separate layouts.
 */
void restoreLayout(QWidget& window);
void saveLayout(const QWidget& window);

} // namespace vanthu::gui
