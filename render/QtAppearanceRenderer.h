// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/pades/AppearanceRenderer.h"

namespace vanthu::render
{

/** The appearances of SignatureAppearance.h behind signing's interface. Needs a QGuiApplication. */
class QtAppearanceRenderer final : public signing::AppearanceRenderer
{
public:
    [[nodiscard]] Result<QSizeF> imageSize(const QByteArray& imageFile) const override;
    [[nodiscard]] Result<QByteArray> imageAppearance(const QByteArray& imageFile, QSizeF size) const override;
    [[nodiscard]] Result<QSizeF> attachmentTextSize(const QString& text) const override;
    [[nodiscard]] Result<QByteArray> attachmentTextAppearance(const QString& text, QSizeF size) const override;
    [[nodiscard]] Result<QByteArray> fieldTextAppearance(const QString& text, QSizeF size, bool italic) const override;
};

} // namespace vanthu::render
