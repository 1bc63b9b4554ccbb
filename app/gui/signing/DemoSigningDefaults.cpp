// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/signing/DemoSigningDefaults.h"

#include "app/gui/signing/CertificatePicker.h"
#include "app/gui/signing/SigningSettings.h"
#include "demo/api/DemoModule.h"

#include <QFileInfo>

namespace vanthu::gui
{

void useDemoSigningDefaults(const QString& workspaceFolder)
{
    // Only where the demo is installed: a production installation has no demo module and changes nothing.
    const auto installed = demo::demoModule();
    if (!installed) {
        return;
    }
    const auto pki = (*installed)->signingFiles(workspaceFolder);
    if (!pki) {
        return;
    }
    SigningSettings settings = SigningSettings::load();
    if (settings.signatureImagePath.isEmpty() || !QFileInfo::exists(settings.signatureImagePath)) {
        settings.signatureImagePath = pki->signatureImage;
    }
    if (settings.sealImagePath.isEmpty() || !QFileInfo::exists(settings.sealImagePath)) {
        settings.sealImagePath = pki->sealImage;
    }
    settings.save();
    CertificateChoice choice = CertificateChoice::load();
    if (!choice.isSet()) {
        choice.source = CertificateChoice::Source::Pkcs12File;
        choice.pkcs12Path = pki->leaderPkcs12;
        choice.save();
    }
    CertificateChoice agency = CertificateChoice::load(CertificateRole::Agency);
    if (!agency.isSet()) {
        agency.source = CertificateChoice::Source::Pkcs12File;
        agency.pkcs12Path = pki->agencyPkcs12;
        agency.save(CertificateRole::Agency);
    }
}

} // namespace vanthu::gui
