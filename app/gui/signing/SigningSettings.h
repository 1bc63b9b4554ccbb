// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/signing/FileSigner.h"
#include "common/Result.h"

#include <QImage>
#include <QString>
#include <QStringList>

class QComboBox;

namespace vanthu::gui
{

/**
 * What the signing dialogs remember between runs, in QSettings under "signing/": paths and choices only, never a
 * PIN or a key. The signature image and the seal are copies in the application's data folder (storeImage()), so
 * moving or deleting the file first chosen does not break signing.
 */
struct SigningSettings
{
    QString signatureImagePath; ///< the leader's scanned signature (PNG/JPG)
    QString sealImagePath;      ///< the agency's seal
    signing::AppearanceKind appearance = signing::AppearanceKind::Leader;
    QString anchor; ///< the signer's title under which the leader's signature goes, e.g. "CHỦ TỊCH"
    QString tsaUrl; ///< optional RFC 3161 timestamp authority (PAdES B-T)
    double sealDiameterMillimetres = 36.0;
    QString pkcs11ModulePath; ///< the token's PKCS#11 module last used

    [[nodiscard]] static SigningSettings load();
    void save() const;

    /** Where stored images live: <AppDataLocation>/signing. */
    [[nodiscard]] static QString imageFolder();
    /**
     * Copies the image file @p source into imageFolder() as "<name>.<suffix>" atomically and returns the new path.
     * Errors: unreadable file, not an image, larger than 32 MiB, folder not writable.
     */
    [[nodiscard]] static Result<QString> storeImage(const QString& source, const QString& name);
    /** Stores @p image as "<name>.png" in imageFolder() atomically (the demo images). */
    [[nodiscard]] static Result<QString> storeImage(const QImage& image, const QString& name);

    /**
     * Fills what the settings decide in @p job for @p kind: the image (signature or seal), the anchor, the seal's
     * diameter, the renderer and the timestamp authority. Errors: the appearance needs an image that is not set or
     * cannot be read.
     */
    [[nodiscard]] Result<void> prepare(signing::FileSignJob& job, signing::AppearanceKind kind) const;
};

/** The appearances in a combo box (item data: the kind as int), @p current selected. */
void fillAppearanceCombo(QComboBox* combo, signing::AppearanceKind current);
[[nodiscard]] signing::AppearanceKind selectedAppearance(const QComboBox* combo);

/** The renderer of every visible signature the desktop app makes; callable from any thread, paints on the GUI thread.
 */
[[nodiscard]] const signing::AppearanceRenderer& appearanceRenderer();

/**
 * PKCS#11 modules to offer: those of Vietnamese tokens (signing.md §9: the Feitian ePass2003 family most CAs
 * rebrand, OpenSC) and SoftHSM2, where the file exists.
 */
[[nodiscard]] QStringList installedPkcs11Modules();

/** "<folder>/<input's base name>-ky.pdf", the default output of a signed file; @p folder empty = the input's folder. */
[[nodiscard]] QString signedFileName(const QString& input, const QString& folder = {});

} // namespace vanthu::gui
