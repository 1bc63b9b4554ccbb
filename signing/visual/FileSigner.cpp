// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/visual/FileSigner.h"

#include "core/common/AtomicFile.h"
#include "core/common/VietnamTime.h"
#include "render/SignatureAppearance.h"
#include "signing/pades/FormFields.h"
#include "signing/pades/SignaturePlacement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace vanthu::signing
{
namespace
{

struct FileSignerText
{
    Q_DECLARE_TR_FUNCTIONS(FileSignerText)
};

/** A leader's signature image is drawn about 40 mm wide, the space ND 30's signer block leaves for it. */
constexpr double leaderWidthMillimetres = 40.0;

Result<QByteArray> readInput(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return Error{ErrorCode::NotFound, FileSignerText::tr("The file %1 does not exist.").arg(path), QString()};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, FileSignerText::tr("The file %1 cannot be read.").arg(path), file.errorString()};
    }
    return file.readAll();
}

QSizeF leaderImageSize(const QImage& image)
{
    const double width = render::millimetresToPoints(leaderWidthMillimetres);
    const double aspect = image.isNull() || image.width() == 0 ? 0.5 : double(image.height()) / image.width();
    return QSizeF(width, width * aspect);
}

Result<PagePlacement> placeLeader(const FileSignJob& job, const QByteArray& pdf)
{
    if (job.anchor.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     FileSignerText::tr("Say where the leader's signature goes: a page and rectangle, or an anchor "
                                        "text such as the signer's title."),
                     QString()};
    }
    auto anchor = findAnchorText(pdf, job.anchor);
    if (!anchor) {
        return anchor.error();
    }
    return PagePlacement{anchor->pageIndex, leaderSignatureBelow(anchor->rect, leaderImageSize(job.image))};
}

Result<PagePlacement> placeSeal(const FileSignJob& job, const QByteArray& pdf)
{
    const double diameter = render::millimetresToPoints(job.sealDiameterMillimetres);
    auto fields = signatureFields(pdf);
    if (!fields) {
        return fields.error();
    }
    // The seal goes over the leader's signature: the last signed, visible signature on the document.
    for (auto it = fields->crbegin(); it != fields->crend(); ++it) {
        if (it->hasValue && it->pageIndex >= 0 && !it->rect.isEmpty()) {
            return PagePlacement{it->pageIndex, sealOverLeaderSignature(it->rect, diameter)};
        }
    }
    if (!job.anchor.isEmpty()) {
        auto leader = placeLeader(job, pdf);
        if (!leader) {
            return leader.error();
        }
        return PagePlacement{leader->pageIndex, sealOverLeaderSignature(leader->rect, diameter)};
    }
    return Error{ErrorCode::InvalidInput,
                 FileSignerText::tr("The document has no visible leader's signature to put the seal on; give a page "
                                    "and rectangle or an anchor text."),
                 QString()};
}

} // namespace

Result<FileSignResult> signFile(const FileSignJob& job, SigningKey& key)
{
    if (QFileInfo(job.outputPath).absoluteFilePath() == QFileInfo(job.inputPath).absoluteFilePath()) {
        return Error{ErrorCode::InvalidInput,
                     FileSignerText::tr("The signed file must not replace the original; choose another output file."),
                     QString()};
    }
    auto input = readInput(job.inputPath);
    if (!input) {
        return input.error();
    }
    SignRequest request = job.request;
    if (!request.signingTime.isValid()) {
        request.signingTime = QDateTime::currentDateTimeUtc();
    }
    // The time in the appearance and in /M are the same second.
    request.signingTime = request.signingTime.addMSecs(-request.signingTime.time().msec());

    if (job.appearance != AppearanceKind::None) {
        if ((job.appearance == AppearanceKind::Leader || job.appearance == AppearanceKind::Agency)
            && job.image.isNull()) {
            return Error{ErrorCode::InvalidInput,
                         FileSignerText::tr("This appearance needs an image (the signature or the seal, PNG)."),
                         QString()};
        }
        VisibleSignature visible;
        QSizeF textSize;
        QString text;
        if (job.appearance == AppearanceKind::Attachment) {
            if (job.numberSymbol.isEmpty()) {
                return Error{ErrorCode::InvalidInput,
                             FileSignerText::tr("The attachment signature needs the document's number and symbol."),
                             QString()};
            }
            text = job.numberSymbol + QStringLiteral("; ") + vietnamIsoTimestamp(request.signingTime);
            auto size = render::attachmentTextSize(text);
            if (!size) {
                return size.error();
            }
            textSize = *size;
        }
        if (job.rect) {
            visible.pageIndex = job.pageIndex.value_or(0);
            visible.rect = *job.rect;
        } else {
            Result<PagePlacement> placement = Error{};
            switch (job.appearance) {
            case AppearanceKind::Leader:
                placement = placeLeader(job, *input);
                break;
            case AppearanceKind::Agency:
                placement = placeSeal(job, *input);
                break;
            case AppearanceKind::Attachment: {
                const int page = job.pageIndex.value_or(0);
                auto size = pageSize(*input, page);
                if (!size) {
                    return size.error();
                }
                placement = PagePlacement{page, attachmentTopRight(*size, textSize)};
                break;
            }
            case AppearanceKind::None:
                break;
            }
            if (!placement) {
                return placement.error();
            }
            visible.pageIndex = placement->pageIndex;
            visible.rect = placement->rect;
        }
        auto appearance = job.appearance == AppearanceKind::Attachment
                              ? render::attachmentTextAppearance(text, visible.rect.size())
                              : render::imageAppearance(job.image, visible.rect.size());
        if (!appearance) {
            return appearance.error();
        }
        visible.appearancePdf = std::move(*appearance);
        request.visible = std::move(visible);
    }

    auto signedPdf = PadesSigner::sign(*input, key, request);
    if (!signedPdf) {
        return signedPdf.error();
    }
    if (auto written = writeFileAtomically(job.outputPath, signedPdf->pdf); !written) {
        return written.error();
    }
    FileSignResult result;
    result.outputPath = job.outputPath;
    result.fieldName = signedPdf->fieldName;
    result.bytes = signedPdf->pdf.size();
    result.timestamped = signedPdf->timestamped;
    if (request.visible) {
        result.pageIndex = request.visible->pageIndex;
        result.rect = request.visible->rect;
    }
    return result;
}

} // namespace vanthu::signing
