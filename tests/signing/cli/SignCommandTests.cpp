// SPDX-License-Identifier: GPL-3.0-or-later
// `vanthu-cli sign` end to end: the appearances of Nghị định 30 Phụ lục I as other tools render and read them, the
// PIN rules, batch signing, and the errors a clerk can meet.
#include "render/DemoStamps.h"
#include "signing/pdf/PdfFile.h"
#include "tests/signing/pkcs11/SoftHsmToken.h"
#include "tests/signing/support/SigningFixture.h"
#include "tests/support/Drafts.h"
#include "tests/support/oracles/SignatureOracles.h"
#include "tests/support/pki/LocalTsa.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRectF>
#include <QRegularExpression>
#include <QSet>

#include <map>

using namespace vanthu;
using vanthu::test::SigningFixture;
using vanthu::test::TestPki;

namespace
{

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonObject json() const
    {
        return QJsonDocument::fromJson(out).object();
    }
};

CliRun runCommand(const QStringList& arguments, const QByteArray& pin);

CliRun runCli(const QStringList& arguments, const QByteArray& pin = "1234")
{
    return runCommand(QStringList{QStringLiteral("sign")} + arguments, pin);
}

CliRun runCommand(const QStringList& arguments, const QByteArray& pin)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("VANTHU_PIN"));
    if (!pin.isNull()) {
        environment.insert(QStringLiteral("VANTHU_PIN"), QString::fromUtf8(pin));
    }
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(VANTHU_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    return CliRun{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QRectF rectOf(const QJsonObject& result)
{
    const QJsonArray rect = result.value(QStringLiteral("rect")).toArray();
    return QRectF(rect[0].toDouble(), rect[1].toDouble(), rect[2].toDouble(), rect[3].toDouble());
}

/** Page @p page rendered by poppler's pdftoppm at 72 dpi, so one pixel is one point. */
QImage renderPage(const QString& pdf, int page)
{
    const QString prefix = pdf + QStringLiteral(".render");
    QProcess process;
    process.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-f"),
                                               QString::number(page), QStringLiteral("-l"), QString::number(page),
                                               QStringLiteral("-singlefile"), QStringLiteral("-png"), pdf, prefix});
    REQUIRE(process.waitForFinished(60000));
    QImage image(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    return image;
}

/** Share of pixels in @p rect (PDF points, origin bottom left) for which @p predicate holds. */
template <typename Predicate>
double shareOfPixels(const QImage& page, const QRectF& rect, Predicate predicate)
{
    const QRect pixels(static_cast<int>(rect.left()), static_cast<int>(page.height() - rect.bottom()),
                       static_cast<int>(rect.width()), static_cast<int>(rect.height()));
    int hits = 0;
    int total = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x) {
            if (x < 0 || y < 0 || x >= page.width() || y >= page.height()) {
                continue;
            }
            ++total;
            hits += predicate(page.pixelColor(x, y)) ? 1 : 0;
        }
    }
    return total == 0 ? 0.0 : double(hits) / total;
}

bool isBlue(const QColor& colour)
{
    return colour.blue() > 150 && colour.red() < 100 && colour.green() < 120;
}

bool isRed(const QColor& colour)
{
    return colour.red() > 150 && colour.green() < 100 && colour.blue() < 100;
}

QString savePng(const QImage& image, const QString& path)
{
    REQUIRE(image.save(path, "PNG"));
    return path;
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

/** The box (PDF points, origin bottom left) of the last occurrence of @p word on page 1, read by pdftotext -bbox. */
QRectF lastWordBox(const QString& pdf, const QString& word)
{
    const QString html =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                                          QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    const QRegularExpression pattern(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QRectF box;
    for (auto it = pattern.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(5) == word) {
            const double top = match.captured(2).toDouble();
            const double bottom = match.captured(4).toDouble();
            box = QRectF(match.captured(1).toDouble(), 842 - bottom,
                         match.captured(3).toDouble() - match.captured(1).toDouble(), bottom - top);
        }
    }
    REQUIRE_FALSE(box.isNull());
    return box;
}

} // namespace

