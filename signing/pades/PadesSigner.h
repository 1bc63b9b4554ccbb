// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/keys/Digest.h"
#include "signing/keys/SigningKey.h"
#include "signing/timestamp/TimestampClient.h"

#include <QByteArray>
#include <QDateTime>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace vanthu::signing
{

/** Where a visible signature goes and what it shows. */
struct VisibleSignature
{
    int pageIndex = 0; ///< 0-based
    QRectF rect;       ///< in PDF user space (points, origin bottom left): x, y of the lower-left corner, width, height
    /** A one-page PDF whose page is drawn, scaled to rect, as the widget's appearance. */
    QByteArray appearancePdf;
};

/** A text field filled in the same update as the signature (issuing: the number and the date). */
struct FieldFill
{
    QString name;
    QString value;
    /** A one-page PDF drawn, scaled to the field's widget, as its new appearance. */
    QByteArray appearancePdf;
};

/** An empty field created in the same update: what the records office fills when it issues the document. */
struct NewField
{
    enum class Kind
    {
        Text,
        Signature,
    };
    Kind kind = Kind::Text;
    QString name;
    int pageIndex = 0;
    QRectF rect;
    /** Signature fields: the fields its signature will lock (a SigFieldLock with /Action /Include). */
    QStringList locks;
};

/** What to sign and how. */
struct SignRequest
{
    DigestAlgorithm digest = DigestAlgorithm::Sha256;
    /** The claimed signing time, written to /M with its offset (+07:00 in Vietnam). */
    QDateTime signingTime;
    /** New field's name; empty = "Signature1", "Signature2", ... */
    QString fieldName;
    std::optional<VisibleSignature> visible;
    /**
     * Sign this prepared, empty signature field instead of adding a new one. Its widget keeps its page and /Rect;
     * the appearance of @c visible (if any) is drawn into that rectangle. A /Lock on the field becomes the signature's
     * FieldMDP reference.
     */
    QString preparedField;
    /** Empty fields created in the same update (their names must be new). */
    std::vector<NewField> newFields;
    /** Text fields filled in the same incremental update, before the signature covers them. */
    std::vector<FieldFill> fills;
    QString reason;
    QString location;
    QString contactInfo;
    /** Intermediate CA certificates (DER) to embed besides the key's own chain. */
    QList<QByteArray> extraCertificates;
    /** When set, the signature gets a timestamp (B-T); when empty, B-B. */
    Timestamper timestamper;
    /**
     * Certify the document with this DocMDP permission (ISO 32000-1 §12.8.2.2): 1 no changes, 2 form filling and
     * signing, 3 also annotations. Only the first signature of a document may certify.
     */
    std::optional<int> certification;
};

/**
 * The input's digest, having absorbed exactly the input with the request's algorithm. The signer asks for it only once
 * the update is prepared, so a hash that is still running elsewhere overlaps with parsing and preparing.
 */
using InputDigest = std::function<const DigestContext&()>;

/** The signed file and facts about what was written. */
struct SignedPdf
{
    /** The input (shared, not copied) and what the signature appends to it. */
    QByteArray original;
    QByteArray appendix;
    /** The whole signed file (a copy; writers use original and appendix directly). */
    [[nodiscard]] QByteArray pdf() const
    {
        return original + appendix;
    }
    QString fieldName;
    qint64 cmsBytes = 0;      ///< DER size of the CMS
    qint64 reservedBytes = 0; ///< size reserved for it in /Contents
    bool timestamped = false;
};

/**
 * Signs a PDF as PAdES baseline B-B (or B-T with a timestamper) in one incremental update: the input is a byte prefix
 * of the output, only the signature dictionary, the new field/widget and its appearance, the page whose /Annots grows
 * and the AcroForm are written, and the new cross-reference section has the input's flavour and a /Prev.
 * Errors: InvalidInput (damaged or encrypted PDF, page or field problems), Conflict (a certification forbids the
 * change, or certifying a document that is already signed),
 * plus whatever the key or the timestamp authority report.
 */
class PadesSigner
{
public:
    [[nodiscard]] static Result<SignedPdf> sign(const QByteArray& input, SigningKey& key, const SignRequest& request);
    /**
     * The same, with the input hashed by the caller (the signed bytes always begin with the whole input, so this work
     * can run while the key is being unlocked, and go on while the update is prepared).
     */
    [[nodiscard]] static Result<SignedPdf> sign(const QByteArray& input, SigningKey& key, const SignRequest& request,
                                                const InputDigest& inputDigest);
    /**
     * Adds a document timestamp (ETSI.RFC3161; PAdES B-LTA when validation data precede it) in one incremental
     * update: an invisible field whose /V is a /DocTimeStamp dictionary holding @p timestamper's token over the byte
     * ranges. Allowed on certified documents (an LTA update). Errors: as sign(), plus the timestamper's.
     */
    [[nodiscard]] static Result<SignedPdf> timestampDocument(const QByteArray& input, DigestAlgorithm digest,
                                                             const Timestamper& timestamper);
};

} // namespace vanthu::signing
