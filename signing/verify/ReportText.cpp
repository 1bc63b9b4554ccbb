// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/ReportText.h"

#include "common/VietnamTime.h"

#include <QCoreApplication>
#include <QStringList>

namespace vanthu::signing
{
namespace
{

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

Severity worse(Severity left, Severity right)
{
    return static_cast<int>(left) >= static_cast<int>(right) ? left : right;
}

Severity verdictSeverity(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
    case Verdict::ValidWithAllowedChanges:
        return Severity::Green;
    case Verdict::Indeterminate:
    case Verdict::NoSignature:
    case Verdict::RevocationNotChecked:
        return Severity::Yellow;
    case Verdict::Modified:
    case Verdict::Invalid:
        break;
    }
    return Severity::Red;
}

QString vietnamTimeText(const QDateTime& instant)
{
    const QDateTime local = instant.toOffsetFromUtc(VietnamUtcOffsetSeconds);
    return ReportText::tr("%1 on %2 (Vietnam time)")
        .arg(local.toString(QStringLiteral("HH:mm:ss")), local.toString(QStringLiteral("dd/MM/yyyy")));
}

QString coverageText(const SignatureReport& signature)
{
    return signature.coversWholeDocument ? ReportText::tr("the whole document")
                                         : ReportText::tr("the document as it was when signed; later revisions "
                                                          "were added");
}

} // namespace

QString verdictTitle(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return ReportText::tr("Valid signature");
    case Verdict::ValidWithAllowedChanges:
        return ReportText::tr("Valid signature, with allowed changes");
    case Verdict::Modified:
        return ReportText::tr("Document modified after signing");
    case Verdict::Invalid:
        return ReportText::tr("Invalid signature");
    case Verdict::Indeterminate:
        return ReportText::tr("Cannot be determined");
    case Verdict::RevocationNotChecked:
        return ReportText::tr("Intact, revocation not yet checked");
    case Verdict::NoSignature:
        break;
    }
    return ReportText::tr("No signature");
}

QString verdictExplanation(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return ReportText::tr("Every signature is intact, its certificate was checked, and the document was not "
                              "changed after signing.");
    case Verdict::ValidWithAllowedChanges:
        return ReportText::tr("Every signature is intact; after signing, only permitted additions were made, such "
                              "as filling in the number and date or adding another signature.");
    case Verdict::Modified:
        return ReportText::tr("The signatures themselves are intact, but the document was changed after signing in "
                              "a way that is not allowed: do not rely on its content.");
    case Verdict::Invalid:
        return ReportText::tr("At least one signature is broken: the signed content or the signature itself was "
                              "altered or damaged.");
    case Verdict::Indeterminate:
        return ReportText::tr("The signatures are intact, but something needed to confirm them could not be "
                              "checked, such as the trust or the revocation status of a certificate.");
    case Verdict::RevocationNotChecked:
        return ReportText::tr("The signatures are intact and their certificates lead to a trusted authority, but "
                              "whether a certificate was revoked has not been checked yet (offline check).");
    case Verdict::NoSignature:
        break;
    }
    return ReportText::tr("The document carries no digital signature.");
}

Severity signatureSeverity(const SignatureReport& signature)
{
    switch (signature.indication) {
    case Indication::TotalPassed:
        return signature.modificationLevel == ModificationLevel::Annotations
                       || signature.revocation == RevocationCheck::NotYetChecked
                   ? Severity::Yellow
                   : Severity::Green;
    case Indication::Indeterminate:
        return Severity::Yellow;
    case Indication::TotalFailed:
        break;
    }
    return Severity::Red;
}

Severity reportSeverity(const ValidationReport& report)
{
    Severity severity = verdictSeverity(report.verdict);
    for (const SignatureReport& signature : report.signatures) {
        severity = worse(severity, signatureSeverity(signature));
    }
    return severity;
}

QString indicationText(Indication indication)
{
    switch (indication) {
    case Indication::TotalPassed:
        return ReportText::tr("Valid");
    case Indication::Indeterminate:
        return ReportText::tr("Cannot be determined");
    case Indication::TotalFailed:
        break;
    }
    return ReportText::tr("Invalid");
}

