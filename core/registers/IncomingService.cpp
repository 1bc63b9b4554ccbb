// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/IncomingService.h"

#include "common/TextNormalize.h"
#include "common/VietnamTime.h"
#include "core/Workspace.h"
#include "core/domain/FieldLimits.h"
#include "core/registers/AttachmentIntake.h"
#include "core/registers/DocumentWriter.h"
#include "core/registers/FieldValidation.h"
#include "core/registers/RegistrationPipeline.h"
#include "core/registers/SeriesService.h"
#include "core/store/DocumentRepository.h"
#include "core/store/SeriesRepository.h"

#include <QCoreApplication>
#include <QStringList>

namespace vanthu::core
{
namespace
{

struct IncomingServiceText
{
    Q_DECLARE_TR_FUNCTIONS(IncomingServiceText)
};

struct PreparedIncoming
{
    DocumentFields fields;
    NumberingSeries series;
    QString toPlaces;
    QDate transferDate;
    DuplicateOverride duplicateOverride;
    QList<PreparedAttachment> attachments;
};

Result<PreparedIncoming> prepare(SeriesService& seriesService, BlobBatch& blobs, const IntakeFacts& facts,
                                 const IncomingRequest& request, const QDate& today)
{
    PreparedIncoming prepared;
    auto fields = validatedIncomingFields(request.fields, today);
    if (!fields) {
        return fields.error();
    }
    prepared.fields = *fields;
    prepared.toPlaces = normalizedLine(request.toPlaces);
    if (auto checked = checkField(Field::ToPlaces, prepared.toPlaces); !checked) {
        return checked.error();
    }
    prepared.transferDate = request.transferDate;
    prepared.duplicateOverride.allowed = request.duplicateOverride.allowed;
    prepared.duplicateOverride.reason = normalizedLine(request.duplicateOverride.reason);
    if (prepared.duplicateOverride.allowed) {
        if (prepared.duplicateOverride.reason.isEmpty()) {
            return Error{ErrorCode::InvalidInput,
                         IncomingServiceText::tr("Registering a possible duplicate needs a reason."),
                         QStringLiteral("override without reason")};
        }
        if (auto checked = checkField(Field::Description, prepared.duplicateOverride.reason); !checked) {
            return checked.error();
        }
    }
    auto series = seriesService.forIncoming(request.seriesCode, prepared.fields.secrecy);
    if (!series) {
        return series.error();
    }
    prepared.series = *series;
    auto attachments = prepareAttachments(request.attachments, blobs, &facts);
    if (!attachments) {
        return attachments.error();
    }
    prepared.attachments = *attachments;
    // Phụ lục VI fills PageAmount automatically: the page count of the main file.
    if (prepared.fields.pageAmount == 0 && !prepared.attachments.isEmpty()
        && prepared.attachments.front().record.pageCount <= 999) {
        prepared.fields.pageAmount = prepared.attachments.front().record.pageCount;
    }
    return prepared;
}

Error duplicateError(const QList<DuplicateCandidate>& candidates)
{
    QStringList earlier;
    QStringList ids;
    for (const DuplicateCandidate& candidate : candidates) {
        earlier.append(IncomingServiceText::tr("arrival number %1/%2 in register %3 of %4")
                           .arg(candidate.arrivalNumber)
                           .arg(candidate.year)
                           .arg(candidate.seriesCode, vietnameseShortDate(candidate.arrivalDate)));
        ids.append(QString::number(candidate.id.value));
    }
    return Error{
        ErrorCode::Duplicate,
        IncomingServiceText::tr("This document seems to be registered already (%1). Register it again only if it "
                                "is a different document, and give the reason.")
            .arg(earlier.join(QStringLiteral("; "))),
        QStringLiteral("duplicate of document %1").arg(ids.join(QLatin1Char(',')))};
}

Result<RegistrationReceipt> registerPrepared(Workspace& workspace, DocumentWriter& writer,
                                             const PreparedIncoming& prepared, const QDateTime& now)
{
    auto duplicates = DocumentRepository(workspace.database()).findIncomingDuplicates(prepared.fields);
    if (!duplicates) {
        return duplicates.error();
    }
    if (!duplicates->isEmpty() && !prepared.duplicateOverride.allowed) {
        return duplicateError(*duplicates);
    }
    const QDate today = vietnamDate(now);
    // NĐ30 Điều 22.2: số đến runs from 01 on 1 January, one continuous series per year.
    auto number = SeriesRepository(workspace.database()).takeNext(prepared.series.id, today.year());
    if (!number) {
        return number.error();
    }
    DocumentRecord record;
    record.direction = Direction::Incoming;
    record.fields = prepared.fields;
    record.createdAt = now;
    record.createdBy = workspace.actor();
    IncomingDetails details;
    details.seriesId = prepared.series.id;
    details.seriesCode = prepared.series.code;
    details.year = today.year();
    details.arrivalNumber = *number;
    details.arrivalDate = today;
    details.arrivedAt = now;
    details.toPlaces = prepared.toPlaces;
    details.transferDate = prepared.transferDate;
    if (!duplicates->isEmpty()) {
        details.duplicateOf = duplicates->front().id;
        details.duplicateReason = prepared.duplicateOverride.reason;
    }
    record.incoming = details;
    if (auto written = writer.write(record, prepared.attachments); !written) {
        return written.error();
    }
    RegistrationReceipt receipt;
    receipt.id = record.id;
    receipt.direction = Direction::Incoming;
    receipt.seriesCode = details.seriesCode;
    receipt.year = details.year;
    receipt.number = details.arrivalNumber;
    receipt.code = record.fields.code;
    receipt.registerDate = today;
    receipt.attachments = record.attachments;
    receipt.duplicateOf = details.duplicateOf;
    return receipt;
}

} // namespace

IncomingService::IncomingService(Workspace& workspace) : m_workspace(workspace)
{
}

Result<RegistrationReceipt> IncomingService::registerDocument(const IncomingRequest& request, const TaskToken& token)
{
    auto receipts = registerBatch({request}, token);
    if (!receipts) {
        return receipts.error();
    }
    return receipts->front();
}

Result<QList<RegistrationReceipt>> IncomingService::registerBatch(const QList<IncomingRequest>& requests,
                                                                  const TaskToken& token)
{
    const QDate today = vietnamDate(m_workspace.clock().now());
    QList<PreparedIncoming> prepared;
    prepared.reserve(requests.size());
    SeriesService series(m_workspace);
    RegistrationSteps steps;
    steps.count = requests.size();
    steps.registerName = "incoming";
    steps.files = attachmentFiles(requests);
    steps.prepare = [&](qsizetype index, BlobBatch& blobs, const IntakeFacts& facts) -> Result<void> {
        auto item = prepare(series, blobs, facts, requests.at(index), today);
        if (!item) {
            return item.error();
        }
        prepared.append(*item);
        return {};
    };
    steps.write = [&](qsizetype index, DocumentWriter& writer, const QDateTime& now) {
        return registerPrepared(m_workspace, writer, prepared.at(index), now);
    };
    return runRegistration(m_workspace, steps, token);
}

} // namespace vanthu::core
