// SPDX-License-Identifier: GPL-3.0-or-later
// Every input a fuzz target ever crashed, hung or ran out of memory on (tests/data/fuzz-regressions/) replayed
// through the same entry point (fuzz/FuzzEntryPoints.h) in the ordinary build: it must return. The file name's
// prefix names the target: verify-, parser-, filters-, cms-, render-. Seed corpora of the targets run too. A render-
// file is a verdict that allowed changes pixels contradict: it must no longer be one (the drawings agree).
#include "fuzz/FuzzEntryPoints.h"
#include "signing/verify/Validation.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>

namespace
{

using EntryPoint = void (*)(QByteArrayView);

bool isRenderFinding(const QString& name)
{
    return name.startsWith(QStringLiteral("render-")) || name.startsWith(QStringLiteral("fuzz_verify_render"));
}

EntryPoint entryFor(const QString& name)
{
    if (isRenderFinding(name)) {
        return vanthu::fuzz::verifyAndRender;
    }
    if (name.startsWith(QStringLiteral("verify-")) || name.startsWith(QStringLiteral("fuzz_verify"))) {
        return vanthu::fuzz::verifyPdf;
    }
    if (name.startsWith(QStringLiteral("parser-")) || name.startsWith(QStringLiteral("fuzz_pdf_parser"))) {
        return vanthu::fuzz::parsePdf;
    }
    if (name.startsWith(QStringLiteral("filters-")) || name.startsWith(QStringLiteral("fuzz_filters"))) {
        return vanthu::fuzz::decodeFilters;
    }
    if (name.startsWith(QStringLiteral("cms-")) || name.startsWith(QStringLiteral("fuzz_cms"))) {
        return vanthu::fuzz::verifyCmsDer;
    }
    return nullptr;
}

void replay(const QString& path, EntryPoint entry)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll();
    QElapsedTimer timer;
    timer.start();
    if (entry == vanthu::fuzz::verifyAndRender) {
        // The entry point aborts on a finding; here a finding fails the test and names the difference.
        const QString difference = vanthu::fuzz::hiddenVisualChange(input);
        INFO(difference.toStdString());
        CHECK(difference.isEmpty());
    } else {
        entry(input);
    }
    CHECK(timer.elapsed() < 30'000); // libFuzzer's -timeout is 10 s in the instrumented build
}

} // namespace

TEST_CASE("Every saved fuzzing finding returns without crashing", "[pdf][fuzz]")
{
    const QDir folder(QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/fuzz-regressions"));
    const QStringList names = folder.entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        if (name == QStringLiteral("README.md")) {
            continue;
        }
        INFO(name.toStdString());
        const EntryPoint entry = entryFor(name);
        REQUIRE(entry != nullptr); // every finding names its target
        replay(folder.filePath(name), entry);
    }
}

TEST_CASE("The seed corpora of the fuzz targets run through their entry points", "[pdf][fuzz]")
{
    const QDir corpora(QStringLiteral(VANTHU_SOURCE_DIR "/fuzz/corpus"));
    const QStringList targets = corpora.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    CHECK(targets.size() == 5);
    for (const QString& target : targets) {
        const EntryPoint entry = entryFor(target);
        REQUIRE(entry != nullptr);
        const QDir corpus(corpora.filePath(target));
        for (const QString& name : corpus.entryList(QDir::Files, QDir::Name)) {
            INFO((target + QLatin1Char('/') + name).toStdString());
            replay(corpus.filePath(name), entry);
        }
    }
}

TEST_CASE("Hundreds of empty revisions after a signature are each read once, and change nothing a reader sees",
          "[pdf][fuzz]")
{
    // 300 empty updates after one signature; 3,000 took more than two minutes when every later revision was
    // rebuilt through its whole chain for every signature. Each revision is now opened once (decision 40): the
    // figure is bench/verify's (30 signatures in 30 revisions), not a timing assertion here.
    QFile file(QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/fuzz-regressions/verify-many-revisions.pdf"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    vanthu::signing::ValidationOptions options;
    options.ignoreTrust = true;
    options.checkRevocationOnline = false;
    const auto report = vanthu::signing::validatePdf(file.readAll(), options);
    REQUIRE(report);
    REQUIRE(report->signatures.size() == 1);
    CHECK(report->signatures.front().modificationLevel == vanthu::signing::ModificationLevel::None);
    CHECK(report->signatures.front().indication == vanthu::signing::Indication::TotalPassed);
    CHECK(report->verdict == vanthu::signing::Verdict::Valid);
}
