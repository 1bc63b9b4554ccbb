// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/GuiModule.h"

#include "app/cli/CliContext.h"
#include "app/cli/GuiModuleEntries.h"
#include "common/ModuleLoader.h"

namespace vanthu::cli
{
namespace
{

const QString moduleFile = QStringLiteral("vanthu-cli-gui.so");

template <typename Function>
Result<Function> entry(const char* name)
{
    auto address = loadModuleSymbol(moduleFile, name);
    if (!address) {
        return address.error();
    }
    return reinterpret_cast<Function>(*address);
}

} // namespace

Result<std::unique_ptr<QCoreApplication>> createGuiApplication(int& argc, char** argv)
{
    auto create = entry<CreateGuiApplication>(CreateGuiApplicationName);
    if (!create) {
        return create.error();
    }
    return std::unique_ptr<QCoreApplication>((*create)(argc, argv));
}

int runGuiCommand(const QString& command, CliContext& context)
{
    auto run = entry<RunGuiCommand>(RunGuiCommandName);
    if (!run) {
        return context.fail(run.error());
    }
    return (*run)(command, context);
}

Result<const signing::AppearanceRenderer*> appearanceRenderer()
{
    auto renderer = entry<GetAppearanceRenderer>(GetAppearanceRendererName);
    if (!renderer) {
        return renderer.error();
    }
    return (*renderer)();
}

} // namespace vanthu::cli
