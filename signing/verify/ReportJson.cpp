// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/ReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vanthu::signing
{
namespace
{

QString revocationName(RevocationCheck revocation)
{
    switch (revocation) {
    case RevocationCheck::Checked:
        return QStringLiteral("CHECKED");
    case RevocationCheck::NotYetChecked:
        return QStringLiteral("NOT_YET_CHECKED");
    case RevocationCheck::NoSource:
        return QStringLiteral("NO_SOURCE");
    case RevocationCheck::NotNeeded:
        break;
    }
    return QStringLiteral("NOT_NEEDED");
}

QJsonValue instantJson(const QDateTime& instant)
{
    return instant.isValid() ? QJsonValue(instant.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray changedAreasJson(const QList<ChangedArea>& areas)
{
    QJsonArray json;
    for (const ChangedArea& area : areas) {
        const QRectF& rect = area.rect;
        json.append(
            QJsonObject{{QStringLiteral("page"), area.page},
                        {QStringLiteral("rect"), QJsonArray{rect.left(), rect.top(), rect.right(), rect.bottom()}}});
    }
    return json;
}

QJsonArray algorithmsJson(const QList<AlgorithmUse>& algorithms)
{
    QJsonArray json;
    for (const AlgorithmUse& use : algorithms) {
        json.append(QJsonObject{{QStringLiteral("what"), use.what},
                                {QStringLiteral("algorithm"), use.algorithm},
                                {QStringLiteral("keyBits"), use.keyBits},
                                {QStringLiteral("acceptable"), use.acceptable},
                                {QStringLiteral("rule"), use.rule}});
    }
    return json;
}

QJsonObject signatureJson(const SignatureReport& signature)
{
    QJsonArray findings;
    for (const Finding& finding : signature.findings) {
        findings.append(
            QJsonObject{{QStringLiteral("code"), finding.code}, {QStringLiteral("message"), finding.message}});
    }
    return QJsonObject{{QStringLiteral("field"), signature.field},
                       {QStringLiteral("indication"), indicationName(signature.indication)},
                       {QStringLiteral("subIndication"), subIndicationName(signature.subIndication)},
                       {QStringLiteral("integrity"), signature.integrity},
                       {QStringLiteral("coversWholeDocument"), signature.coversWholeDocument},
                       {QStringLiteral("modificationLevel"), modificationLevelName(signature.modificationLevel)},
                       {QStringLiteral("padesLevel"), padesLevelName(signature.padesLevel)},
                       {QStringLiteral("signer"), signature.signer},
                       {QStringLiteral("issuer"), signature.issuer},
                       {QStringLiteral("serial"), signature.serialHex},
                       {QStringLiteral("claimedTime"), instantJson(signature.claimedTime)},
                       {QStringLiteral("timestampTime"), instantJson(signature.timestampTime)},
                       {QStringLiteral("signingTime"), instantJson(signature.signingTime)},
                       {QStringLiteral("proofOfExistence"), instantJson(signature.proofOfExistence)},
                       {QStringLiteral("revocation"), revocationName(signature.revocation)},
                       {QStringLiteral("changedAreas"), changedAreasJson(signature.changedAreas)},
                       {QStringLiteral("algorithms"), algorithmsJson(signature.algorithms)},
                       {QStringLiteral("findings"), findings}};
}

} // namespace

QString verdictStatusKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
    case Verdict::ValidWithAllowedChanges:
        return QStringLiteral("valid");
    case Verdict::Modified:
    case Verdict::Invalid:
        return QStringLiteral("broken");
    case Verdict::Indeterminate:
    case Verdict::RevocationNotChecked:
        return QStringLiteral("attention");
    case Verdict::NoSignature:
        break;
    }
    return QStringLiteral("unsigned");
}

QJsonObject reportToJson(const ValidationReport& report)
{
    QJsonArray signatures;
    for (const SignatureReport& signature : report.signatures) {
        signatures.append(signatureJson(signature));
    }
    return QJsonObject{{QStringLiteral("verdict"), verdictName(report.verdict)},
                       {QStringLiteral("status"), verdictStatusKey(report.verdict)},
                       {QStringLiteral("online"), report.online},
                       {QStringLiteral("rebuilt"), report.rebuilt},
                       {QStringLiteral("validatedAt"), instantJson(report.validatedAt)},
                       {QStringLiteral("signatures"), signatures}};
}

QByteArray reportJsonBytes(const ValidationReport& report)
{
    return QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Compact);
}

} // namespace vanthu::signing
