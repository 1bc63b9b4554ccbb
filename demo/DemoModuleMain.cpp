// SPDX-License-Identifier: GPL-3.0-or-later
// The entry point of vanthu-demo.so (demo/api/DemoModule.h): the only object the module exports.
#include "demo/DemoPki.h"
#include "demo/DemoWorkspace.h"
#include "demo/api/DemoModule.h"

namespace vanthu::demo
{
namespace
{

class InstalledDemo final : public DemoModule
{
public:
    Result<DemoSummary> createWorkspace(const QString& directory, const DemoOptions& options) const override
    {
        return generateDemoWorkspace(directory, options);
    }
    std::optional<DemoSigningFiles> signingFiles(const QString& workspaceFolder) const override
    {
        const auto pki = demoPkiOf(workspaceFolder);
        if (!pki) {
            return std::nullopt;
        }
        return DemoSigningFiles{pki->leaderPkcs12, pki->agencyPkcs12, pki->signatureImage, pki->sealImage};
    }
};

} // namespace
} // namespace vanthu::demo

// The name carries DemoModuleVersion (1): change both together.
extern "C" __attribute__((visibility("default"))) const vanthu::demo::DemoModule* vanthu_demo_module_v1()
{
    static_assert(vanthu::demo::DemoModuleVersion == 1);
    static const vanthu::demo::InstalledDemo demo;
    return &demo;
}