TEST_CASE("Leader signature under the anchor, seal over its left third, both valid and visible", "[cli][appearance]")
{
    SigningFixture fixture;
    const QString p12 = fixture.pki().identity(TestPki::Identity::LeaderRsa2048).p12;
    const QString agencyP12 = fixture.pki().identity(TestPki::Identity::AgencyRsa3072).p12;
    const QString signature = savePng(render::demoSignatureImage(), fixture.path(QStringLiteral("signature.png")));
    const QString seal = savePng(render::demoSealImage(QStringLiteral("UBND Thành phố Hà Nội")),
                                 fixture.path(QStringLiteral("seal.png")));
    const QString input = QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/lo-classic.pdf");
    const QString leader = fixture.path(QStringLiteral("leader.pdf"));
    const QString agency = fixture.path(QStringLiteral("agency.pdf"));

    const CliRun first = runCli({QStringLiteral("--in"), input, QStringLiteral("--out"), leader,
                                 QStringLiteral("--p12"), p12, QStringLiteral("--appearance"), QStringLiteral("leader"),
                                 QStringLiteral("--anchor"), QStringLiteral("CHỦ TỊCH"), QStringLiteral("--image"),
                                 signature, QStringLiteral("--json"), QStringLiteral("--no-issuing-fields")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QRectF leaderRect = rectOf(first.json());
    CHECK(first.json().value(QStringLiteral("page")).toInt() == 1);
    CHECK(leaderRect.width() == Approx(40 / 25.4 * 72).margin(0.1));
    // In the signer's block: below the title line "CHỦ TỊCH" that ends it, above the signer's name.
    const QRectF title = lastWordBox(input, QStringLiteral("TỊCH"));
    const QRectF name = lastWordBox(input, QStringLiteral("Nguyễn"));
    CHECK(leaderRect.bottom() <= title.top() + 0.5);
    CHECK(leaderRect.top() >= name.bottom() - 0.5);
    CHECK(leaderRect.center().x() > title.left());
    CHECK(leaderRect.center().x() < title.right() + 40);

    const CliRun second = runCli({QStringLiteral("--in"), leader, QStringLiteral("--out"), agency,
                                  QStringLiteral("--p12"), agencyP12, QStringLiteral("--appearance"),
                                  QStringLiteral("agency"), QStringLiteral("--image"), seal, QStringLiteral("--json")});
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    const QRectF sealRect = rectOf(second.json());
    // Real size: 36 mm by default. Overlap: the seal's right edge at the end of the signature's left third.
    CHECK(sealRect.width() == Approx(36 / 25.4 * 72).margin(0.1));
    CHECK(sealRect.right() == Approx(leaderRect.left() + leaderRect.width() / 3).margin(0.5));
    CHECK(sealRect.center().y() == Approx(leaderRect.center().y()).margin(0.5));

    QFile original(input);
    REQUIRE(original.open(QIODevice::ReadOnly));
    QFile leaderFile(leader);
    REQUIRE(leaderFile.open(QIODevice::ReadOnly));
    QFile agencyFile(agency);
    REQUIRE(agencyFile.open(QIODevice::ReadOnly));
    const QByteArray leaderBytes = leaderFile.readAll();
    CHECK(fixture.judge(original.readAll(), leaderBytes).toStdString() == "");
    CHECK(fixture.judge(leaderBytes, agencyFile.readAll()).toStdString() == "");

    // What poppler draws: blue strokes in the leader's box (also where the seal does not cover it), red in the seal's.
    const QImage page = renderPage(agency, 1);
    const QRectF uncoveredLeader(sealRect.right() + 2, leaderRect.top(), leaderRect.right() - sealRect.right() - 4,
                                 leaderRect.height());
    CHECK(shareOfPixels(page, uncoveredLeader, isBlue) > 0.01);
    CHECK(shareOfPixels(page, sealRect, isRed) > 0.05);
    CHECK(shareOfPixels(page, QRectF(0, 0, page.width(), leaderRect.top() - 40), isBlue) == 0.0);
}

TEST_CASE("Attachment signature shows number and ISO time at the top right in an embedded Vietnamese serif",
          "[cli][appearance]")
{
    SigningFixture fixture;
    const QString p12 = fixture.pki().identity(TestPki::Identity::AgencyRsa3072).p12;
    const QString input = QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/lo-2pages.pdf");
    const QString output = fixture.path(QStringLiteral("attachment.pdf"));
    const CliRun result =
        runCli({QStringLiteral("--in"), input, QStringLiteral("--out"), output, QStringLiteral("--p12"), p12,
                QStringLiteral("--appearance"), QStringLiteral("attachment"), QStringLiteral("--number"),
                QStringLiteral("05/QĐ-UBND"), QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QRectF rect = rectOf(result.json());
    CHECK(result.json().value(QStringLiteral("page")).toInt() == 1);
    CHECK(rect.right() > 595 * 0.6);   // right part of an A4 page
    CHECK(rect.bottom() > 842 * 0.85); // top band

    // pdftotext reads the stamp back from the top-right corner, diacritics included.
    const QString corner =
        run(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-x"),
             QString::number(int(rect.left()) - 2), QStringLiteral("-y"), QString::number(int(842 - rect.bottom()) - 2),
             QStringLiteral("-W"), QString::number(int(rect.width()) + 4), QStringLiteral("-H"),
             QString::number(int(rect.height()) + 4), output, QStringLiteral("-")});
    CHECK(corner.contains(
        QRegularExpression(QStringLiteral("05/QĐ-UBND; \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00"))));
    const QString fonts = run(QStringLiteral("pdffonts"), {output});
    CHECK(fonts.contains(QStringLiteral("LiberationSerif")));
    for (const QString& line : fonts.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("LiberationSerif"))) {
            CHECK(line.contains(QStringLiteral(" yes ")));
        }
    }
    QFile original(input);
    REQUIRE(original.open(QIODevice::ReadOnly));
    QFile signedFile(output);
    REQUIRE(signedFile.open(QIODevice::ReadOnly));
    CHECK(fixture.judge(original.readAll(), signedFile.readAll()).toStdString() == "");
}

TEST_CASE("PIN comes from VANTHU_PIN only, and wrong or missing PINs and bad files give clear exit codes", "[cli]")
{
    SigningFixture fixture;
    const QString p12 = fixture.pki().identity(TestPki::Identity::LeaderRsa2048).p12;
    const QString input = QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/lo-classic.pdf");
    const QString output = fixture.path(QStringLiteral("out.pdf"));
    const QStringList arguments{QStringLiteral("--in"),  input, QStringLiteral("--out"), output,
                                QStringLiteral("--p12"), p12};

    const CliRun wrong = runCli(arguments, "0000");
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.err.contains("VANTHU_PIN"));
    CHECK_FALSE(QFile::exists(output));

    const CliRun none = runCli(arguments, QByteArray());
    CHECK(none.exitCode != 0);
    CHECK(none.err.contains("VANTHU_PIN"));
    CHECK_FALSE(QFile::exists(output));

    const CliRun missing = runCli({QStringLiteral("--in"), fixture.path(QStringLiteral("nothing.pdf")),
                                   QStringLiteral("--out"), output, QStringLiteral("--p12"), p12});
    CHECK(missing.exitCode == 4);

    const CliRun overwrite =
        runCli({QStringLiteral("--in"), input, QStringLiteral("--out"), input, QStringLiteral("--p12"), p12});
    CHECK(overwrite.exitCode == 3);

    const CliRun bothKeys = runCli(arguments + QStringList{QStringLiteral("--pkcs11"), QStringLiteral("/x.so")});
    CHECK(bothKeys.exitCode == 2);

    const CliRun ok = runCli(arguments + QStringList{QStringLiteral("--json")});
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.json().value(QStringLiteral("level")).toString() == QStringLiteral("B-B"));
    // The PIN never reaches the output.
    CHECK_FALSE(ok.out.contains("1234"));
    CHECK_FALSE(ok.err.contains("1234"));
}

