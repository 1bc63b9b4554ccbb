// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/pades/AppearanceRenderer.h"

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QString>

#include <mutex>

namespace vanthu::render
{

/**
 * The appearances of SignatureAppearance.h behind signing's interface. Needs a QGuiApplication. Thread-safe. The last
 * appearances drawn are kept: a records office seals document after document with the same seal, and the date
 * fields of one day repeat, so each is decoded and painted once (about two thirds of what issuing spent drawing).
 */
class QtAppearanceRenderer final : public signing::AppearanceRenderer
{
public:
    [[nodiscard]] Result<QSizeF> imageSize(const QByteArray& imageFile) const override;
    [[nodiscard]] Result<QByteArray> imageAppearance(const QByteArray& imageFile, QSizeF size) const override;
    [[nodiscard]] Result<QSizeF> attachmentTextSize(const QString& text) const override;
    [[nodiscard]] Result<QByteArray> attachmentTextAppearance(const QString& text, QSizeF size) const override;
    [[nodiscard]] Result<QByteArray> fieldTextAppearance(const QString& text, QSizeF size, bool italic) const override;

private:
    /** What was drawn: the image or text, the size asked for, and the result (an appearance, or a size). */
    struct Drawn
    {
        QByteArray source;
        QString kind;
        QSizeF size;
        QByteArray appearance;
        QSizeF measured;
    };
    [[nodiscard]] const Drawn* find(const QString& kind, const QByteArray& source, QSizeF size) const;
    void keep(Drawn drawn) const;

    mutable std::mutex m_mutex;
    mutable QList<Drawn> m_drawn; ///< newest last, at most a few
};

} // namespace vanthu::render
