// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/pades/AppearanceRenderer.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace vanthu::cli
{

class CliContext;

// The commands that paint (demo, export-register, visible signatures) need Qt Gui. Its application and the code that
// paints live in the module vanthu-cli-gui.so, loaded only by those commands, so every other command starts without
// Qt Gui and its libraries; the demo's own code is in the demo module (demo/api/DemoModule.h).

/** A QGuiApplication on the offscreen platform, made by the module. */
[[nodiscard]] Result<std::unique_ptr<QCoreApplication>> createGuiApplication(int& argc, char** argv);
/** Runs the module's command @p command ("export-register"). */
[[nodiscard]] int runGuiCommand(const QString& command, CliContext& context);
/** Qt's appearance painter; needs the application from createGuiApplication(). */
[[nodiscard]] Result<const signing::AppearanceRenderer*> appearanceRenderer();

} // namespace vanthu::cli
