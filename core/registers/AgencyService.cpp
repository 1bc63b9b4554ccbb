// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/AgencyService.h"
#include "common/IsoTime.h"

#include "core/Workspace.h"
#include "core/registers/SeriesService.h"
#include "core/store/AgencyRepository.h"
#include "core/store/AuditRepository.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace vanthu::core
{
namespace
{

struct AgencyServiceText
{
    Q_DECLARE_TR_FUNCTIONS(AgencyServiceText)
};

QList<NumberingSeries> defaultSeries()
{
    // Series names are register titles kept as data (the agency may rename them), not interface text.
    return {
        {0,
         QStringLiteral("VB"),
         QStringLiteral("Văn bản hành chính"),
         Direction::Outgoing,
         SeriesScope::General,
         {},
         false,
         {}},
        {0,
         QStringLiteral("MAT"),
         QStringLiteral("Văn bản mật"),
         Direction::Outgoing,
         SeriesScope::Secret,
         {},
         false,
         {}},
        {0,
         QStringLiteral("SAO"),
         QStringLiteral("Bản sao văn bản"),
         Direction::Outgoing,
         SeriesScope::Copies,
         {},
         false,
         {}},
        {0,
         QStringLiteral("DEN"),
         QStringLiteral("Văn bản đến"),
         Direction::Incoming,
         SeriesScope::General,
         {},
         false,
         {}},
        {0,
         QStringLiteral("DEN-MAT"),
         QStringLiteral("Văn bản đến mật"),
         Direction::Incoming,
         SeriesScope::Secret,
         {},
         false,
         {}},
    };
}

QJsonObject profileJson(const AgencyProfile& profile)
{
    return QJsonObject{{QStringLiteral("name"), profile.name},
                       {QStringLiteral("parentName"), profile.parentName},
                       {QStringLiteral("abbreviation"), profile.abbreviation},
                       {QStringLiteral("organId"), profile.organId},
                       {QStringLiteral("place"), profile.place}};
}

} // namespace

AgencyService::AgencyService(Workspace& workspace) : m_workspace(workspace)
{
}

Result<void> AgencyService::initialise(const AgencyProfile& draft)
{
    auto profile = draft.validated();
    if (!profile) {
        return profile.error();
    }
    Database& database = m_workspace.database();
    auto transaction = WriteTransaction::begin(database);
    if (!transaction) {
        return transaction.error();
    }
    AgencyRepository agencies(database);
    auto existing = agencies.load();
    if (!existing) {
        return existing.error();
    }
    if (*existing) {
        return Error{ErrorCode::Conflict,
                     AgencyServiceText::tr("This workspace is already set up for %1.").arg((*existing)->name),
                     QStringLiteral("agency exists")};
    }
    const QDateTime now = m_workspace.clock().now();
    const QString workspaceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto saved = agencies.save(*profile); !saved) {
        return saved.error();
    }
    if (auto saved = agencies.setMeta(QStringLiteral("workspace_id"), workspaceId); !saved) {
        return saved.error();
    }
    if (auto saved = agencies.setMeta(QStringLiteral("created_at"), isoUtcTimestamp(now)); !saved) {
        return saved.error();
    }
    QJsonObject payload = profileJson(*profile);
    payload.insert(QStringLiteral("workspaceId"), workspaceId);
    const AuditRecord record{QStringLiteral("agency.set"), QStringLiteral("agency"), QStringLiteral("1"),
                             QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))};
    if (auto audited = AuditRepository(database).append(record, m_workspace.actor(), now); !audited) {
        return audited.error();
    }
    SeriesService series(m_workspace);
    for (const NumberingSeries& draftSeries : defaultSeries()) {
        if (auto added = series.addInTransaction(draftSeries); !added) {
            return added.error();
        }
    }
    return transaction->commit();
}

Result<AgencyProfile> AgencyService::profile()
{
    auto loaded = AgencyRepository(m_workspace.database()).load();
    if (!loaded) {
        return loaded.error();
    }
    if (!*loaded) {
        return Error{ErrorCode::NotFound,
                     AgencyServiceText::tr("The workspace has not been set up yet. Run \"vanthu-cli init\" first."),
                     QStringLiteral("no agency")};
    }
    return **loaded;
}

} // namespace vanthu::core
