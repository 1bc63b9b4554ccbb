// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/oracles/RenderingOracle.h"

#include <catch2/catch.hpp>

namespace vanthu::test
{
using namespace signing;

QList<int> RenderComparison::contradicted(const ValidationReport& report) const
{
    QList<int> found;
    for (const SignatureVisualCheck& check : signatures) {
        if (check.differs() && check.signature < report.signatures.size()
            && claimsNoHiddenChange(report.signatures[check.signature])) {
            found.append(check.signature);
        }
    }
    return found;
}

QString RenderComparison::describe(const ValidationReport& report) const
{
    QString text = QStringLiteral("rendering oracle, verdict %1:\n").arg(verdictName(report.verdict));
    for (const SignatureVisualCheck& check : signatures) {
        const SignatureReport& signature = report.signatures[check.signature];
        text += QStringLiteral("  #%1 %2: %3 %4, signed end %5 of %6 areas; ")
                    .arg(check.signature)
                    .arg(signature.field, indicationName(signature.indication),
                         modificationLevelName(signature.modificationLevel))
                    .arg(signature.signedEnd)
                    .arg(permittedAreas(signature).size());
        if (!check.rendererFailure.isEmpty()) {
            text += QStringLiteral("renderer failed (%1)\n").arg(check.rendererFailure);
            continue;
        }
        if (!check.differs()) {
            text += QStringLiteral("same pixels\n");
            continue;
        }
        text += QStringLiteral("differs:\n");
        for (const PageDifference& difference : check.differences) {
            text += QStringLiteral("    page %1: %2 pixels in x %3-%4, y %5-%6 at %7 dpi%8\n")
                        .arg(difference.page + 1)
                        .arg(difference.pixels)
                        .arg(difference.box.left())
                        .arg(difference.box.right())
                        .arg(difference.box.top())
                        .arg(difference.box.bottom())
                        .arg(check.dpi)
                        .arg(difference.wholePage ? QStringLiteral(" (page missing, resized or turned)") : QString());
        }
    }
    return text;
}

RenderComparison compareRevisions(const QByteArray& pdf, const ValidationReport& report, const PdftoppmOptions& options)
{
    return RenderComparison{compareSignedRevisions(pdf, report, pdftoppmRenderer(options), true)};
}

bool requireRenderingAgrees(const QByteArray& pdf, const ValidationReport& report)
{
    const RenderComparison comparison = compareRevisions(pdf, report);
    const QString described = comparison.describe(report);
    for (const SignatureVisualCheck& check : comparison.signatures) {
        if (!check.rendererFailure.isEmpty()) {
            WARN(described.toStdString());
            break;
        }
    }
    INFO(described.toStdString());
    const bool agrees = comparison.contradicted(report).isEmpty();
    CHECK(agrees);
    return agrees;
}

} // namespace vanthu::test
