// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/signing/SigningSettings.h"
#include "app/gui/viewer/VerificationSettings.h"

#include <QDialog>
#include <QImage>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace vanthu::gui
{

/**
 * The signing settings: the personal signature image and the agency seal (chosen PNG/JPG files or, where the demo
 * module is installed, the demo images, with a preview), the default appearance, the anchor text, the seal's diameter
 * and the timestamp authority; and of verification, whether to work offline (VerificationSettings). Images are copied
 * into SigningSettings::imageFolder() only when the person confirms.
 */
class SigningSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SigningSettingsDialog(QWidget* parent = nullptr);

    /** Chooses the signature image (as the "Choose…" button does after the file dialog). */
    void setSignatureImageFile(const QString& path);
    void setSealImageFile(const QString& path);
    void useDemoSignature();
    void useDemoSeal();

public Q_SLOTS:
    void accept() override;

private:
    /** An image chosen in this dialog and not stored yet: a file, or a drawn image. */
    struct PendingImage
    {
        QString file;
        QImage image;
        bool changed = false;
    };
    QWidget* imageRow(const QString& title, const QString& objectName, QLabel*& preview, bool seal);
    void setImageFile(PendingImage& pending, QLabel* preview, const QString& path);
    void showPreview(QLabel* preview, const QImage& image);
    [[nodiscard]] Result<QString> store(const PendingImage& pending, const QString& name, const QString& current);

    SigningSettings m_settings;
    VerificationSettings m_verification;
    PendingImage m_signature;
    PendingImage m_seal;
    QLabel* m_signaturePreview = nullptr;
    QLabel* m_sealPreview = nullptr;
    QComboBox* m_appearance = nullptr;
    QLineEdit* m_anchor = nullptr;
    QDoubleSpinBox* m_sealDiameter = nullptr;
    QLineEdit* m_tsaUrl = nullptr;
    QCheckBox* m_workOffline = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace vanthu::gui
