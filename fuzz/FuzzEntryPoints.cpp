// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzz/FuzzEntryPoints.h"

#include "signing/pdf/FieldTree.h"
#include "signing/pdf/PdfFile.h"
#include "signing/pdf/PdfFilters.h"
#include "signing/pdf/PdfParser.h"
#include "signing/verify/CmsVerifier.h"
#include "signing/verify/Validation.h"
#include "signing/verify/VisualComparison.h"
#include "tests/support/oracles/PdftoppmRenderer.h"

#include <QDateTime>

#include <cstdio>
#include <cstdlib>

namespace vanthu::fuzz
{
using namespace signing::pdf;

namespace
{

signing::ValidationOptions offlineOptions()
{
    signing::ValidationOptions options;
    options.ignoreTrust = true;
    options.checkRevocationOnline = false;
    options.now = QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC);
    return options;
}

} // namespace

void verifyPdf(QByteArrayView data)
{
    (void)signing::validatePdf(data.toByteArray(), offlineOptions());
}

void parsePdf(QByteArrayView data)
{
    const QByteArray bytes = data.toByteArray();
    PdfParser values(bytes);
    for (int i = 0; i < 1000; ++i) {
        const qint64 before = values.position();
        if (!values.readObject() || values.position() <= before) {
            break;
        }
    }

    PdfLimits limits;
    limits.maxDecodedStreamBytes = 16 * 1024 * 1024;
    auto opened = PdfFile::open(bytes, limits);
    if (!opened) {
        return;
    }
    PdfFile& file = **opened;
    int visited = 0;
    for (const XrefSection& section : file.sections()) {
        for (const auto& entry : section.entries) {
            if (++visited > 2000) {
                break;
            }
            const int number = entry.first;
            auto object = file.indirect(number);
            if (object && (*object)->stream) {
                (void)file.streamData(number);
            }
            (void)file.resolve(PdfObject::reference(PdfRef{number, 0}));
        }
    }
    (void)file.pages();
    walkFields(file, acroFormFields(file), [](const FieldNode& node) { (void)node.name.size(); });
}

void decodeFilters(QByteArrayView data)
{
    if (data.size() < 4) {
        return;
    }
    const auto byte = [data](int i) {
        return static_cast<unsigned char>(data[i]);
    };
    static constexpr qint64 predictors[] = {1, 2, 10, 11, 12, 13, 14, 15, 3, 0};
    static constexpr qint64 bits[] = {8, 1, 2, 4, 16, 8, 3, 8};
    const qint64 predictor = predictors[byte(0) % 10];
    const qint64 colors = (byte(1) & 0x1f) + ((byte(1) & 0x80) ? 30 : 0);
    const qint64 bitsPerComponent = bits[byte(2) & 0x7];
    const qint64 columns = byte(3) == 0xff ? 1'000'000 : byte(3) == 0xfe ? 1'000'001 : byte(3) + 1;
    const bool twice = (byte(2) & 0x80) != 0;

    PdfObject parameters = PdfObject::dictionary();
    parameters.set("Predictor", PdfObject::integer(predictor));
    parameters.set("Colors", PdfObject::integer(colors));
    parameters.set("BitsPerComponent", PdfObject::integer(bitsPerComponent));
    parameters.set("Columns", PdfObject::integer(columns));
    PdfObject dictionary = PdfObject::dictionary();
    if (twice) {
        dictionary.set("Filter", PdfObject::array({PdfObject::name("FlateDecode"), PdfObject::name("FlateDecode")}));
        dictionary.set("DecodeParms", PdfObject::array({PdfObject(), parameters}));
    } else {
        dictionary.set("Filter", PdfObject::name("FlateDecode"));
        dictionary.set("DecodeParms", parameters);
    }
    constexpr qint64 cap = 4 * 1024 * 1024;
    QString error;
    const auto decoded = decodeStream(dictionary, data.sliced(4), cap, error);
    if (decoded && decoded->size() > cap) {
        std::abort(); // the cap is the point
    }
}

void verifyCmsDer(QByteArrayView data)
{
    static const QByteArray signedStart("%PDF-1.7 signed part one");
    static const QByteArray signedEnd("signed part two %%EOF");
    // A CMS on its own carries no document validation data (DSS).
    const signing::ValidationOptions options = offlineOptions();
    const auto verdict =
        signing::verify::verifyCms(data.toByteArray(), signedStart, signedEnd, options, options.now, {});
    (void)verdict.findings.size();
}

QString hiddenVisualChange(QByteArrayView data)
{
    const QByteArray bytes = data.toByteArray();
    const auto report = signing::validatePdf(bytes, offlineOptions());
    if (!report) {
        return {};
    }
    // Small drawings and short limits: each input that gets this far costs four poppler processes.
    test::PdftoppmOptions options;
    options.dpi = 50;
    options.maxPages = 4;
    options.limits = signing::ProcessLimits{4, 3, 512LL * 1024 * 1024};
    const auto checks = signing::compareSignedRevisions(bytes, *report, test::pdftoppmRenderer(options));
    for (const signing::SignatureVisualCheck& check : checks) {
        if (!check.differs()) {
            continue;
        }
        const signing::SignatureReport& signature = report->signatures[check.signature];
        const signing::PageDifference& first = check.differences.front();
        return QStringLiteral("signature %1 (%2, %3) differs on page %4: %5 pixels in x %6-%7, y %8-%9 at %10 dpi")
            .arg(check.signature)
            .arg(signing::indicationName(signature.indication),
                 signing::modificationLevelName(signature.modificationLevel))
            .arg(first.page + 1)
            .arg(first.pixels)
            .arg(first.box.left())
            .arg(first.box.right())
            .arg(first.box.top())
            .arg(first.box.bottom())
            .arg(options.dpi);
    }
    return {};
}

void verifyAndRender(QByteArrayView data)
{
    const QString difference = hiddenVisualChange(data);
    if (!difference.isEmpty()) {
        std::fprintf(stderr, "fuzz_verify_render: the verdict allows the changes but %s\n", qPrintable(difference));
        std::abort();
    }
}

} // namespace vanthu::fuzz
