// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/signing/verify/VerifyTestSupport.h"

#include "signing/pades/PadesSigner.h"

#include <catch2/catch.hpp>

namespace vanthu::test
{
using namespace signing;
using namespace signing::pdf;

QByteArray signedFixture(SigningFixture& fixture, const QString& name, const std::optional<SignRequest>& request)
{
    auto key = fixture.key(TestPki::Identity::LeaderRsa2048);
    auto signedPdf =
        PadesSigner::sign(SigningFixture::fixturePdf(name), *key, request.value_or(SigningFixture::request()));
    REQUIRE(signedPdf.has_value());
    return signedPdf->pdf();
}

ValidationOptions trusting(SigningFixture& fixture)
{
    ValidationOptions options;
    options.trustAnchorsDer = {fixture.pki().rootDer()};
    return options;
}

ValidationReport validate(const QByteArray& pdf, const ValidationOptions& options)
{
    auto report = validatePdf(pdf, options);
    REQUIRE(report.has_value());
    return *report;
}

bool hasFinding(const SignatureReport& report, const char* code)
{
    return std::any_of(report.findings.begin(), report.findings.end(),
                       [code](const Finding& finding) { return finding.code == QLatin1String(code); });
}

SignRequest certifying(int permission)
{
    SignRequest request = SigningFixture::request();
    request.certification = permission;
    return request;
}

QByteArray signWith(SigningFixture& fixture, TestPki::Identity identity, const QByteArray& pdf,
                    const SignRequest& request)
{
    auto key = fixture.key(identity);
    auto signedPdf = PadesSigner::sign(pdf, *key, request);
    REQUIRE(signedPdf.has_value());
    return signedPdf->pdf();
}

QByteArray appendUpdate(const QByteArray& pdf, const std::function<void(PdfFile&, IncrementalUpdate&)>& edit)
{
    auto file = PdfFile::open(pdf);
    REQUIRE(file.has_value());
    IncrementalUpdate update(**file);
    edit(**file, update);
    return pdf + update.write().appendix;
}

std::pair<PdfRef, PdfObject> pageOf(PdfFile& file, int index)
{
    auto pages = file.pages();
    REQUIRE(pages.has_value());
    REQUIRE(static_cast<int>(pages->size()) > index);
    const PdfRef ref = (*pages)[static_cast<size_t>(index)];
    auto page = file.object(ref);
    REQUIRE(page.has_value());
    return {ref, *page};
}

QByteArray replacePageContent(const QByteArray& pdf)
{
    return appendUpdate(pdf, [](PdfFile& file, IncrementalUpdate& update) {
        auto [ref, page] = pageOf(file);
        const PdfRef content = update.allocate();
        update.putStream(content, PdfObject::dictionary(), QByteArray("BT /F1 24 Tf 72 700 Td (PAID) Tj ET"));
        page.set("Contents", PdfObject::reference(content));
        update.put(ref, page);
    });
}

QByteArray addFreeText(const QByteArray& pdf)
{
    return appendUpdate(pdf, [](PdfFile& file, IncrementalUpdate& update) {
        auto [ref, page] = pageOf(file);
        const PdfRef annotation = update.allocate();
        update.put(annotation, PdfObject::dictionary({
                                   {"Type", PdfObject::name("Annot")},
                                   {"Subtype", PdfObject::name("FreeText")},
                                   {"Rect", PdfObject::array({PdfObject::integer(100), PdfObject::integer(100),
                                                              PdfObject::integer(300), PdfObject::integer(150)})},
                                   {"Contents", PdfObject::string("overlay")},
                                   {"DA", PdfObject::string("/Helv 12 Tf 0 g")},
                               }));
        PdfObject annots = PdfObject::array();
        if (const PdfObject* existing = page.find("Annots")) {
            auto resolved = file.resolve(*existing);
            REQUIRE(resolved.has_value());
            annots = *resolved;
        }
        annots.arrayItems().push_back(PdfObject::reference(annotation));
        page.set("Annots", annots);
        update.put(ref, page);
    });
}

namespace
{

QByteArray xrefLine(qint64 offset, int generation, char kind)
{
    return QByteArray::number(offset).rightJustified(10, '0') + ' '
           + QByteArray::number(generation).rightJustified(5, '0') + ' ' + kind + " \n";
}

} // namespace

QByteArray appendRaw(const QByteArray& pdf, const RawUpdate& update)
{
    auto opened = PdfFile::open(pdf);
    REQUIRE(opened.has_value());
    PdfFile& file = **opened;
    QByteArray out = pdf;
    if (!out.endsWith('\n')) {
        out += '\n';
    }
    std::map<int, QByteArray> lines;
    if (update.allEntries) {
        lines[0] = xrefLine(0, 65535, 'f');
        for (const XrefSection& section : file.sections()) {
            for (const auto& [number, entry] : section.entries) {
                const XrefEntry* current = file.entry(number);
                REQUIRE(current->type != XrefEntry::Type::InObjectStream); // a classic table cannot say it
                if (number != 0 && current->type == XrefEntry::Type::InFile) {
                    lines.try_emplace(number, xrefLine(current->location, 0, 'n'));
                }
            }
        }
    }
    for (const auto& [number, offset] : update.entries) {
        lines[number] = xrefLine(offset, 0, 'n');
    }
    for (const auto& [number, body] : update.objects) {
        lines[number] = xrefLine(out.size(), 0, 'n');
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    for (const int number : update.freed) {
        lines[number] = xrefLine(0, 1, 'f');
    }
    const qint64 xref = out.size();
    out += "xref\n";
    for (auto run = lines.begin(); run != lines.end();) {
        auto end = run;
        int next = run->first;
        while (end != lines.end() && end->first == next) {
            ++end;
            ++next;
        }
        out += QByteArray::number(run->first) + ' ' + QByteArray::number(next - run->first) + '\n';
        for (; run != end; ++run) {
            out += run->second;
        }
    }
    const int size = std::max(file.objectCount(), lines.empty() ? 0 : lines.rbegin()->first + 1);
    PdfObject trailer = PdfObject::dictionary({{"Size", PdfObject::integer(size)}});
    for (const char* key : {"Root", "Info", "ID"}) {
        if (const PdfObject* value = file.trailer().find(key)) {
            trailer.set(key, *value);
        }
    }
    if (update.withPrevious) {
        trailer.set("Prev", PdfObject::integer(update.previous.value_or(file.lastXrefOffset())));
    }
    out += "trailer\n" + serialize(trailer) + "\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace vanthu::test
