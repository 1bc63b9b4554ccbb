// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Judges for signed PDFs that share no code with signing/: a raw ByteRange scanner and wrappers around tools we
// did not write (poppler's pdfsig, the openssl CLI, qpdf). Every tool runs in a throwaway temporary folder; file
// arguments are paths, PEM files hold one certificate each.

#include "common/Result.h"

#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace vanthu::test
{

/**
 * One `/ByteRange [a b c d]` found in the raw bytes of a file, with the hex string in its gap [a+b, c).
 * The scan is intentionally naive: it sees signature dictionaries written in the clear (as every signer writes
 * them) and none inside object streams.
 */
struct ByteRangeSignature
{
    qint64 a = 0;
    qint64 b = 0;
    qint64 c = 0;
    qint64 d = 0;
    /** The decoded `/Contents`, cut after the outer CMS element (DER or BER with indefinite lengths). */
    QByteArray cmsDer;
    /** Bytes [a, a+b) followed by [c, c+d): what the signature covers. Empty when the ranges leave the file. */
    QByteArray signedBytes;
    /** Offset of "/ByteRange" in the file. */
    qint64 offset = 0;
    /** Size of the decoded `/Contents` including its zero padding. */
    qint64 reservedBytes = 0;
    /** Empty when the ranges lie inside the file and the gap holds exactly one `<hex>` string; else why not. */
    QString problem;
};

/** Every `/ByteRange` of @p pdf in file order. */
[[nodiscard]] QList<ByteRangeSignature> findSignatures(const QByteArray& pdf);

/** One "Signature #N" block of pdfsig's report, fields as printed (empty when pdfsig left them out). */
struct PdfsigSignature
{
    QString fieldName;
    QString signerName; ///< "Signer Certificate Common Name"
    QString signerDistinguishedName;
    QString signingTime;
    QString hashAlgorithm;                     ///< "SHA-256", ...
    QString signatureType;                     ///< "adbe.pkcs7.detached", "ETSI.CAdES.detached", ...
    QString signatureValidation;               ///< "Signature is Valid.", "Digest Mismatch.", ...
    QString certificateValidation;             ///< trust it for the first signature only (stack-notes §9)
    QList<QPair<qint64, qint64>> signedRanges; ///< "[start - end]" as pdfsig prints them; end = start + length
    bool totalDocumentSigned = false;          ///< "Total document signed" (not "Not total document signed")
};

struct PdfsigReport
{
    int exitCode = -1;
    /** pdfsig's standard output followed by its standard error, or why it could not run. */
    QString output;
    QList<PdfsigSignature> signatures;

    /** True when there is at least one signature and every "Signature Validation" is "Signature is Valid.". */
    [[nodiscard]] bool allSignaturesValid() const;
};

/**
 * Runs `pdfsig -nssdir sql:DIR @p pdfPath` with a throwaway NSS database that trusts exactly the CA certificates
 * in the PEM files @p trustedCaPems (one certificate per file). @p extraArguments go before the file name.
 */
[[nodiscard]] PdfsigReport runPdfsig(const QString& pdfPath, const QStringList& trustedCaPems,
                                     const QStringList& extraArguments = {});

/**
 * `openssl cms -verify -binary -inform DER` of @p signature's CMS over its signed bytes, trusting only the CA in
 * the PEM file @p caPem (`-purpose any`), with intermediate certificates from @p untrustedPem if given.
 * Returns an empty string when the signature verifies, else the tool's output.
 */
[[nodiscard]] QString opensslCmsVerify(const ByteRangeSignature& signature, const QString& caPem,
                                       const QString& untrustedPem = {});

/**
 * `openssl ts -verify -token_in` of a document timestamp: @p signature's /Contents is an RFC 3161 token whose imprint
 * must be the hash of its signed bytes, and whose TSA must chain to the CA in @p caPem (intermediates and the TSA
 * certificate from @p untrustedPem). Returns an empty string when the token verifies, else the tool's output.
 */
[[nodiscard]] QString opensslTimestampVerify(const ByteRangeSignature& signature, const QString& caPem,
                                             const QString& untrustedPem);

/** Object identifiers of the CMS signed attributes that tests look for. */
namespace oid
{
inline constexpr QLatin1String ContentType{"1.2.840.113549.1.9.3"};
inline constexpr QLatin1String MessageDigest{"1.2.840.113549.1.9.4"};
inline constexpr QLatin1String SigningTime{"1.2.840.113549.1.9.5"};
inline constexpr QLatin1String SigningCertificate{"1.2.840.113549.1.9.16.2.12"};
inline constexpr QLatin1String SigningCertificateV2{"1.2.840.113549.1.9.16.2.47"};
} // namespace oid

/**
 * The dotted object identifiers of the CMS signed attributes in @p cmsDer, one list per SignerInfo (in encoded
 * order), read from `openssl cms -cmsout -print -inform DER`. A PAdES signature has exactly one SignerInfo;
 * podofosign 0.9.8, for one, writes two.
 */
[[nodiscard]] Result<QList<QStringList>> cmsSignedAttributeOids(const QByteArray& cmsDer);

/** `qpdf --check @p path`: empty when qpdf exits 0 without warnings, else its exit code and output. */
[[nodiscard]] QString qpdfCheck(const QString& path);

/**
 * Offsets just after each `%%EOF` marker of @p pdf and its end-of-line (CR, LF or CR LF), in file order. The
 * `%%EOF` that closes the first-page section of a linearized file (its trailer's /Prev points forward) is not a
 * revision end and is skipped.
 */
[[nodiscard]] QList<qint64> revisionEnds(const QByteArray& pdf);

/**
 * Checks the incremental-update chain of @p pdf: only whitespace follows the last revision end; every prefix
 * [0, E) for a revision end E passes qpdfCheck() on its own; each revision's `startxref` points inside that
 * revision at `xref` or at `N G obj` of an xref stream (/Type /XRef); a /XRefStm points at an xref stream; and from
 * the second revision on, the trailer (or xref-stream dictionary) has /Prev equal to the previous revision's
 * startxref. Returns an empty string when all holds, else what broke.
 */
[[nodiscard]] QString checkRevisionChain(const QByteArray& pdf);

/** True when @p before is a byte-for-byte prefix of @p after (equal counts). */
[[nodiscard]] bool isPrefix(const QByteArray& before, const QByteArray& after);

} // namespace vanthu::test
