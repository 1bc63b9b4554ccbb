// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/viewer/VerificationSettings.h"

#include "signing/verify/Validation.h"

#include <QSettings>

namespace vanthu::gui
{
namespace
{

const QString WorkOfflineKey = QStringLiteral("verification/workOffline");

} // namespace

VerificationSettings VerificationSettings::load()
{
    const QSettings settings;
    VerificationSettings loaded;
    loaded.workOffline = settings.value(WorkOfflineKey, false).toBool();
    return loaded;
}

void VerificationSettings::save() const
{
    QSettings settings;
    settings.setValue(WorkOfflineKey, workOffline);
}

signing::ValidationOptions verificationOptions(const QString& workspaceFolder)
{
    signing::ValidationOptions options = signing::trustStoreOptions(workspaceFolder);
    options.checkRevocationOnline = !VerificationSettings::load().workOffline;
    return options;
}

} // namespace vanthu::gui
