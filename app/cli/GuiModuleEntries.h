// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The functions vanthu-cli-gui.so exports, shared by the module and the program that loads it.

#include "signing/pades/AppearanceRenderer.h"

#include <QCoreApplication>
#include <QString>

namespace vanthu::cli
{

class CliContext;

using CreateGuiApplication = QCoreApplication* (*)(int& argc, char** argv);
using RunGuiCommand = int (*)(const QString& command, CliContext& context);
using GetAppearanceRenderer = const signing::AppearanceRenderer* (*)();

inline constexpr const char* CreateGuiApplicationName = "vanthu_cli_create_gui_application";
inline constexpr const char* RunGuiCommandName = "vanthu_cli_run_gui_command";
inline constexpr const char* GetAppearanceRendererName = "vanthu_cli_appearance_renderer";

} // namespace vanthu::cli
