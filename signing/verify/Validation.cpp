// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/Validation.h"

#include "signing/keys/TrustStore.h"
#include "signing/ltv/Dss.h"
#include "signing/pades/PdfText.h"
#include "signing/pdf/PdfFile.h"
#include "signing/verify/AlgorithmPolicy.h"
#include "signing/verify/ChangeAnalysis.h"
#include "signing/verify/CmsVerifier.h"
#include "signing/verify/ModificationPolicy.h"
#include "signing/verify/Revisions.h"
#include "signing/verify/SignatureLocator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

namespace vanthu::signing
{
using namespace pdf;
using namespace verify;

namespace
{

struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(ValidationText)
};

QDateTime parsePdfDate(const QByteArray& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^D:(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?([Z+-])?(\\d{2})?'?(\\d{2})?'?"));
    const auto match = pattern.match(QString::fromLatin1(text));
    if (!match.hasMatch()) {
        return {};
    }
    auto part = [&match](int index, int fallback) {
        return match.captured(index).isEmpty() ? fallback : match.captured(index).toInt();
    };
    const QDate date(part(1, 1), part(2, 1), part(3, 1));
    const QTime time(part(4, 0), part(5, 0), part(6, 0));
    int offset = 0;
    if (match.captured(7) == QLatin1String("+") || match.captured(7) == QLatin1String("-")) {
        offset = (part(8, 0) * 60 + part(9, 0)) * 60 * (match.captured(7) == QLatin1String("-") ? -1 : 1);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
}

void dedupe(QList<Finding>& findings)
{
    QList<Finding> unique;
    for (const Finding& finding : findings) {
        const bool seen = std::any_of(unique.begin(), unique.end(), [&finding](const Finding& other) {
            return other.code == finding.code && other.message == finding.message;
        });
        if (!seen) {
            unique.append(finding);
        }
    }
    findings = unique;
}

QString sourceOf(const RevocationAnswer& answer)
{
    const QString kind = answer.kind == RevocationAnswer::Kind::Crl ? QStringLiteral("CRL") : QStringLiteral("OCSP");
    return answer.fromDocument ? ValidationText::tr("%1 in the document").arg(kind)
                               : QStringLiteral("%1 %2").arg(kind, answer.source);
}

/** One certificate's revocation status; the first (worst) problem decides the indication (EN 319 102-1 §5.2.6). */
void applyRevocation(const CmsVerdict::ChainRevocation& entry, const QDateTime& signingTime, bool proven,
                     SignatureReport& report)
{
    const RevocationAnswer& answer = entry.answer;
    auto fail = [&report](Indication indication, SubIndication subIndication) {
        if (report.indication == Indication::TotalPassed) {
            report.indication = indication;
            report.subIndication = subIndication;
        }
    };
    switch (answer.status) {
    case RevocationAnswer::Status::NoSource:
        if (answer.sourceNamed) {
            report.findings.append(
                Finding{QStringLiteral("revocation-not-yet-checked"),
                        entry.isSigner ? ValidationText::tr("The revocation status of the signer's certificate has "
                                                            "not been checked yet (offline check; the certificate "
                                                            "names where to ask).")
                                       : ValidationText::tr("The revocation status of the certification authority "
                                                            "\"%1\" has not been checked yet (offline check).")
                                             .arg(entry.subject)});
        } else {
            report.findings.append(
                Finding{QStringLiteral("revocation-no-source"),
                        entry.isSigner ? ValidationText::tr("The signer's certificate names no service that tells "
                                                            "whether it was revoked, and the document holds no "
                                                            "answer: its revocation status cannot be checked.")
                                       : ValidationText::tr("The certificate of the certification authority \"%1\" "
                                                            "names no service that tells whether it was revoked, "
                                                            "and the document holds no answer.")
                                             .arg(entry.subject)});
        }
        break;
    case RevocationAnswer::Status::Good:
        report.findings.append(Finding{QStringLiteral("revocation-good"),
                                       entry.isSigner ? ValidationText::tr("The certification authority confirms "
                                                                           "that the certificate is not revoked "
                                                                           "(%1).")
                                                            .arg(sourceOf(answer))
                                                      : ValidationText::tr("The certificate of the certification "
                                                                           "authority \"%1\" is not revoked (%2).")
                                                            .arg(entry.subject, sourceOf(answer))});
        break;
    case RevocationAnswer::Status::Revoked: {
        const QString when = answer.revocationTime.toString(Qt::ISODate);
        if (answer.revocationTime.isValid() && answer.revocationTime <= signingTime) {
            fail(Indication::TotalFailed, SubIndication::Revoked);
            report.findings.append(
                Finding{QStringLiteral("revoked"),
                        entry.isSigner ? ValidationText::tr("The signer's certificate was revoked on %1, before the "
                                                            "signature.")
                                             .arg(when)
                                       : ValidationText::tr("The certificate of the certification authority \"%1\" "
                                                            "was revoked on %2, before the signature.")
                                             .arg(entry.subject, when)});
        } else if (proven) {
            report.findings.append(
                Finding{QStringLiteral("revoked-after-signing"),
                        entry.isSigner ? ValidationText::tr("The signer's certificate was revoked on %1, after the "
                                                            "timestamped signature.")
                                             .arg(when)
                                       : ValidationText::tr("The certificate of the certification authority \"%1\" "
                                                            "was revoked on %2, after the timestamped signature.")
                                             .arg(entry.subject, when)});
        } else {
            fail(Indication::Indeterminate,
                 entry.isSigner ? SubIndication::RevokedNoPoe : SubIndication::RevokedCaNoPoe);
            report.findings.append(
                Finding{QStringLiteral("revoked-no-proof"),
                        entry.isSigner ? ValidationText::tr("The signer's certificate has been revoked, and nothing "
                                                            "proves the signature is older than that.")
                                       : ValidationText::tr("The certificate of the certification authority \"%1\" "
                                                            "has been revoked, and nothing proves the signature is "
                                                            "older than that.")
                                             .arg(entry.subject)});
        }
        break;
    }
    case RevocationAnswer::Status::Unknown:
    case RevocationAnswer::Status::Unavailable:
        fail(Indication::Indeterminate, SubIndication::TryLater);
        if (answer.fromDocument) {
            report.findings.append(Finding{QStringLiteral("revocation-evidence-lapsed"),
                                           ValidationText::tr("The document's revocation answer for \"%1\" was "
                                                              "issued before the signing time and had lapsed by "
                                                              "then, so it does not count.")
                                               .arg(entry.subject)});
            break;
        }
        report.findings.append(Finding{QStringLiteral("revocation-unavailable"),
                                       ValidationText::tr("The revocation status of \"%1\" could not be obtained "
                                                          "from %2; try again later.")
                                           .arg(entry.subject, answer.source)});
        break;
    }
}

/** Whether every certificate of the chain got an answer, and if not, whether someone could have been asked. */
RevocationCheck revocationCheckOf(const QList<CmsVerdict::ChainRevocation>& revocations)
{
    if (revocations.isEmpty()) {
        return RevocationCheck::NotNeeded;
    }
    bool answered = true;
    bool askable = false;
    for (const CmsVerdict::ChainRevocation& entry : revocations) {
        const RevocationAnswer::Status status = entry.answer.status;
        if (status == RevocationAnswer::Status::Good || status == RevocationAnswer::Status::Revoked) {
            continue;
        }
        answered = false;
        askable = askable || entry.answer.sourceNamed || status != RevocationAnswer::Status::NoSource;
    }
    return answered ? RevocationCheck::Checked : askable ? RevocationCheck::NotYetChecked : RevocationCheck::NoSource;
}

/**
 * @p documentProof: the time of the earliest valid document timestamp that covers this signature (null: none), what
 * proves the signature existed then when nothing of its own does (EN 319 102-1 §5.6.2.4, past signature validation).
 */
SignatureReport validateOne(const QByteArray& pdf, PdfFile& file, const LocatedSignature& located,
                            const ValidationOptions& options, const ValidationData& documentData,
                            const ChangeReport& changes, const QDateTime& documentProof)
{
    SignatureReport report;
    report.field = located.field;
    if (const PdfObject* claimed = located.dictionary.find("M"); claimed && claimed->isString()) {
        report.claimedTime = parsePdfDate(claimed->bytes());
    }
    if (!checkByteRange(located, pdf, report.findings)) {
        report.indication = Indication::TotalFailed;
        report.subIndication = SubIndication::FormatFailure;
        return report;
    }
    const std::vector<qint64>& range = located.byteRange;
    const qint64 signedEnd = range[2] + range[3];
    PdfParser rest(pdf, signedEnd); // an EOL or a comment after the last %%EOF may lie outside the range
    rest.skipSpace();
    report.coversWholeDocument = rest.position() >= pdf.size();
    const QByteArrayView signedStart = QByteArrayView(pdf).sliced(range[0], range[1]);
    const QByteArrayView signedEndPart = QByteArrayView(pdf).sliced(range[2], range[3]);

    const bool cades = located.subFilter == "ETSI.CAdES.detached";
    const bool pkcs7 = located.subFilter == "adbe.pkcs7.detached";
    const bool documentTimestamp = located.isDocumentTimestamp && located.subFilter == "ETSI.RFC3161";
    if (located.isDocumentTimestamp && !documentTimestamp) {
        report.indication = Indication::TotalFailed;
        report.subIndication = SubIndication::FormatFailure;
        report.findings.append(Finding{QStringLiteral("sub-filter"),
                                       ValidationText::tr("The document timestamp format %1 is not supported.")
                                           .arg(QString::fromLatin1(located.subFilter))});
        return report;
    }
    if (!documentTimestamp && !cades && !pkcs7) {
        report.indication = Indication::TotalFailed;
        report.subIndication = SubIndication::FormatFailure;
        report.findings.append(
            Finding{QStringLiteral("sub-filter"), ValidationText::tr("The signature format %1 is not supported.")
                                                      .arg(QString::fromLatin1(located.subFilter))});
        return report;
    }
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    CmsVerdict cms = documentTimestamp ? verifyDocumentTimestamp(located.contentsBytes, signedStart, signedEndPart,
                                                                 options, documentProof)
                                       : verifyCms(located.contentsBytes, signedStart, signedEndPart, options, now,
                                                   documentData, report.claimedTime, documentProof);
    report.findings.append(cms.findings);
    report.signer = cms.signer;
    report.issuer = cms.issuer;
    report.serialHex = cms.serialHex;
    report.timestampTime = cms.timestampTime;
    report.integrity = cms.parsed && cms.digestMatches && cms.signatureValid;
    report.signingTime = cms.signingTime;
    report.proofOfExistence = documentProof; // for a document timestamp: what proves its own token's time
    if (!documentTimestamp) {
        report.proofOfExistence = cms.timestampValid ? cms.timestampTime : QDateTime();
        if (documentProof.isValid()
            && (!report.proofOfExistence.isValid() || documentProof < report.proofOfExistence)) {
            report.proofOfExistence = documentProof;
        }
    }
    report.algorithms = cms.algorithms;
    report.signerRevocationEmbedded = cms.signerRevocationEmbedded;

    report.findings.append(changes.findings);
    report.modificationLevel = changes.level;
    report.changedAreas = changes.changedAreas;
    const SignaturePermissions permissions = readPermissions(file, located);
    const PolicyResult policy = applyPolicy(permissions, changes);
    report.findings.append(policy.findings);
    report.certification = permissions.certification;
    if (permissions.certification) {
        report.docMdpPermission = permissions.docMdp;
    }
    report.changesPermitted = policy.allowed;

    if (documentTimestamp) {
        report.padesLevel = PadesLevel::DocumentTimestamp;
        report.findings.append(Finding{QStringLiteral("document-timestamp"),
                                       ValidationText::tr("This is a document timestamp of %1: it proves the document "
                                                          "existed in this form at %2.")
                                           .arg(cms.signer, cms.timestampTime.toString(Qt::ISODate))});
    } else if (cades && cms.padesAttributes && cms.singleSigner) {
        report.padesLevel = cms.hasTimestamp && cms.timestampValid ? PadesLevel::BT : PadesLevel::BB;
        if (report.padesLevel == PadesLevel::BT && cms.signerRevocationEmbedded) {
            report.padesLevel = PadesLevel::BLT; // B-LTA is decided once every document timestamp is known
        }
        if (const PdfObject* certificate = located.dictionary.find("Cert")) {
            Q_UNUSED(certificate)
            report.padesLevel = PadesLevel::NotPades; // /Cert must be absent in PAdES baseline
        }
    }

    if (!cms.parsed || !changes.signedPartEndsAtRevision || cms.signerCount < 1 || cms.contentEncapsulated) {
        // Content inside a detached CMS is FORMAT_FAILURE, not SIGNED_DATA_NOT_FOUND: the signed bytes are found,
        // but the CMS also signs something else, which no viewer shows (issue 12, forgery 5).
        report.indication = Indication::TotalFailed;
        report.subIndication = SubIndication::FormatFailure;
    } else if (!cms.digestMatches) {
        report.indication = Indication::TotalFailed;
        report.subIndication = SubIndication::HashFailure;
    } else if (!cms.signatureValid) {
        report.indication = Indication::TotalFailed;
        report.subIndication = SubIndication::SigCryptoFailure;
    } else if (!report.changesPermitted) {
        // EN 319 102-1 has no sub-indication of its own for this; VanThu's convention (signing.md §8).
        report.indication = Indication::TotalFailed;
        report.subIndication = SubIndication::FormatFailure;
        report.findings.append(Finding{QStringLiteral("modified-after-signing"),
                                       ValidationText::tr("The document was changed after this signature in a way "
                                                          "that is not allowed.")});
    } else if (cms.signingCertificateMismatch) {
        report.indication = Indication::Indeterminate;
        report.subIndication = SubIndication::NoSigningCertificateFound;
    } else if (cms.signersDiffer) {
        report.indication = Indication::Indeterminate;
        report.subIndication = SubIndication::SigConstraintsFailure;
    } else if (cms.hasTimestamp && !cms.timestampValid) {
        report.indication = Indication::Indeterminate;
        report.subIndication = SubIndication::SigConstraintsFailure;
    } else if (!cms.chainTrusted) {
        const bool failed =
            cms.chainProblem == SubIndication::Expired || cms.chainProblem == SubIndication::NotYetValid;
        report.indication = failed ? Indication::TotalFailed : Indication::Indeterminate;
        report.subIndication = cms.chainProblem;
    } else {
        report.indication = Indication::TotalPassed;
        // A revocation is judged at the proven time (the timestamp, else a document timestamp that covers the
        // signature, else now); the claimed time only decides which evidence is fresh enough (CmsVerifier), since
        // the signer could have claimed any time.
        const bool proven = report.proofOfExistence.isValid();
        const QDateTime provenTime = proven ? report.proofOfExistence : now;
        for (const CmsVerdict::ChainRevocation& revocation : cms.revocations) {
            applyRevocation(revocation, provenTime, proven, report);
        }
        if (!documentTimestamp && !cms.timestampValid && documentProof.isValid()) {
            report.findings.append(Finding{QStringLiteral("proof-from-document-timestamp"),
                                           ValidationText::tr("The signature has no timestamp of its own; the "
                                                              "document timestamp of %1 proves it existed then, so "
                                                              "its certificates are judged at that time.")
                                               .arg(documentProof.toString(Qt::ISODate))});
        }
        report.revocation = revocationCheckOf(cms.revocations);
    }
    // What a reader shows depends on how it repairs the file: nothing here can be relied on as shown.
    if (changes.needsRebuilding && report.indication == Indication::TotalPassed) {
        report.indication = Indication::Indeterminate;
        report.subIndication = SubIndication::FormatFailure;
    }
    dedupe(report.findings);
    return report;
}

/**
 * B-LT signatures become B-LTA when a valid document timestamp, later than the signature, covers a revision whose
 * DSS holds validation data (EN 319 142-1 §6.2.4).
 */
void markArchivedSignatures(Revisions& revisions, const std::vector<qint64>& signedEnds, ValidationReport& report)
{
    std::vector<qint64> archivingEnds; // signed ends of valid document timestamps that cover a DSS
    for (qsizetype i = 0; i < report.signatures.size(); ++i) {
        const SignatureReport& candidate = report.signatures[i];
        if (candidate.padesLevel != PadesLevel::DocumentTimestamp || !candidate.integrity
            || candidate.indication != Indication::TotalPassed || signedEnds[i] <= 0) {
            continue;
        }
        const std::optional<qint64> revisionEnd = revisions.revisionCoveredBy(signedEnds[i]);
        auto covered = revisionEnd ? revisions.revision(*revisionEnd) : Result<PdfFile*>(PdfFile::damaged({}));
        if (covered && !readDss(**covered).isEmpty()) {
            archivingEnds.push_back(signedEnds[i]);
        }
    }
    for (qsizetype i = 0; i < report.signatures.size(); ++i) {
        SignatureReport& signature = report.signatures[i];
        // B-B with the signer's validation data in the DSS: a later document timestamp gives it the T (EN 319 142-1
        // §6.3) and archives the LT data at once, as iText's flow writes it (B-B, DSS, document timestamp).
        const bool longTermData = signature.padesLevel == PadesLevel::BLT
                                  || (signature.padesLevel == PadesLevel::BB && signature.signerRevocationEmbedded);
        if (!longTermData) {
            continue;
        }
        if (std::any_of(archivingEnds.begin(), archivingEnds.end(),
                        [end = signedEnds[i]](qint64 archived) { return archived > end; })) {
            signature.padesLevel = PadesLevel::BLTA;
        }
    }
}

/**
 * Judges every algorithm a signature relies on by the policy table (AlgorithmPolicy): the signature's own at its
 * proof of existence, its timestamp tokens' at @p documentProof (what a later document timestamp proves). MD5 and
 * unknown algorithms: INDETERMINATE/CRYPTO_CONSTRAINTS_FAILURE, since EN 319 102-1 knows this sub-indication only
 * under INDETERMINATE and no proof of existence makes them acceptable; past a cut-off without a proof of existence
 * before it: CRYPTO_CONSTRAINTS_FAILURE_NO_POE.
 */
void applyAlgorithmPolicy(SignatureReport& signature, const QDateTime& documentProof, const QDateTime& now)
{
    bool refused = false;
    bool lapsed = false;
    for (AlgorithmUse& use : signature.algorithms) {
        judge(use, use.ofTimestamp ? documentProof : signature.proofOfExistence, now);
        if (use.acceptable) {
            continue;
        }
        const bool never = ruleFor(use).refused;
        refused = refused || never;
        lapsed = lapsed || !never;
        const QString algorithm =
            use.keyBits > 0 ? ValidationText::tr("%1-%2").arg(use.algorithm).arg(use.keyBits) : use.algorithm;
        signature.findings.append(
            never ? Finding{QStringLiteral("algorithm-refused"),
                            ValidationText::tr("The %1 uses %2, which is not accepted: %3.")
                                .arg(use.what, algorithm, use.rule)}
                  : Finding{QStringLiteral("algorithm-no-poe"),
                            ValidationText::tr("The %1 uses %2, which is no longer considered secure, and nothing "
                                               "proves it was made before the cut-off: %3.")
                                .arg(use.what, algorithm, use.rule)});
    }
    if ((refused || lapsed) && signature.indication == Indication::TotalPassed) {
        signature.indication = Indication::Indeterminate;
        signature.subIndication =
            refused ? SubIndication::CryptoConstraintsFailure : SubIndication::CryptoConstraintsFailureNoPoe;
    }
    dedupe(signature.findings);
}

} // namespace

Result<ValidationReport> validatePdf(const QByteArray& pdf, const ValidationOptions& options)
{
    auto revisions = Revisions::open(pdf, PdfLimits{}, options.cancel);
    if (!revisions) {
        return revisions.error();
    }
    PdfFile& file = (*revisions)->final();
    auto located = locateSignatures(file);
    if (!located) {
        return located.error();
    }
    // Each signature's analysis compares the final graph with its revision: bound the product (decision 32).
    constexpr size_t maxSignatures = 100;
    if (located->size() > maxSignatures) {
        return Error{ErrorCode::Unsupported,
                     ValidationText::tr("The document holds %1 signatures; VanThu checks documents with at most %2.")
                         .arg(located->size())
                         .arg(maxSignatures),
                     QStringLiteral("signature limit")};
    }
    auto analysis = ChangeAnalysis::prepare(**revisions);
    if (!analysis) {
        return analysis.error();
    }
    const ValidationData documentData = readDss(file);
    ValidationReport report;
    report.validatedAt = QDateTime::currentDateTimeUtc();
    report.online = options.checkRevocationOnline;
    report.rebuilt = (*revisions)->finalNeedsRebuilding();
    std::vector<qint64> signedEnds;
    for (const LocatedSignature& signature : *located) {
        const std::vector<qint64>& range = signature.byteRange;
        signedEnds.push_back(range.size() == 4 ? range[2] + range[3] : -1);
    }
    // A document timestamp proves that everything it covers existed at its time, and its own authority's chain is
    // judged at the time of the next one that covers it (prolongation): so the last signature is judged first.
    std::vector<size_t> order(located->size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&signedEnds](size_t a, size_t b) { return signedEnds[a] > signedEnds[b]; });
    report.signatures.resize(static_cast<qsizetype>(located->size()));
    std::vector<QDateTime> documentProofs(located->size());
    for (const size_t index : order) {
        const LocatedSignature& signature = (*located)[index];
        const std::vector<qint64>& range = signature.byteRange;
        const bool rangeUsable = range.size() == 4 && range[0] == 0 && range[1] >= 0 && range[2] >= range[1]
                                 && range[3] >= 0 && range[2] + range[3] <= pdf.size();
        ChangeReport changes;
        if (rangeUsable) {
            auto analysed = (*analysis)->analyse(range[2] + range[3]);
            if (!analysed) {
                return analysed.error();
            }
            changes = std::move(*analysed);
        }
        QDateTime& documentProof = documentProofs[index];
        for (size_t other = 0; other < located->size() && signedEnds[index] > 0; ++other) {
            const SignatureReport& stamp = report.signatures[static_cast<qsizetype>(other)];
            const bool proves = signedEnds[other] > signedEnds[index]
                                && stamp.padesLevel == PadesLevel::DocumentTimestamp && stamp.integrity
                                && stamp.indication == Indication::TotalPassed && stamp.timestampTime.isValid();
            if (proves && (!documentProof.isValid() || stamp.timestampTime < documentProof)) {
                documentProof = stamp.timestampTime;
            }
        }
        report.rebuilt = report.rebuilt || changes.needsRebuilding;
        SignatureReport& judged = report.signatures[static_cast<qsizetype>(index)];
        judged = validateOne(pdf, file, signature, options, documentData, changes, documentProof);
        judged.signedEnd = signedEnds[index];
    }
    if (options.cancel != nullptr && options.cancel->load()) {
        return Error{ErrorCode::Cancelled, ValidationText::tr("The check was cancelled."), QStringLiteral("cancelled")};
    }
    markArchivedSignatures(**revisions, signedEnds, report);
    for (qsizetype i = 0; i < report.signatures.size(); ++i) {
        applyAlgorithmPolicy(report.signatures[i], documentProofs[static_cast<size_t>(i)], options.now);
    }
    applyDocumentRules(file, *located, signedEnds, report.signatures);
    if (report.signatures.isEmpty()) {
        report.verdict = Verdict::NoSignature;
        return report;
    }
    bool invalid = false;
    bool modified = false;
    bool indeterminate = false;
    bool changed = false;
    bool revocationNotChecked = false;
    for (const SignatureReport& signature : report.signatures) {
        // Intact and trusted, but nobody was asked about revocation yet: never shown as checked (yellow).
        revocationNotChecked = revocationNotChecked
                               || (signature.indication == Indication::TotalPassed
                                   && signature.revocation == RevocationCheck::NotYetChecked);
        if (!signature.integrity || (signature.indication == Indication::TotalFailed && signature.changesPermitted)) {
            invalid = true;
        } else if (!signature.changesPermitted) {
            modified = true;
        } else if (signature.indication == Indication::Indeterminate) {
            indeterminate = true;
        }
        // Validation data and document timestamps do not count as changes (ISO 32000-2 §12.8.2.2.1, PAdES).
        changed = changed || signature.modificationLevel > ModificationLevel::LtaUpdates;
    }
    report.verdict = invalid                ? Verdict::Invalid
                     : modified             ? Verdict::Modified
                     : indeterminate        ? Verdict::Indeterminate
                     : revocationNotChecked ? Verdict::RevocationNotChecked
                     : changed              ? Verdict::ValidWithAllowedChanges
                                            : Verdict::Valid;
    return report;
}

ValidationOptions trustStoreOptions(const QString& workspaceFolder)
{
    ValidationOptions options;
    options.trustAnchorsDer = TrustStore::anchorsFor(workspaceFolder);
    options.signingAnchorsDer = TrustStore::anchorsFor(workspaceFolder, TrustPurpose::DocumentSigning);
    options.timestampAnchorsDer = TrustStore::anchorsFor(workspaceFolder, TrustPurpose::Timestamping);
    options.checkRevocationOnline = true;
    return options;
}

QString indicationName(Indication indication)
{
    switch (indication) {
    case Indication::TotalPassed:
        return QStringLiteral("TOTAL_PASSED");
    case Indication::Indeterminate:
        return QStringLiteral("INDETERMINATE");
    case Indication::TotalFailed:
        break;
    }
    return QStringLiteral("TOTAL_FAILED");
}

QString subIndicationName(SubIndication subIndication)
{
    switch (subIndication) {
    case SubIndication::None:
        return {};
    case SubIndication::FormatFailure:
        return QStringLiteral("FORMAT_FAILURE");
    case SubIndication::HashFailure:
        return QStringLiteral("HASH_FAILURE");
    case SubIndication::SigCryptoFailure:
        return QStringLiteral("SIG_CRYPTO_FAILURE");
    case SubIndication::Revoked:
        return QStringLiteral("REVOKED");
    case SubIndication::Expired:
        return QStringLiteral("EXPIRED");
    case SubIndication::NotYetValid:
        return QStringLiteral("NOT_YET_VALID");
    case SubIndication::NoCertificateChainFound:
        return QStringLiteral("NO_CERTIFICATE_CHAIN_FOUND");
    case SubIndication::CertificateChainGeneralFailure:
        return QStringLiteral("CERTIFICATE_CHAIN_GENERAL_FAILURE");
    case SubIndication::NoSigningCertificateFound:
        return QStringLiteral("NO_SIGNING_CERTIFICATE_FOUND");
    case SubIndication::SigConstraintsFailure:
        return QStringLiteral("SIG_CONSTRAINTS_FAILURE");
    case SubIndication::OutOfBoundsNoPoe:
        return QStringLiteral("OUT_OF_BOUNDS_NO_POE");
    case SubIndication::TryLater:
        return QStringLiteral("TRY_LATER");
    case SubIndication::RevokedNoPoe:
        return QStringLiteral("REVOKED_NO_POE");
    case SubIndication::RevokedCaNoPoe:
        return QStringLiteral("REVOKED_CA_NO_POE");
    case SubIndication::CryptoConstraintsFailure:
        return QStringLiteral("CRYPTO_CONSTRAINTS_FAILURE");
    case SubIndication::CryptoConstraintsFailureNoPoe:
        return QStringLiteral("CRYPTO_CONSTRAINTS_FAILURE_NO_POE");
    case SubIndication::ChainConstraintsFailure:
        return QStringLiteral("CHAIN_CONSTRAINTS_FAILURE");
    case SubIndication::TimestampOrderFailure:
        return QStringLiteral("TIMESTAMP_ORDER_FAILURE");
    case SubIndication::NoPoe:
        return QStringLiteral("NO_POE");
    case SubIndication::SignedDataNotFound:
        return QStringLiteral("SIGNED_DATA_NOT_FOUND");
    }
    return {};
}

QString padesLevelName(PadesLevel level)
{
    switch (level) {
    case PadesLevel::BB:
        return QStringLiteral("B-B");
    case PadesLevel::BT:
        return QStringLiteral("B-T");
    case PadesLevel::BLT:
        return QStringLiteral("B-LT");
    case PadesLevel::BLTA:
        return QStringLiteral("B-LTA");
    case PadesLevel::DocumentTimestamp:
        return QStringLiteral("DOCUMENT_TIMESTAMP");
    case PadesLevel::NotPades:
        break;
    }
    return QStringLiteral("NOT_PADES");
}

QString modificationLevelName(ModificationLevel level)
{
    switch (level) {
    case ModificationLevel::None:
        return QStringLiteral("NONE");
    case ModificationLevel::LtaUpdates:
        return QStringLiteral("LTA_UPDATES");
    case ModificationLevel::FormFilling:
        return QStringLiteral("FORM_FILLING");
    case ModificationLevel::Annotations:
        return QStringLiteral("ANNOTATIONS");
    case ModificationLevel::Other:
        break;
    }
    return QStringLiteral("OTHER");
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("VALID");
    case Verdict::ValidWithAllowedChanges:
        return QStringLiteral("VALID_WITH_ALLOWED_CHANGES");
    case Verdict::Modified:
        return QStringLiteral("MODIFIED");
    case Verdict::Invalid:
        return QStringLiteral("INVALID");
    case Verdict::Indeterminate:
        return QStringLiteral("INDETERMINATE");
    case Verdict::RevocationNotChecked:
        return QStringLiteral("REVOCATION_NOT_CHECKED");
    case Verdict::NoSignature:
        break;
    }
    return QStringLiteral("NO_SIGNATURE");
}

} // namespace vanthu::signing