TEST_CASE("Batch signing signs every file with one PIN and reports the ones that fail", "[cli]")
{
    SigningFixture fixture;
    const QString p12 = fixture.pki().identity(TestPki::Identity::LeaderRsa2048).p12;
    QDir(fixture.path(QString())).mkpath(QStringLiteral("in"));
    QDir(fixture.path(QString())).mkpath(QStringLiteral("out"));
    QStringList files;
    for (int i = 0; i < 5; ++i) {
        const QString path = fixture.path(QStringLiteral("in/doc%1.pdf").arg(i));
        REQUIRE(QFile::copy(QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/lo-classic.pdf"), path));
        files << path;
    }
    const QString broken = fixture.path(QStringLiteral("in/broken.pdf"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\nthis is not a PDF body\n");
    }
    const CliRun result = runCli(QStringList{QStringLiteral("--p12"), p12, QStringLiteral("--out-dir"),
                                             fixture.path(QStringLiteral("out")), QStringLiteral("--json")}
                                 + files + QStringList{broken});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 3);
    CHECK(result.json().value(QStringLiteral("signed")).toInt() == 5);
    CHECK(result.json().value(QStringLiteral("failed")).toInt() == 1);
    for (int i = 0; i < 5; ++i) {
        QFile signedFile(fixture.path(QStringLiteral("out/doc%1.pdf").arg(i)));
        REQUIRE(signedFile.open(QIODevice::ReadOnly));
        CHECK(test::findSignatures(signedFile.readAll()).size() == 1);
    }
    CHECK_FALSE(QFile::exists(fixture.path(QStringLiteral("out/broken.pdf"))));
}

TEST_CASE("A TSA URL makes a B-T signature, and an unreachable TSA fails without writing the output", "[cli][tsa]")
{
    SigningFixture fixture;
    test::LocalTsa tsa(fixture.pki());
    const QString p12 = fixture.pki().identity(TestPki::Identity::LeaderRsa2048).p12;
    const QString input = QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/gs-classic.pdf");
    const QString output = fixture.path(QStringLiteral("bt.pdf"));
    const CliRun stamped =
        runCli({QStringLiteral("--in"), input, QStringLiteral("--out"), output, QStringLiteral("--p12"), p12,
                QStringLiteral("--tsa"), tsa.url(), QStringLiteral("--json")});
    INFO(stamped.err.toStdString());
    REQUIRE(stamped.exitCode == 0);
    CHECK(stamped.json().value(QStringLiteral("level")).toString() == QStringLiteral("B-T"));

    const QString failed = fixture.path(QStringLiteral("failed.pdf"));
    const CliRun unreachable =
        runCli({QStringLiteral("--in"), input, QStringLiteral("--out"), failed, QStringLiteral("--p12"), p12,
                QStringLiteral("--tsa"), test::LocalTsa::closedPortUrl()});
    CHECK(unreachable.exitCode == 8);
    CHECK(unreachable.err.contains("127.0.0.1"));
    CHECK_FALSE(QFile::exists(failed));
}

namespace
{

/** Object numbers whose entry the newest cross-reference section of @p pdf redefines (not new ones). */
std::map<int, std::pair<signing::pdf::PdfObject, signing::pdf::PdfObject>>
redefinedInLastRevision(const QByteArray& before, const QByteArray& after)
{
    auto old = signing::pdf::PdfFile::open(before);
    auto now = signing::pdf::PdfFile::open(after);
    REQUIRE(old.has_value());
    REQUIRE(now.has_value());
    std::map<int, std::pair<signing::pdf::PdfObject, signing::pdf::PdfObject>> changed;
    for (const auto& [number, entry] : (*now)->sections().front().entries) {
        if (number < (*old)->objectCount()) {
            auto previous = (*old)->object(signing::pdf::PdfRef{number, 0});
            auto current = (*now)->object(signing::pdf::PdfRef{number, 0});
            REQUIRE(previous.has_value());
            REQUIRE(current.has_value());
            changed.emplace(number, std::make_pair(*previous, *current));
        }
    }
    return changed;
}

QSet<QByteArray> changedKeys(const signing::pdf::PdfObject& before, const signing::pdf::PdfObject& after)
{
    QSet<QByteArray> keys;
    for (const auto& [key, value] : after.entries()) {
        const auto* old = before.find(key.constData());
        if (!old || signing::pdf::serialize(*old) != signing::pdf::serialize(value)) {
            keys.insert(key);
        }
    }
    for (const auto& [key, value] : before.entries()) {
        if (!after.find(key.constData())) {
            keys.insert(key);
        }
    }
    return keys;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Issuing fills the prepared number and date and seals them in one form-filling update", "[cli][issuing]")
{
    SigningFixture fixture;
    const QString leaderP12 = fixture.pki().identity(TestPki::Identity::LeaderRsa2048).p12;
    const QString agencyP12 = fixture.pki().identity(TestPki::Identity::AgencyRsa3072).p12;
    const QString signature = savePng(render::demoSignatureImage(), fixture.path(QStringLiteral("signature.png")));
    const QString seal =
        savePng(render::demoSealImage(QStringLiteral("Văn phòng UBND")), fixture.path(QStringLiteral("seal.png")));
    const QString input = QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/lo-classic.pdf");
    const QString leader = fixture.path(QStringLiteral("leader.pdf"));
    const QString issued = fixture.path(QStringLiteral("issued.pdf"));

    const CliRun signedByLeader =
        runCli({QStringLiteral("--in"), input, QStringLiteral("--out"), leader, QStringLiteral("--p12"), leaderP12,
                QStringLiteral("--appearance"), QStringLiteral("leader"), QStringLiteral("--anchor"),
                QStringLiteral("CHỦ TỊCH"), QStringLiteral("--image"), signature, QStringLiteral("--json")});
    INFO(signedByLeader.err.toStdString());
    REQUIRE(signedByLeader.exitCode == 0);
    CHECK(signedByLeader.json().value(QStringLiteral("preparedIssuing")).toBool());
    CHECK(signedByLeader.json().value(QStringLiteral("field")).toString() == QStringLiteral("LanhDao"));

    // The prepared fields are in the revision the leader signed: number, day, month (the year is printed).
    const QByteArray leaderBytes = readAll(leader);
    CHECK(leaderBytes.contains("/T(SoKyHieu)"));
    CHECK(leaderBytes.contains("/T(NgayBanHanh_Ngay)"));
    CHECK(leaderBytes.contains("/T(NgayBanHanh_Thang)"));
    CHECK_FALSE(leaderBytes.contains("/T(NgayBanHanh_Nam)"));
    CHECK(leaderBytes.contains("/Lock<</Type/SigFieldLock/Action/Include/Fields[(SoKyHieu)(NgayBanHanh_Ngay)"
                               "(NgayBanHanh_Thang)]>>"));

    // A number/date without the seal, or a seal without number/date, is refused: they belong to one update.
    const CliRun sealOnly =
        runCli({QStringLiteral("--in"), leader, QStringLiteral("--out"), issued, QStringLiteral("--p12"), agencyP12,
                QStringLiteral("--appearance"), QStringLiteral("agency"), QStringLiteral("--image"), seal});
    CHECK(sealOnly.exitCode == 3);
    const CliRun wrongSymbol =
        runCli({QStringLiteral("--in"), leader, QStringLiteral("--out"), issued, QStringLiteral("--p12"), agencyP12,
                QStringLiteral("--appearance"), QStringLiteral("agency"), QStringLiteral("--image"), seal,
                QStringLiteral("--number"), QStringLiteral("05/CV-UBND"), QStringLiteral("--date"),
                QStringLiteral("2026-03-05")});
    CHECK(wrongSymbol.exitCode == 3);
    CHECK(wrongSymbol.err.contains("QĐ-UBND"));
    CHECK_FALSE(QFile::exists(issued));

    const CliRun issuing =
        runCli({QStringLiteral("--in"), leader, QStringLiteral("--out"), issued, QStringLiteral("--p12"), agencyP12,
                QStringLiteral("--appearance"), QStringLiteral("agency"), QStringLiteral("--image"), seal,
                QStringLiteral("--number"), QStringLiteral("5/QĐ-UBND"), QStringLiteral("--date"),
                QStringLiteral("2026-03-05"), QStringLiteral("--json")});
    INFO(issuing.err.toStdString());
    REQUIRE(issuing.exitCode == 0);
    CHECK(issuing.json().value(QStringLiteral("issued")).toBool());
    CHECK(issuing.json().value(QStringLiteral("field")).toString() == QStringLiteral("CoQuan"));
    const QByteArray issuedBytes = readAll(issued);
    CHECK(fixture.judge(leaderBytes, issuedBytes).toStdString() == "");

    // What the clerk sees: "Số: 05/QĐ-UBND" and "ngày 05 tháng 3 năm 2026" (Phụ lục I: day with a leading zero,
    // month 3 without), read back by pdftotext.
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-l"),
                                                           QStringLiteral("1"), issued, QStringLiteral("-")});
    CHECK(text.contains(QRegularExpression(QStringLiteral("Số:\\s*05\\s*/QĐ-UBND"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("ngày\\s*05\\s*tháng\\s*3\\s*năm 2026"))));

    // The issuing update only fills fields: existing objects change only in /V, /AP and /Ff of the prepared
    // widgets; no page, catalog, AcroForm or content object is rewritten (form filling, signing.md §6 and §11).
    const auto changed = redefinedInLastRevision(leaderBytes, issuedBytes);
    CHECK(changed.size() == 4); // SoKyHieu, NgayBanHanh_Ngay, NgayBanHanh_Thang, CoQuan
    for (const auto& [number, versions] : changed) {
        INFO(signing::pdf::serialize(versions.second).left(200).toStdString());
        const auto* type = versions.first.find("FT");
        REQUIRE(type != nullptr);
        CHECK(versions.first.find("Subtype")->isName("Widget"));
        const QSet<QByteArray> keys = changedKeys(versions.first, versions.second);
        CHECK(keys.contains("V"));
        CHECK(keys.contains("AP"));
        CHECK((keys - QSet<QByteArray>{"V", "AP", "Ff"}).isEmpty());
    }

    // Our own validator agrees: the leader's signature sees only form filling, the agency's covers the whole file.
    const CliRun verified = runCommand({QStringLiteral("verify"), issued, QStringLiteral("--trust-anchor"),
                                        fixture.pki().rootCertPath(), QStringLiteral("--json")},
                                       QByteArray());
    INFO(verified.out.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.json().value(QStringLiteral("verdict")).toString() == QStringLiteral("VALID_WITH_ALLOWED_CHANGES"));
    const QJsonArray verifiedSignatures = verified.json().value(QStringLiteral("signatures")).toArray();
    REQUIRE(verifiedSignatures.size() == 2);
    CHECK(verifiedSignatures[0].toObject().value(QStringLiteral("field")).toString() == QStringLiteral("LanhDao"));
    CHECK(verifiedSignatures[0].toObject().value(QStringLiteral("modificationLevel")).toString()
          == QStringLiteral("FORM_FILLING"));
    CHECK(verifiedSignatures[0].toObject().value(QStringLiteral("indication")).toString()
          == QStringLiteral("TOTAL_PASSED"));
    CHECK(verifiedSignatures[1].toObject().value(QStringLiteral("coversWholeDocument")).toBool());
    CHECK(verifiedSignatures[1].toObject().value(QStringLiteral("padesLevel")).toString() == QStringLiteral("B-B"));
    CHECK(runCommand({QStringLiteral("verify"), input}, QByteArray()).exitCode == 2);
    CHECK(runCommand({QStringLiteral("verify"), fixture.path(QStringLiteral("none.pdf"))}, QByteArray()).exitCode == 3);

    // Issuing twice is refused.
    const CliRun again =
        runCli({QStringLiteral("--in"), issued, QStringLiteral("--out"), fixture.path(QStringLiteral("again.pdf")),
                QStringLiteral("--p12"), agencyP12, QStringLiteral("--appearance"), QStringLiteral("agency"),
                QStringLiteral("--image"), seal, QStringLiteral("--number"), QStringLiteral("6/QĐ-UBND"),
                QStringLiteral("--date"), QStringLiteral("2026-03-06")});
    CHECK(again.exitCode != 0);
}

TEST_CASE("A document signed without prepared fields cannot be given a number afterwards", "[cli][issuing]")
{
    SigningFixture fixture;
    const QString p12 = fixture.pki().identity(TestPki::Identity::LeaderRsa2048).p12;
    const QString seal =
        savePng(render::demoSealImage(QStringLiteral("Văn phòng UBND")), fixture.path(QStringLiteral("seal.png")));
    const QString input = QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/signed-by-pdfsig.pdf");
    const CliRun result =
        runCli({QStringLiteral("--in"), input, QStringLiteral("--out"), fixture.path(QStringLiteral("out.pdf")),
                QStringLiteral("--p12"), p12, QStringLiteral("--appearance"), QStringLiteral("agency"),
                QStringLiteral("--image"), seal, QStringLiteral("--rect"), QStringLiteral("300,200,100,100"),
                QStringLiteral("--number"), QStringLiteral("05/QĐ-UBND"), QStringLiteral("--date"),
                QStringLiteral("2026-03-05"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(result.exitCode == 10);
    CHECK(result.err.contains("strict validators"));
}

TEST_CASE("Signing on a PKCS#11 token (SoftHSM2) with the key of a test-CA certificate", "[cli][pkcs11]")
{
    SigningFixture fixture;
    const TestPki::Files& leader = fixture.pki().identity(TestPki::Identity::LeaderRsa2048);
    test::SoftHsmToken token;
    token.addKey(QStringLiteral("01"), QStringLiteral("leader"),
                 test::TestKeyMaterial{readAll(leader.keyPem), readAll(leader.certPem)});
    // Vietnamese CA tokens carry the issuing CA's certificate; the signature must embed it (PAdES B-B).
    token.addCertificate(QStringLiteral("ca01"), QStringLiteral("issuing CA"),
                         readAll(fixture.pki().intermediateCertPath()));
    const QString input = QStringLiteral(VANTHU_SOURCE_DIR "/tests/data/pdf/qpdf-linearized-objstm.pdf");
    QStringList files;
    for (int i = 0; i < 3; ++i) {
        files << fixture.path(QStringLiteral("doc%1.pdf").arg(i));
        REQUIRE(QFile::copy(input, files.last()));
    }
    QDir(fixture.path(QString())).mkpath(QStringLiteral("signed"));
    const QStringList keyArguments{QStringLiteral("--pkcs11"), test::SoftHsmToken::modulePath(),
                                   QStringLiteral("--token"),  token.label(),
                                   QStringLiteral("--key"),    QStringLiteral("01")};

    // What the clerk sees before choosing a key: the token, and the certificate with its key id, without a PIN.
    const CliRun listed = runCommand({QStringLiteral("tokens"), QStringLiteral("--pkcs11"),
                                      test::SoftHsmToken::modulePath(), QStringLiteral("--json")},
                                     QByteArray());
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    QJsonObject listedToken;
    for (const QJsonValue& entry : listed.json().value(QStringLiteral("tokens")).toArray()) {
        if (entry.toObject().value(QStringLiteral("initialized")).toBool()) {
            CHECK(listedToken.isEmpty()); // exactly one initialised token
            listedToken = entry.toObject();
        }
    }
    CHECK(listedToken.value(QStringLiteral("label")).toString() == token.label());
    const QJsonArray certificates = listedToken.value(QStringLiteral("certificates")).toArray();
    REQUIRE(certificates.size() == 2);
    bool leaderListed = false;
    for (const QJsonValue& certificate : certificates) {
        if (certificate.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("01")) {
            leaderListed =
                certificate.toObject().value(QStringLiteral("subject")).toString().contains(QStringLiteral("Nguyễn"));
        }
    }
    CHECK(leaderListed);

    const CliRun batch = runCli(
        keyArguments
            + QStringList{QStringLiteral("--out-dir"), fixture.path(QStringLiteral("signed")), QStringLiteral("--json")}
            + files,
        test::SoftHsmToken::Pin);
    INFO(batch.err.toStdString());
    REQUIRE(batch.exitCode == 0);
    CHECK(batch.json().value(QStringLiteral("signed")).toInt() == 3);
    const QByteArray original = readAll(input);
    for (int i = 0; i < 3; ++i) {
        CHECK(fixture.judge(original, readAll(fixture.path(QStringLiteral("signed/doc%1.pdf").arg(i)))).toStdString()
              == "");
    }

    // A token that carries only the signer's certificate: --chain supplies the intermediate to embed.
    token.addToken(QStringLiteral("vt-bare"));
    token.addKey(QStringLiteral("02"), QStringLiteral("leader"),
                 test::TestKeyMaterial{readAll(leader.keyPem), readAll(leader.certPem)}, QStringLiteral("vt-bare"));
    const QString chained = fixture.path(QStringLiteral("chained.pdf"));
    const CliRun withChain =
        runCli({QStringLiteral("--pkcs11"), test::SoftHsmToken::modulePath(), QStringLiteral("--token"),
                QStringLiteral("vt-bare"), QStringLiteral("--key"), QStringLiteral("02"), QStringLiteral("--chain"),
                fixture.pki().intermediateCertPath(), QStringLiteral("--in"), input, QStringLiteral("--out"), chained},
               test::SoftHsmToken::Pin);
    INFO(withChain.err.toStdString());
    REQUIRE(withChain.exitCode == 0);
    CHECK(fixture.judge(original, readAll(chained)).toStdString() == "");

    const CliRun wrongPin = runCli(keyArguments
                                       + QStringList{QStringLiteral("--in"), input, QStringLiteral("--out"),
                                                     fixture.path(QStringLiteral("x.pdf"))},
                                   "9999");
    CHECK(wrongPin.exitCode == 3);
    CHECK(wrongPin.err.contains("VANTHU_PIN"));
    const CliRun noToken =
        runCli({QStringLiteral("--pkcs11"), test::SoftHsmToken::modulePath(), QStringLiteral("--token"),
                QStringLiteral("no-such-token"), QStringLiteral("--key"), QStringLiteral("01"), QStringLiteral("--in"),
                input, QStringLiteral("--out"), fixture.path(QStringLiteral("y.pdf"))});
    CHECK(noToken.exitCode == 4);
    const CliRun noModule =
        runCli({QStringLiteral("--pkcs11"), fixture.path(QStringLiteral("missing.so")), QStringLiteral("--token"),
                token.label(), QStringLiteral("--key"), QStringLiteral("01"), QStringLiteral("--in"), input,
                QStringLiteral("--out"), fixture.path(QStringLiteral("z.pdf"))});
    CHECK(noModule.exitCode == 4);
    CHECK(noModule.err.contains("missing.so"));
}

TEST_CASE("Every widget of one signing update is on the page, also when the page's /Annots is an object of its own",
          "[cli][appearance][issuing]")
{
    // VanThu's own drafts (Qt's PDF writer) keep /Annots as an object of its own: the leader's signature, the three
    // issuing fields and the agency's empty field all go into it in one update, none may push another out.
    SigningFixture fixture;
    const render::OfficialDocument document =
        test::unnumberedDecision(QStringLiteral("Về việc ban hành Quy chế làm việc"), QStringLiteral("Trần Thị Hoa"));
    auto draft = render::renderOfficialDocument(document);
    REQUIRE(draft.has_value());
    const QString input = fixture.path(QStringLiteral("du-thao.pdf"));
    {
        QFile file(input);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(*draft) == draft->size());
    }
    {
        auto parsed = signing::pdf::PdfFile::open(*draft);
        REQUIRE(parsed.has_value());
        auto pages = (*parsed)->pages();
        REQUIRE(pages.has_value());
        auto page = (*parsed)->object(pages->front());
        REQUIRE(page.has_value());
        REQUIRE(page->find("Annots") != nullptr);
        REQUIRE(page->find("Annots")->isReference()); // the case this test is about
    }
    const QString signature = savePng(render::demoSignatureImage(), fixture.path(QStringLiteral("signature.png")));
    const QString output = fixture.path(QStringLiteral("ky.pdf"));
    const CliRun run =
        runCli({QStringLiteral("--in"), input, QStringLiteral("--out"), output, QStringLiteral("--p12"),
                fixture.pki().identity(TestPki::Identity::LeaderRsa2048).p12, QStringLiteral("--appearance"),
                QStringLiteral("leader"), QStringLiteral("--anchor"), QStringLiteral("GIÁM ĐỐC"),
                QStringLiteral("--image"), signature, QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.json().value(QStringLiteral("preparedIssuing")).toBool());

    auto parsed = signing::pdf::PdfFile::open(readAll(output));
    REQUIRE(parsed.has_value());
    auto pages = (*parsed)->pages();
    REQUIRE(pages.has_value());
    auto page = (*parsed)->object(pages->front());
    REQUIRE(page.has_value());
    auto annots = (*parsed)->resolve(*page->find("Annots"));
    REQUIRE(annots.has_value());
    QSet<QByteArray> names;
    for (const signing::pdf::PdfObject& item : annots->arrayItems()) {
        auto widget = (*parsed)->resolve(item);
        REQUIRE(widget.has_value());
        if (const signing::pdf::PdfObject* name = widget->find("T")) {
            names.insert(name->bytes());
        }
    }
    CHECK(names == QSet<QByteArray>{"LanhDao", "SoKyHieu", "NgayBanHanh_Ngay", "NgayBanHanh_Thang", "CoQuan"});
    // And poppler, which draws only what the page lists, shows the leader's blue signature in its box.
    CHECK(shareOfPixels(renderPage(output, 1), rectOf(run.json()), isBlue) > 0.01);
}
