// SPDX-License-Identifier: GPL-3.0-or-later
// bench/issue: issuing 100 one-page leader-signed documents through core::IssueService (check the leader's signature,
// take the number, fill number and date, add the agency signature with the seal, check the result, store both
// versions with their reports in one transaction), with the agency key in a PKCS#12 file and on a SoftHSM2 token,
// beside the bare signing of the same documents (signNd30 alone, nothing checked or stored) in the same run.
//   vanthu-bench-issue [--documents N] [--dir FOLDER]
#include "bench/common/BenchSupport.h"
#include "core/Workspace.h"
#include "core/registers/AgencyService.h"
#include "core/registers/IssueService.h"
#include "render/DemoStamps.h"
#include "render/OfficialDocument.h"
#include "render/QtAppearanceRenderer.h"
#include "signing/keys/CertificateFile.h"
#include "signing/keys/SecretPrompt.h"
#include "signing/nd30/Nd30Signature.h"
#include "signing/pkcs11/Pkcs11Key.h"
#include "signing/pkcs12/Pkcs12Key.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace vanthu;
using namespace vanthu::bench;

namespace
{

constexpr double TargetSeconds = 3.0; // 100 documents through the use case with a PKCS#12 key, at most
constexpr auto SoftHsmModule = "/usr/lib/softhsm/libsofthsm2.so";

class FixedPin final : public signing::SecretPrompt
{
public:
    std::optional<signing::Secret> ask(const signing::SecretRequest&) override
    {
        return signing::Secret(QByteArrayLiteral("1234"));
    }
};

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

template <typename T>
T required(Result<T> result, const char* what)
{
    if (!result) {
        abortWith(
            QStringLiteral("%1: %2 (%3)").arg(QLatin1String(what), result.error().message, result.error().detail));
    }
    return std::move(*result);
}

void required(const Result<void>& result, const char* what)
{
    if (!result) {
        abortWith(
            QStringLiteral("%1: %2 (%3)").arg(QLatin1String(what), result.error().message, result.error().detail));
    }
}

/** A one-page Quyết định of Sở Nội vụ awaiting its number, distinct per @p index. */
QByteArray draft(int index)
{
    render::OfficialDocument document;
    document.parentAgency = QStringLiteral("UBND THÀNH PHỐ HÀ NỘI");
    document.agency = QStringLiteral("SỞ NỘI VỤ");
    document.codeLine = QStringLiteral("Số:        /QĐ-SNV");
    document.placeDateLine = QStringLiteral("Hà Nội, ngày      tháng      năm 2026");
    document.typeTitle = QStringLiteral("QUYẾT ĐỊNH");
    document.subject = QStringLiteral("Về việc giao chỉ tiêu biên chế công chức năm 2026, đợt %1").arg(index + 1);
    for (int paragraph = 0; paragraph < 8; ++paragraph) {
        document.paragraphs.append(
            QStringLiteral("Điều %1. Giao chỉ tiêu biên chế cho các cơ quan, tổ chức hành chính thuộc thành phố theo "
                           "danh sách kèm theo; thủ trưởng các đơn vị chịu trách nhiệm thi hành (văn bản %2).")
                .arg(paragraph + 1)
                .arg(index + 1));
    }
    document.signerPosition = QStringLiteral("GIÁM ĐỐC");
    document.signerName = QStringLiteral("Lê Văn Bình");
    document.recipients = {QStringLiteral("- Như Điều 3;"), QStringLiteral("- Lưu: VT, VP.")};
    return required(render::renderOfficialDocument(document), "render the draft");
}

std::unique_ptr<core::Workspace> freshWorkspace(const QString& folder)
{
    core::WorkspaceOptions options;
    options.create = true;
    options.actor = QStringLiteral("van-thu");
    auto workspace = required(core::Workspace::open(folder, options), "open the workspace");
    required(core::AgencyService(*workspace)
                 .initialise(core::AgencyProfile{QStringLiteral("Sở Nội vụ thành phố Hà Nội"),
                                                 QStringLiteral("UBND thành phố Hà Nội"), QStringLiteral("SNV"),
                                                 QStringLiteral("000.12.01.H26"), QStringLiteral("Hà Nội")}),
             "set up the agency");
    return workspace;
}

struct Run
{
    double seconds = 0;
    QString verdict;
};

Run issueAll(const QString& folder, const QList<QByteArray>& signedByLeader, const QByteArray& seal,
             const QByteArray& caDer, signing::SigningKey& key, const signing::AppearanceRenderer& renderer)
{
    auto workspace = freshWorkspace(folder);
    core::IssueService issuing(*workspace, renderer);
    core::IssueRequest request;
    request.document.typeKey = QStringLiteral("quyet-dinh");
    request.document.signerName = QStringLiteral("Lê Văn Bình");
    request.document.signerPosition = QStringLiteral("Giám đốc");
    request.document.recipients = {core::Recipient{QString(), QStringLiteral("Kho bạc Nhà nước Hà Nội")}};
    request.sealImage = seal;
    request.checks.trustAnchorsDer = {caDer};
    request.checks.checkRevocationOnline = false;
    Run run;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype index = 0; index < signedByLeader.size(); ++index) {
        request.document.subject = QStringLiteral("Về việc giao chỉ tiêu biên chế, đợt %1").arg(index + 1);
        request.signedByLeader = core::AttachmentInput{QStringLiteral("lanh-dao-ky.pdf"), signedByLeader.at(index)};
        auto issued = required(issuing.issue(request, key), "issue");
        run.verdict = signing::verdictName(issued.issuedCheck.verdict);
    }
    run.seconds = timer.nsecsElapsed() / 1e9;
    workspace->searchIndex().waitUntilIdle();
    return run;
}

