// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace vanthu::demo
{

// The demo is a module of its own, vanthu-demo.so (package vanthu-demo), that a production installation leaves out.
// The front ends know only this folder: the interface below and its loader. Everything else of demo/ is linked into
// the module and nowhere else (tests/quality holds the arrows).

/** What to generate. */
struct DemoOptions
{
    int documentCount = 300;
    quint32 seed = 20200305; ///< same seed, same documents
    QDate lastDay;           ///< last day of the period; default: today in Vietnam
    int days = 365;          ///< length of the period ending on lastDay
    /** Called after each document with (done, total); return false to stop. */
    std::function<bool(int, int)> progress;
};

/** What was generated. */
struct DemoSummary
{
    int incoming = 0;
    int outgoing = 0;
    QString directory;
};

/** The demo keys and images of a demo workspace, which the window offers as signing defaults there. */
struct DemoSigningFiles
{
    QString leaderPkcs12;   ///< the demo leader's PKCS#12 key (to sign)
    QString agencyPkcs12;   ///< the demo agency's PKCS#12 key (to issue)
    QString signatureImage; ///< the demo signature image
    QString sealImage;      ///< the demo seal image
};

/**
 * What the demo module does for the front ends. A C++ interface, not a C ABI: the module is built in the same build
 * with the same compiler and Qt as the programs that load it, as vanthu-poppler.so and vanthu-cli-gui.so are
 * (decision 62). The entry point's name carries DemoModuleVersion, so a module of another interface does not load.
 */
class DemoModule
{
public:
    virtual ~DemoModule() = default;
    /**
     * Creates a demo workspace in @p directory (demo/DemoWorkspace.h). Needs a QGuiApplication. Errors: Conflict when
     * @p directory already holds a workspace; the services' errors otherwise.
     */
    [[nodiscard]] virtual Result<DemoSummary> createWorkspace(const QString& directory,
                                                              const DemoOptions& options) const = 0;
    /** The demo keys and images of the workspace in @p workspaceFolder, when it is a demo workspace. */
    [[nodiscard]] virtual std::optional<DemoSigningFiles> signingFiles(const QString& workspaceFolder) const = 0;
};

inline constexpr int DemoModuleVersion = 1;

/**
 * The demo module, loaded on first use. Errors: Unsupported "The demo is not installed" when vanthu-demo.so is in
 * none of the module folders (common/ModuleLoader.h); Unsupported naming the damaged module when it is there and
 * does not load.
 */
[[nodiscard]] Result<const DemoModule*> demoModule();

} // namespace vanthu::demo
