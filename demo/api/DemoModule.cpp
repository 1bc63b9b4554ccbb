// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/api/DemoModule.h"

#include "common/ModuleLoader.h"

#include <QCoreApplication>

namespace vanthu::demo
{
namespace
{

struct DemoModuleText
{
    Q_DECLARE_TR_FUNCTIONS(DemoModuleText)
};

const QString moduleFile = QStringLiteral("vanthu-demo.so");

} // namespace

Result<const DemoModule*> demoModule()
{
    if (!moduleInstalled(moduleFile)) {
        return Error{ErrorCode::Unsupported,
                     DemoModuleText::tr("The demo is not installed. Install the package vanthu-demo to use it."),
                     QStringLiteral("%1 is in no module folder").arg(moduleFile)};
    }
    using Entry = const DemoModule* (*)();
    const QByteArray symbol = "vanthu_demo_module_v" + QByteArray::number(DemoModuleVersion);
    auto entry = loadModuleSymbol(moduleFile, symbol.constData());
    if (!entry) {
        return entry.error();
    }
    return reinterpret_cast<Entry>(*entry)();
}

} // namespace vanthu::demo