double sealAll(const QList<QByteArray>& signedByLeader, const QByteArray& seal, signing::SigningKey& key,
               const signing::AppearanceRenderer& renderer)
{
    signing::Nd30SignJob job;
    job.appearance = signing::AppearanceKind::Agency;
    job.imageFile = seal;
    job.renderer = &renderer;
    job.issuingDate = QDate(2026, 12, 7);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype index = 0; index < signedByLeader.size(); ++index) {
        job.numberSymbol = QStringLiteral("%1/QĐ-SNV").arg(index + 1, 2, 10, QLatin1Char('0'));
        required(signing::signNd30(signedByLeader.at(index), key, job), "seal");
    }
    return timer.nsecsElapsed() / 1e9;
}

/** A SoftHSM2 token in @p folder holding the signer's key and certificate; returns false when SoftHSM2 is missing. */
bool makeToken(const Setup& setup, const QString& folder)
{
    if (!QFile::exists(QString::fromLatin1(SoftHsmModule))) {
        return false;
    }
    QDir().mkpath(folder + QStringLiteral("/tokens"));
    QFile config(folder + QStringLiteral("/softhsm2.conf"));
    config.open(QIODevice::WriteOnly | QIODevice::Truncate);
    config.write(
        (QStringLiteral("directories.tokendir = ") + folder + QStringLiteral("/tokens\nobjectstore.backend = file\n"))
            .toUtf8());
    config.close();
    qputenv("SOFTHSM2_CONF", config.fileName().toLocal8Bit());
    runStep(setup, {QStringLiteral("softhsm2-util"), QStringLiteral("--init-token"), QStringLiteral("--free"),
                    QStringLiteral("--label"), QStringLiteral("bench"), QStringLiteral("--so-pin"),
                    QStringLiteral("12345678"), QStringLiteral("--pin"), QStringLiteral("1234")});
    runStep(setup, {QStringLiteral("softhsm2-util"), QStringLiteral("--import"), setup.key, QStringLiteral("--token"),
                    QStringLiteral("bench"), QStringLiteral("--label"), QStringLiteral("agency"),
                    QStringLiteral("--id"), QStringLiteral("01"), QStringLiteral("--pin"), QStringLiteral("1234")});
    const QString der = setup.path(QStringLiteral("cert.der"));
    runStep(setup, {QStringLiteral("openssl"), QStringLiteral("x509"), QStringLiteral("-in"), setup.certificate,
                    QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"), der});
    runStep(setup, {QStringLiteral("pkcs11-tool"), QStringLiteral("--module"), QString::fromLatin1(SoftHsmModule),
                    QStringLiteral("--token-label"), QStringLiteral("bench"), QStringLiteral("--login"),
                    QStringLiteral("--pin"), QStringLiteral("1234"), QStringLiteral("--write-object"), der,
                    QStringLiteral("--type"), QStringLiteral("cert"), QStringLiteral("--id"), QStringLiteral("01"),
                    QStringLiteral("--label"), QStringLiteral("agency")});
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption documentsOption(QStringLiteral("documents"), QStringLiteral("documents (default 100)"),
                                             QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("work folder (default: temporary)"),
                                       QStringLiteral("FOLDER"));
    parser.addOptions({documentsOption, dirOption});
    parser.addHelpOption();
    parser.process(application);
    const int documents = positiveNumber(parser, documentsOption);
    QTemporaryDir temporary;
    Setup setup;
    setup.root = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(setup.root);
    setup.log = setup.path(QStringLiteral("bench.log"));
    makeKeys(setup);
    printMachine(setup);

    const QByteArray caDer =
        required(signing::readCertificateFile(setup.path(QStringLiteral("ca.pem"))), "read the CA").value(0);
    FixedPin pin;
    auto p12Key = required(signing::openPkcs12Key(setup.p12, pin), "open the PKCS#12 key");
    const render::QtAppearanceRenderer renderer;
    const QByteArray seal = png(render::demoSealImage(QStringLiteral("Sở Nội vụ")));

    // The leader signs each draft (not timed): prepared number and date fields, as VanThu's leader signature makes.
    signing::Nd30SignJob leader;
    leader.appearance = signing::AppearanceKind::Leader;
    leader.anchor = QStringLiteral("GIÁM ĐỐC");
    leader.imageFile = png(render::demoSignatureImage());
    leader.renderer = &renderer;
    QList<QByteArray> signedByLeader;
    qint64 bytes = 0;
    for (int index = 0; index < documents; ++index) {
        auto signedPdf = required(signing::signNd30(draft(index), *p12Key, leader), "leader's signature");
        signedByLeader.append(signedPdf.pdf.pdf());
        bytes += signedByLeader.back().size();
    }
    line("documents: %d one-page decisions signed by the leader, %.1f KB each on average", documents,
         bytes / 1024.0 / documents);

    const double bare = sealAll(signedByLeader, seal, *p12Key, renderer);
    line("floor, the agency signature alone (signNd30, nothing checked or stored), PKCS#12: %.2f s (%.1f ms each)",
         bare, bare * 1000 / documents);
    const Run p12 = issueAll(setup.path(QStringLiteral("ws-p12")), signedByLeader, seal, caDer, *p12Key, renderer);
    line("issuing through IssueService, PKCS#12 key: %.2f s for %d documents (%.1f ms each; target <= %.1f s for "
         "100): %s; last self-check %s",
         p12.seconds, documents, p12.seconds * 1000 / documents, TargetSeconds,
         p12.seconds * 100 / documents <= TargetSeconds ? "met" : "NOT met", qPrintable(p12.verdict));

    if (makeToken(setup, setup.path(QStringLiteral("softhsm")))) {
        signing::Pkcs11KeyRef ref{QString::fromLatin1(SoftHsmModule), QStringLiteral("bench"), QStringLiteral("01"),
                                  QString()};
        auto tokenKey = required(signing::Pkcs11Key::open(ref, pin), "open the SoftHSM2 key");
        const Run token =
            issueAll(setup.path(QStringLiteral("ws-softhsm")), signedByLeader, seal, caDer, *tokenKey, renderer);
        line("issuing through IssueService, SoftHSM2 token: %.2f s for %d documents (%.1f ms each); last self-check "
             "%s",
             token.seconds, documents, token.seconds * 1000 / documents, qPrintable(token.verdict));
    } else {
        line("SoftHSM2 is not installed (%s): no token figure", SoftHsmModule);
    }
    return 0;
}
