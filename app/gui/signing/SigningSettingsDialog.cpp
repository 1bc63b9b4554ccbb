// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/signing/SigningSettingsDialog.h"

#include "demo/api/DemoModule.h"
#include "render/DemoStamps.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace vanthu::gui
{

SigningSettingsDialog::SigningSettingsDialog(QWidget* parent)
    : QDialog(parent), m_settings(SigningSettings::load()), m_verification(VerificationSettings::load())
{
    setObjectName(QStringLiteral("signingSettingsDialog"));
    setWindowTitle(tr("Signing settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Your signature image:"),
                 imageRow(tr("Signature image"), QStringLiteral("signature"), m_signaturePreview, false));
    form->addRow(tr("Agency seal:"), imageRow(tr("Agency seal"), QStringLiteral("seal"), m_sealPreview, true));

    m_appearance = new QComboBox(this);
    m_appearance->setObjectName(QStringLiteral("defaultAppearanceCombo"));
    fillAppearanceCombo(m_appearance, m_settings.appearance);
    form->addRow(tr("Default &appearance:"), m_appearance);

    m_anchor = new QLineEdit(m_settings.anchor, this);
    m_anchor->setObjectName(QStringLiteral("anchorEdit"));
    m_anchor->setToolTip(
        tr("The signer's title printed in the document (e.g. CHỦ TỊCH): the signature goes below it."));
    form->addRow(tr("Signer's &title:"), m_anchor);

    m_sealDiameter = new QDoubleSpinBox(this);
    m_sealDiameter->setObjectName(QStringLiteral("sealDiameterSpin"));
    m_sealDiameter->setRange(10, 80);
    m_sealDiameter->setDecimals(0);
    m_sealDiameter->setSuffix(tr(" mm"));
    m_sealDiameter->setValue(m_settings.sealDiameterMillimetres);
    form->addRow(tr("Seal &diameter:"), m_sealDiameter);

    m_tsaUrl = new QLineEdit(m_settings.tsaUrl, this);
    m_tsaUrl->setObjectName(QStringLiteral("tsaUrlEdit"));
    m_tsaUrl->setPlaceholderText(tr("optional, e.g. http://tsa.example.vn/"));
    form->addRow(tr("&Timestamp server:"), m_tsaUrl);

    m_workOffline = new QCheckBox(tr("&Work offline (do not ask OCSP/CRL services)"), this);
    m_workOffline->setObjectName(QStringLiteral("workOfflineCheck"));
    m_workOffline->setChecked(m_verification.workOffline);
    m_workOffline->setToolTip(tr("When checking signatures, do not ask the certification authorities by yourself "
                                 "whether a certificate was revoked: the result then stays \"revocation not yet "
                                 "checked\" until you choose \"Check revocation online\"."));
    form->addRow(tr("Verification:"), m_workOffline);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SigningSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const auto stored = [](const QString& path) {
        return path.isEmpty() ? QImage() : QImage(path);
    };
    showPreview(m_signaturePreview, stored(m_settings.signatureImagePath));
    showPreview(m_sealPreview, stored(m_settings.sealImagePath));
}

QWidget* SigningSettingsDialog::imageRow(const QString& title, const QString& objectName, QLabel*& preview, bool seal)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    preview = new QLabel(row);
    preview->setObjectName(objectName + QStringLiteral("Preview"));
    preview->setFixedSize(200, 100);
    preview->setAlignment(Qt::AlignCenter);
    preview->setFrameShape(QFrame::StyledPanel);
    preview->setAccessibleName(title);
    auto* choose = new QPushButton(tr("Choose…"), row);
    choose->setObjectName(objectName + QStringLiteral("ChooseButton"));
    choose->setAccessibleName(tr("Choose %1").arg(title));
    // The demo images are offered only where the demo is installed; a production installation has no demo module.
    const bool demoInstalled = demo::demoModule().has_value();
    auto* demo = new QPushButton(tr("Use demo image"), row);
    demo->setObjectName(objectName + QStringLiteral("DemoButton"));
    demo->setAccessibleName(tr("Use the demo %1").arg(title));
    demo->setHidden(!demoInstalled);
    layout->addWidget(preview);
    layout->addWidget(choose);
    layout->addWidget(demo);
    layout->addStretch();
    connect(choose, &QPushButton::clicked, this, [this, title, seal] {
        const QString file = QFileDialog::getOpenFileName(this, title, QString(), tr("Images (*.png *.jpg *.jpeg)"));
        if (!file.isEmpty()) {
            seal ? setSealImageFile(file) : setSignatureImageFile(file);
        }
    });
    connect(demo, &QPushButton::clicked, this, [this, seal] { seal ? useDemoSeal() : useDemoSignature(); });
    return row;
}

void SigningSettingsDialog::showPreview(QLabel* preview, const QImage& image)
{
    if (image.isNull()) {
        preview->setPixmap(QPixmap());
        preview->setText(tr("(none)"));
        return;
    }
    preview->setPixmap(
        QPixmap::fromImage(image.scaled(preview->size() - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void SigningSettingsDialog::setSignatureImageFile(const QString& path)
{
    setImageFile(m_signature, m_signaturePreview, path);
}

void SigningSettingsDialog::setSealImageFile(const QString& path)
{
    setImageFile(m_seal, m_sealPreview, path);
}

void SigningSettingsDialog::setImageFile(PendingImage& pending, QLabel* preview, const QString& path)
{
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_message->setText(tr("%1 is not a PNG or JPEG image.").arg(path));
        return;
    }
    m_message->clear();
    pending = PendingImage{path, QImage(), true};
    showPreview(preview, image);
}

void SigningSettingsDialog::useDemoSignature()
{
    m_signature = PendingImage{QString(), render::demoSignatureImage(), true};
    showPreview(m_signaturePreview, m_signature.image);
}

void SigningSettingsDialog::useDemoSeal()
{
    m_seal = PendingImage{QString(), render::demoSealImage(QStringLiteral("CƠ QUAN MẪU")), true};
    showPreview(m_sealPreview, m_seal.image);
}

Result<QString> SigningSettingsDialog::store(const PendingImage& pending, const QString& name, const QString& current)
{
    if (!pending.changed) {
        return current;
    }
    return pending.file.isEmpty() ? SigningSettings::storeImage(pending.image, name)
                                  : SigningSettings::storeImage(pending.file, name);
}

void SigningSettingsDialog::accept()
{
    const QString tsa = m_tsaUrl->text().trimmed();
    if (!tsa.isEmpty() && QUrl(tsa).scheme() != QLatin1String("http")) {
        m_message->setText(tr("The timestamp server must be an http:// address."));
        return;
    }
    auto signature = store(m_signature, QStringLiteral("signature"), m_settings.signatureImagePath);
    if (!signature) {
        m_message->setText(signature.error().message);
        return;
    }
    auto seal = store(m_seal, QStringLiteral("seal"), m_settings.sealImagePath);
    if (!seal) {
        m_message->setText(seal.error().message);
        return;
    }
    m_settings.signatureImagePath = *signature;
    m_settings.sealImagePath = *seal;
    m_settings.appearance = selectedAppearance(m_appearance);
    m_settings.anchor = m_anchor->text().trimmed();
    m_settings.sealDiameterMillimetres = m_sealDiameter->value();
    m_settings.tsaUrl = tsa;
    m_settings.save();
    m_verification.workOffline = m_workOffline->isChecked();
    m_verification.save();
    QDialog::accept();
}

} // namespace vanthu::gui
