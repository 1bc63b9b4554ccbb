// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace vanthu::render
{

/**
 * Stand-ins for a leader's scanned signature and an agency's seal, drawn by the program so the demo workspace and the
 * tests need no image files. Both are transparent PNG-ready ARGB images and say DEMO, so nobody mistakes them for
 * real ones. Need a QGuiApplication (text is drawn).
 */
[[nodiscard]] QImage demoSignatureImage();
/** A round red seal with @p agencyName around the rim, @p pixels wide. */
[[nodiscard]] QImage demoSealImage(const QString& agencyName, int pixels = 600);

} // namespace vanthu::render
