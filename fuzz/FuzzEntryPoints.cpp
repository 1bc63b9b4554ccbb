// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzz/FuzzEntryPoints.h"

#include "signing/pdf/FieldTree.h"
#include "signing/pdf/PdfFile.h"
#include "signing/pdf/PdfFilters.h"
#include "signing/pdf/PdfParser.h"
#include "signing/verify/CmsVerifier.h"
#include "signing/verify/Validation.h"

#include <QDateTime>

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

} // namespace vanthu::fuzz
