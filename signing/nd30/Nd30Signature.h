// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/keys/Digest.h"
#include "signing/pades/AppearanceRenderer.h"
#include "signing/pades/PadesSigner.h"
#include "signing/pades/SignaturePlacement.h"

#include <QByteArray>
#include <QDate>
#include <QRectF>
#include <QString>

#include <optional>

namespace vanthu::signing
{

/** The three appearances of Nghị định 30/2020 Phụ lục I, or none (an invisible signature). */
enum class AppearanceKind
{
    None,
    Leader,     ///< the leader's signature image in the signer's cell
    Agency,     ///< the red seal at its real size over the left third of the leader's signature
    Attachment, ///< "<number/symbol>; <time>" at the top right of page 1, no image
};

/** Names of the fields VanThu prepares for issuing; a validator's report shows them to the clerk. */
namespace issuing_fields
{
inline const QString Leader = QStringLiteral("LanhDao");
inline const QString Agency = QStringLiteral("CoQuan");
inline const QString Number = QStringLiteral("SoKyHieu");
inline const QString Day = QStringLiteral("NgayBanHanh_Ngay");
inline const QString Month = QStringLiteral("NgayBanHanh_Thang");
inline const QString Year = QStringLiteral("NgayBanHanh_Nam");
} // namespace issuing_fields

/** One signature as Nghị định 30 wants it on a document, independent of where the document's bytes come from. */
struct Nd30SignJob
{
    AppearanceKind appearance = AppearanceKind::None;
    /** Explicit place: page (0-based) and rectangle in points. Wins over the anchor and the defaults. */
    std::optional<int> pageIndex;
    std::optional<QRectF> rect;
    /** Text whose position places the leader's signature (the signer's title, e.g. "CHỦ TỊCH"). */
    QString anchor;
    QByteArray imageFile; ///< signature image or seal (PNG file contents)
    /** Paints appearances; required unless the appearance is None. */
    const AppearanceRenderer* renderer = nullptr;
    double sealDiameterMillimetres = 36.0;
    /** The document's number and symbol, e.g. "05/QĐ-UBND": the attachment text, or what issuing fills in. */
    QString numberSymbol;
    /** Issuing date (with an agency signature on a prepared document); null = not issuing. */
    QDate issuingDate;
    /**
     * With the leader's signature on an unsigned document: create, in the same update, the empty number and date
     * fields and the agency's signature field locking them, so the records office can issue the document later in
     * a way strict validators accept (see docs/decisions.md).
     */
    bool prepareIssuing = true;
    SignRequest request; ///< digest, time, reason, location, timestamper
};

/** What signNd30() made: the signed bytes and where the appearance went. */
struct Nd30Signed
{
    SignedPdf pdf;
    int pageIndex = -1;
    QRectF rect;
    bool preparedIssuing = false; ///< the issuing fields were created
    bool issued = false;          ///< number and date were filled and sealed
};

/**
 * Signs @p pdf with the appearance of @p job placed by the rules of Phụ lục I: a leader's signature under its anchor
 * (preparing the number and date fields on an unsigned document), the agency's seal over the leader's signature
 * filling the prepared number and date (issuing), or the attachment text at the top right. Bytes in, bytes out: the
 * caller decides where they come from and go. @p inputDigest, when given, is as PadesSigner::sign() takes it
 * (the digest of exactly @p pdf with job.request.digest); else the signer hashes @p pdf itself. Errors: InvalidInput
 * (placement, missing image or number, a symbol that differs from the one printed), Unsupported (issuing a document
 * signed without prepared fields), Conflict (issued already), and the signer's.
 */
[[nodiscard]] Result<Nd30Signed> signNd30(const QByteArray& pdf, SigningKey& key, const Nd30SignJob& job,
                                          const InputDigest& inputDigest = {});

/**
 * Where signNd30() would put the appearance of @p job on @p pdf: the prepared agency field, the explicit page and
 * rectangle, or the defaults of Phụ lục I. The desktop app previews it. Errors: those signNd30() reports for the
 * placement (anchor not found, no image, no leader's signature for the seal, an invisible signature).
 */
[[nodiscard]] Result<PagePlacement> nd30Placement(const Nd30SignJob& job, const QByteArray& pdf);

} // namespace vanthu::signing
