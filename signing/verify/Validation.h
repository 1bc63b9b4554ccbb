// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace vanthu::signing
{

/** ETSI EN 319 102-1 main indication. */
enum class Indication
{
    TotalPassed,
    Indeterminate,
    TotalFailed,
};

/** ETSI EN 319 102-1 sub-indications VanThu reports (urn:etsi:019102:subindication:<NAME>). */
enum class SubIndication
{
    None,
    FormatFailure,
    HashFailure,
    SigCryptoFailure,
    Revoked,
    Expired,
    NotYetValid,
    NoCertificateChainFound,
    CertificateChainGeneralFailure,
    NoSigningCertificateFound,
    SigConstraintsFailure,
    OutOfBoundsNoPoe,
    TryLater,
    RevokedNoPoe,
    RevokedCaNoPoe,
    CryptoConstraintsFailure,      ///< an algorithm or key size below the policy, with no way out
    CryptoConstraintsFailureNoPoe, ///< below the policy now, and nothing proves the signature predates the cut-off
    ChainConstraintsFailure,       ///< a certificate of the chain may not serve this purpose (EKU, trust purpose)
    TimestampOrderFailure,         ///< timestamps that contradict each other or the signature
    NoPoe,                         ///< a proof of existence is needed and there is none
    SignedDataNotFound,            ///< the signed bytes cannot be found (e.g. eContent where a detached CMS belongs)
};

enum class PadesLevel
{
    NotPades, ///< e.g. adbe.pkcs7.detached, or CAdES attributes that break the baseline rules
    BB,
    BT,
    BLT,
    BLTA,
    DocumentTimestamp, ///< not a signature: a document timestamp (ETSI.RFC3161), what makes signatures before it B-LTA
};

/** What changed after a signature, ordered from harmless to forbidden (signing.md §6). */
enum class ModificationLevel
{
    None,
    LtaUpdates,
    FormFilling,
    Annotations,
    Other,
};

/** A rectangle of a page (0-based index, PDF user space) where a later revision may legitimately draw. */
struct ChangedArea
{
    int page = 0;
    QRectF rect;
};

/** Whether revocation was established for a signature's chain. */
enum class RevocationCheck
{
    NotNeeded,     ///< nothing to check (no chain: trust ignored, or the signature failed earlier)
    Checked,       ///< every certificate of the chain answered (document data or online)
    NotYetChecked, ///< offline pass: sources exist but were not asked; a yellow state, never shown as checked
    NoSource,      ///< a certificate names no OCSP responder or CRL and the document holds no answer for it
};

/** One algorithm the signature relies on and how the policy table (AlgorithmPolicy) judged it. */
struct AlgorithmUse
{
    QString what;      ///< "signature", "digest", "signer key", "CA key", "timestamp"...
    QString algorithm; ///< e.g. "RSA", "SHA-256", "ECDSA P-256"
    int keyBits = 0;   ///< 0 for digests
    bool acceptable = true;
    QString rule; ///< the policy row: its cut-off and source (ETSI TS 119 312, SOG-IS)
    /** Used by a timestamp token: judged at the time a later document timestamp proves, not the signature's. */
    bool ofTimestamp = false;
};

/** One fact the validator found, for people (translated) and for programs (a stable code). */
struct Finding
{
    QString code;    ///< e.g. "byte-range-gap", "page-content-changed"
    QString message; ///< in the current language
};

struct SignatureReport
{
    QString field;
    Indication indication = Indication::TotalFailed;
    SubIndication subIndication = SubIndication::None;
    bool integrity = false;           ///< ByteRange, digest and signature value all correct
    bool coversWholeDocument = false; ///< the signed ranges end at the end of the file
    ModificationLevel modificationLevel = ModificationLevel::None;
    PadesLevel padesLevel = PadesLevel::NotPades;
    QString signer; ///< common name of the signing certificate
    QString issuer; ///< its issuer's common name
    QString serialHex;
    QDateTime claimedTime;               ///< /M
    QDateTime timestampTime;             ///< genTime of the signature timestamp, when there is one
    bool certification = false;          ///< a certification signature (DocMDP, ISO 32000-1 §12.8.2.2)
    std::optional<int> docMdpPermission; ///< its DocMDP /P: 1 no changes, 2 form filling and signing, 3 + annotations
    bool changesPermitted = true;        ///< the changes after it are allowed (modification level, DocMDP, FieldMDP)
    QList<Finding> findings;
    /** Where pages may differ from the signed revision by what the analysis explains (widgets and annotations it
     *  lists as changed); empty for NONE and LTA_UPDATES. The rendering oracle compares pixels outside it. */
    QList<ChangedArea> changedAreas;
    /** The time used for freshness: the signature timestamp when there is one, else the claimed /M (signing.md). */
    QDateTime signingTime;
    /** The earliest proof of existence: the signature timestamp, or the earliest document timestamp covering it. */
    QDateTime proofOfExistence;
    /** The revocation status of every certificate of the chain was established (online or from the document). */
    RevocationCheck revocation = RevocationCheck::NotNeeded;
    /** The algorithms of the signature and its certificates, each with the policy row that judged it. */
    QList<AlgorithmUse> algorithms;
    /** The document's DSS answers for the signer's certificate (B-LT material, also under a B-B signature). */
    bool signerRevocationEmbedded = false;
    /** Where the signed bytes end (ByteRange[2] + ByteRange[3]): the revision it signed is the file cut there; -1 when
     *  the byte range is not four numbers. */
    qint64 signedEnd = -1;
};

enum class Verdict
{
    Valid,
    ValidWithAllowedChanges,
    Modified,
    Invalid,
    Indeterminate,
    NoSignature,
    /** Every signature is intact and trusted, but revocation was not yet asked (offline pass): yellow. */
    RevocationNotChecked,
};

struct ValidationReport
{
    Verdict verdict = Verdict::NoSignature;
    QList<SignatureReport> signatures;
    /** Revocation was asked online (OCSP/CRL) where the document's own data did not answer; false = offline pass. */
    bool online = false;
    /** The cross-reference data was missing or broken and was rebuilt by scanning, as viewers do (never VALID). */
    bool rebuilt = false;
    /** When the validation ran (UTC). */
    QDateTime validatedAt;
};

struct ValidationOptions
{
    /** Trust anchors (DER); certificates chaining to none of them are INDETERMINATE unless ignoreTrust. */
    QList<QByteArray> trustAnchorsDer;
    /** Leave certificate trust out of the verdict (forensic checks of documents from unknown PKIs). */
    bool ignoreTrust = false;
    /** The validation time when a signature has no timestamp; null = now. */
    QDateTime now;
    /**
     * Ask the OCSP responders (then the CRL distribution points) the chain's certificates name when the document's
     * own validation data (DSS) does not answer; off = only the document's data, else "not checked".
     */
    bool checkRevocationOnline = true;
    int revocationTimeoutSeconds = 10;
    /** Set by another thread to stop the validation early (the GUI's Cancel); the result is then Error Cancelled. */
    const std::atomic<bool>* cancel = nullptr;
    /** Anchors trusted for document signatures only (trust store purpose "document-signing"), DER. */
    QList<QByteArray> signingAnchorsDer;
    /** Anchors trusted for timestamps only (signature and document timestamps; purpose "timestamping"), DER. */
    QList<QByteArray> timestampAnchorsDer;
};

/**
 * Validates every signature of @p pdf: byte ranges, digest, CMS signature, PAdES attributes and level, the signer's
 * chain to the trust anchors at the signing time, the signature timestamp, and what changed in every later revision.
 * Errors: only when the file cannot be read as a PDF at all (a damaged signature is a report, not an error).
 */
[[nodiscard]] Result<ValidationReport> validatePdf(const QByteArray& pdf, const ValidationOptions& options = {});

/**
 * Options that trust what the trust stores of the workspace in @p workspaceFolder and of the user hold, each anchor
 * for its purpose (TrustStore::anchorsFor), and ask about revocation online. Reads the stores' files.
 */
[[nodiscard]] ValidationOptions trustStoreOptions(const QString& workspaceFolder);

/** Stable English names for reports and JSON: "TOTAL_PASSED", "HASH_FAILURE", "B-T", "FORM_FILLING", "VALID"... */
[[nodiscard]] QString indicationName(Indication indication);
[[nodiscard]] QString subIndicationName(SubIndication subIndication);
[[nodiscard]] QString padesLevelName(PadesLevel level);
[[nodiscard]] QString modificationLevelName(ModificationLevel level);
[[nodiscard]] QString verdictName(Verdict verdict);

} // namespace vanthu::signing
