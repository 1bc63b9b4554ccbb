// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/VerificationRecord.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <utility>

namespace vanthu::core
{
namespace
{

struct VerificationText
{
    Q_DECLARE_TR_FUNCTIONS(VerificationText)
};

constexpr std::array<std::pair<SignatureStatus, const char*>, 4> statuses{{
    {SignatureStatus::Valid, "valid"},
    {SignatureStatus::Attention, "attention"},
    {SignatureStatus::Broken, "broken"},
    {SignatureStatus::Unsigned, "unsigned"},
}};

Error notAReport(const QString& detail)
{
    return Error{ErrorCode::InvalidInput, VerificationText::tr("The signature report cannot be stored: it is damaged."),
                 detail};
}

} // namespace

QString signatureStatusKey(SignatureStatus status)
{
    for (const auto& [value, key] : statuses) {
        if (value == status) {
            return QString::fromLatin1(key);
        }
    }
    return QStringLiteral("unsigned");
}

std::optional<SignatureStatus> parseSignatureStatus(const QString& key)
{
    for (const auto& [value, name] : statuses) {
        if (key == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

QString signatureStatusName(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Valid:
        return VerificationText::tr("Valid");
    case SignatureStatus::Attention:
        return VerificationText::tr("Needs attention");
    case SignatureStatus::Broken:
        return VerificationText::tr("Not valid");
    case SignatureStatus::Unsigned:
        break;
    }
    return VerificationText::tr("Not signed");
}

Result<VerificationRecord> verificationFromReport(const QByteArray& reportJson)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reportJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return notAReport(QStringLiteral("report JSON: %1").arg(parseError.errorString()));
    }
    const QJsonObject summary = document.object();
    const auto status = parseSignatureStatus(summary.value(QStringLiteral("status")).toString());
    const QString verdict = summary.value(QStringLiteral("verdict")).toString();
    const QJsonValue online = summary.value(QStringLiteral("online"));
    const QDateTime checkedAt =
        QDateTime::fromString(summary.value(QStringLiteral("validatedAt")).toString(), Qt::ISODate);
    if (!status || verdict.isEmpty() || verdict.size() > 40 || !online.isBool() || !checkedAt.isValid()) {
        return notAReport(QStringLiteral("report summary lacks status, verdict, online or validatedAt"));
    }
    VerificationRecord record;
    record.status = *status;
    record.verdict = verdict;
    record.online = online.toBool();
    record.checkedAt = checkedAt.toUTC();
    record.reportJson = reportJson;
    return record;
}

} // namespace vanthu::core