QString subIndicationText(SubIndication subIndication)
{
    switch (subIndication) {
    case SubIndication::None:
        return QString();
    case SubIndication::FormatFailure:
        return ReportText::tr("The signature or the document is not built the way a PDF signature requires, or the "
                              "document was changed after signing in a way that is not allowed.");
    case SubIndication::HashFailure:
        return ReportText::tr("The signed content was changed after signing.");
    case SubIndication::SigCryptoFailure:
        return ReportText::tr("The signature value does not match the signer's certificate: the signature is "
                              "forged or damaged.");
    case SubIndication::Revoked:
        return ReportText::tr("The signer's certificate was revoked before the document was signed.");
    case SubIndication::Expired:
        return ReportText::tr("The signer's certificate had expired when the document was signed.");
    case SubIndication::NotYetValid:
        return ReportText::tr("The signer's certificate was not yet valid when the document was signed.");
    case SubIndication::NoCertificateChainFound:
        return ReportText::tr("The signer's certificate does not lead to a trusted certification authority.");
    case SubIndication::CertificateChainGeneralFailure:
        return ReportText::tr("The chain of certificates from the signer to the certification authority could not "
                              "be checked.");
    case SubIndication::NoSigningCertificateFound:
        return ReportText::tr("The signer's certificate is missing from the signature or does not match it.");
    case SubIndication::SigConstraintsFailure:
        return ReportText::tr("The signature does not meet the signature policy (for example its signed attributes "
                              "or the key usage of its certificate).");
    case SubIndication::OutOfBoundsNoPoe:
        return ReportText::tr("The signer's certificate is outside its validity period, and no timestamp proves "
                              "that the signature was made while it was valid.");
    case SubIndication::TryLater:
        return ReportText::tr("The revocation status of a certificate could not be obtained; try again later.");
    case SubIndication::RevokedNoPoe:
        return ReportText::tr("The signer's certificate has been revoked, and nothing proves that the signature was "
                              "made before that.");
    case SubIndication::RevokedCaNoPoe:
        return ReportText::tr("The certificate of a certification authority in the signer's chain has been revoked, "
                              "and nothing proves that the signature was made before that.");
    case SubIndication::CryptoConstraintsFailure:
        return ReportText::tr("The signature uses an algorithm or a key size that is no longer accepted.");
    case SubIndication::CryptoConstraintsFailureNoPoe:
        return ReportText::tr("The signature uses an algorithm or a key size that is no longer considered secure, "
                              "and nothing proves that it was made before that cut-off date.");
    case SubIndication::ChainConstraintsFailure:
        return ReportText::tr("A certificate of the signer's chain is not allowed to serve this purpose.");
    case SubIndication::TimestampOrderFailure:
        return ReportText::tr("The timestamps of the signature contradict each other or the signature.");
    case SubIndication::NoPoe:
        return ReportText::tr("Nothing proves when the signature was made, and that proof is needed here.");
    case SubIndication::SignedDataNotFound:
        return ReportText::tr("The signature does not refer to the document's bytes in the way its format "
                              "requires.");
    }
    return subIndicationName(subIndication);
}

QString padesLevelText(PadesLevel level)
{
    switch (level) {
    case PadesLevel::NotPades:
        return ReportText::tr("not PAdES (an older PDF signature format)");
    case PadesLevel::BB:
        return ReportText::tr("PAdES B-B (basic signature, no timestamp)");
    case PadesLevel::BT:
        return ReportText::tr("PAdES B-T (with a timestamp)");
    case PadesLevel::BLT:
        return ReportText::tr("PAdES B-LT (with the data for long-term validation)");
    case PadesLevel::BLTA:
        return ReportText::tr("PAdES B-LTA (long-term, protected by a document timestamp)");
    case PadesLevel::DocumentTimestamp:
        return ReportText::tr("document timestamp (protects the signatures and validation data before it)");
    }
    return padesLevelName(level);
}

QString modificationLevelText(ModificationLevel level)
{
    switch (level) {
    case ModificationLevel::None:
        return ReportText::tr("no change after signing");
    case ModificationLevel::LtaUpdates:
        return ReportText::tr("only validation data or metadata added");
    case ModificationLevel::FormFilling:
        return ReportText::tr("form filling or further signatures (allowed)");
    case ModificationLevel::Annotations:
        return ReportText::tr("annotations added or changed (accepted, but look at them)");
    case ModificationLevel::Other:
        break;
    }
    return ReportText::tr("changes that are not allowed");
}

