// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace vanthu::core
{

/** What a version of a document's PDF is (issue 13). Stored by versionKindKey(). */
enum class VersionKind
{
    Received, ///< the file as it arrived
    Draft,    ///< a draft (dự thảo), numbered by its place among the versions
    Approved, ///< the text approved for signing
    Signed,   ///< signed by the competent person
    Issued,   ///< numbered, dated and sealed: what the agency sends
    Extended, ///< the same signatures with validation data or a document timestamp added (B-LT, B-LTA)
};

[[nodiscard]] QString versionKindKey(VersionKind kind);
[[nodiscard]] std::optional<VersionKind> parseVersionKind(const QString& key);

/**
 * One PDF a document has had. Versions are never changed or removed; a new one names its parent. The bytes are a blob
 * named by sha256. Its signature reports are VerificationRecords, stored apart (VerificationRepository).
 */
struct DocumentVersion
{
    qint64 id = 0;
    int number = 0;            ///< 1, 2, ... in the order the document received them
    int attachmentOrdinal = 1; ///< which file of the document this is a version of
    std::optional<qint64> parentId;
    VersionKind kind = VersionKind::Received;
    QString sha256;
    qint64 size = 0;
    QString fileName;
    QDateTime createdAt;
    QString createdBy;
};

} // namespace vanthu::core
