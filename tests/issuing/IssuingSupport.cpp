// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/issuing/IssuingSupport.h"

#include "render/DemoStamps.h"
#include "signing/nd30/Nd30Signature.h"
#include "tests/support/Drafts.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QImage>

namespace vanthu::test
{
namespace
{

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

} // namespace

LeaderSignedDecision::LeaderSignedDecision(SigningFixture& signing)
{
    auto rendered = render::renderOfficialDocument(unnumberedDecision(
        QStringLiteral("Về việc phê duyệt dự toán chi thường xuyên năm 2026"), QStringLiteral("Lê Văn Bình")));
    REQUIRE(rendered.has_value());
    draft = *rendered;
    auto key = signing.key(TestPki::Identity::LeaderRsa2048);
    auto signedPdf = signing::signNd30(draft, *key, leaderJob());
    INFO((signedPdf ? QString() : signedPdf.error().message).toStdString());
    REQUIRE(signedPdf.has_value());
    REQUIRE(signedPdf->preparedIssuing);
    pdf = signedPdf->pdf.pdf();
    seal = png(render::demoSealImage(QStringLiteral("Sở Nội vụ")));
}

signing::Nd30SignJob LeaderSignedDecision::leaderJob() const
{
    signing::Nd30SignJob job;
    job.appearance = signing::AppearanceKind::Leader;
    job.anchor = QStringLiteral("GIÁM ĐỐC");
    job.imageFile = png(render::demoSignatureImage());
    job.renderer = &renderer;
    job.request = SigningFixture::request();
    return job;
}

core::IssueRequest LeaderSignedDecision::request(SigningFixture& signing) const
{
    core::IssueRequest issue;
    issue.document.typeKey = QStringLiteral("quyet-dinh");
    issue.document.subject = QStringLiteral("Về việc phê duyệt dự toán chi thường xuyên năm 2026");
    issue.document.signerName = QStringLiteral("Lê Văn Bình");
    issue.document.signerPosition = QStringLiteral("Giám đốc");
    issue.document.recipients = {core::Recipient{QString(), QStringLiteral("Kho bạc Nhà nước Hà Nội")}};
    issue.signedByLeader = core::AttachmentInput{QStringLiteral("lanh-dao-ky.pdf"), pdf};
    issue.sealImage = seal;
    issue.signature = SigningFixture::request();
    issue.checks.trustAnchorsDer = {signing.pki().rootDer()};
    issue.checks.checkRevocationOnline = false;
    return issue;
}

} // namespace vanthu::test