QString revocationText(RevocationCheck revocation)
{
    switch (revocation) {
    case RevocationCheck::Checked:
        return ReportText::tr("checked: no certificate of the chain is revoked");
    case RevocationCheck::NotYetChecked:
        return ReportText::tr("not yet checked (the certification authorities were not asked)");
    case RevocationCheck::NoSource:
        return ReportText::tr("cannot be checked: a certificate names no revocation service and the document "
                              "holds no answer for it");
    case RevocationCheck::NotNeeded:
        break;
    }
    return ReportText::tr("not needed");
}

QString signingTimeText(const SignatureReport& signature)
{
    if (signature.timestampTime.isValid()) {
        return ReportText::tr("%1, proven by a timestamp").arg(vietnamTimeText(signature.timestampTime));
    }
    if (signature.claimedTime.isValid()) {
        return ReportText::tr("%1, as claimed by the signer's computer (not proven)")
            .arg(vietnamTimeText(signature.claimedTime));
    }
    return ReportText::tr("unknown");
}

QString reportAsText(const ValidationReport& report)
{
    QStringList lines{verdictTitle(report.verdict), verdictExplanation(report.verdict)};
    const qsizetype count = report.signatures.size();
    for (qsizetype index = 0; index < count; ++index) {
        const SignatureReport& signature = report.signatures.at(index);
        const QString unknown = ReportText::tr("unknown");
        lines.append(QString());
        lines.append(ReportText::tr("Signature %1 of %2: field \"%3\"")
                         .arg(QString::number(index + 1), QString::number(count), signature.field));
        lines.append(ReportText::tr("  Result: %1").arg(indicationText(signature.indication)));
        if (signature.subIndication != SubIndication::None) {
            lines.append(ReportText::tr("  Reason: %1").arg(subIndicationText(signature.subIndication)));
        }
        lines.append(ReportText::tr("  Signer: %1").arg(signature.signer.isEmpty() ? unknown : signature.signer));
        lines.append(ReportText::tr("  Issued by: %1").arg(signature.issuer.isEmpty() ? unknown : signature.issuer));
        if (!signature.serialHex.isEmpty()) {
            lines.append(ReportText::tr("  Certificate serial number: %1").arg(signature.serialHex));
        }
        lines.append(ReportText::tr("  Signing time: %1").arg(signingTimeText(signature)));
        if (signature.proofOfExistence.isValid() && signature.proofOfExistence != signature.timestampTime) {
            lines.append(ReportText::tr("  Existence proven by a document timestamp: %1")
                             .arg(vietnamTimeText(signature.proofOfExistence)));
        }
        lines.append(ReportText::tr("  Format: %1").arg(padesLevelText(signature.padesLevel)));
        lines.append(ReportText::tr("  Signed part: %1").arg(coverageText(signature)));
        // A document timestamp's authority is not asked about revocation (yet): say so rather than "not needed".
        lines.append(ReportText::tr("  Revocation: %1")
                         .arg(signature.padesLevel == PadesLevel::DocumentTimestamp
                                  ? ReportText::tr("the timestamp authority's certificate is not checked for "
                                                   "revocation")
                                  : revocationText(signature.revocation)));
        lines.append(ReportText::tr("  Changes after this signature: %1")
                         .arg(modificationLevelText(signature.modificationLevel)));
        if (!signature.algorithms.isEmpty()) {
            lines.append(ReportText::tr("  Algorithms:"));
            for (const AlgorithmUse& use : signature.algorithms) {
                const QString algorithm =
                    use.keyBits > 0 ? ReportText::tr("%1, %2 bits").arg(use.algorithm).arg(use.keyBits) : use.algorithm;
                lines.append(ReportText::tr("    - %1: %2 (%3)").arg(use.what, algorithm, use.rule));
            }
        }
        if (!signature.findings.isEmpty()) {
            lines.append(ReportText::tr("  Details:"));
            for (const Finding& finding : signature.findings) {
                lines.append(QStringLiteral("    - ") + finding.message);
            }
        }
    }
    if (!report.signatures.isEmpty()) {
        lines.append(QString());
        lines.append(report.online ? ReportText::tr("Revocation was asked online where the document held no answer.")
                                   : ReportText::tr("Offline check: no certification authority was asked online."));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace vanthu::signing
