// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/OutgoingService.h"

#include "common/TextNormalize.h"
#include "common/VietnamTime.h"
#include "core/Workspace.h"
#include "core/domain/DocumentType.h"
#include "core/domain/FieldLimits.h"
#include "core/registers/AgencyService.h"
#include "core/registers/AttachmentIntake.h"
#include "core/registers/DocumentWriter.h"
#include "core/registers/FieldValidation.h"
#include "core/registers/RegistrationPipeline.h"
#include "core/registers/SeriesService.h"
#include "core/store/DocumentRepository.h"
#include "core/store/SeriesRepository.h"

#include <QCoreApplication>

namespace vanthu::core
{

/** What issuing adds to a registration: the leader-signed file, stored ahead, and the step that seals it. */
struct Issuing
{
    const IssueStamp* stamp = nullptr;
    SourceVersion signedByLeader;
    /** Issuing a document in the workspace: its id and the signed version the stamp seals. */
    std::optional<DocumentId> draft;
    qint64 signedVersionId = 0;
};

namespace
{

struct OutgoingServiceText
{
    Q_DECLARE_TR_FUNCTIONS(OutgoingServiceText)
};

struct PreparedOutgoing
{
    const DocumentType* type = nullptr;
    DocumentFields fields; ///< everything but the code and date, which the transaction gives
    NumberingSeries series;
    OutgoingDetails details; ///< everything but series, year and number
    QList<PreparedAttachment> attachments;
};

Result<PreparedOutgoing> prepare(SeriesService& seriesService, BlobBatch& blobs, const IntakeFacts* facts,
                                 const AgencyProfile& agency, const OutgoingRequest& request)
{
    PreparedOutgoing prepared;
    auto type = DocumentTypes::resolve(request.typeKey);
    if (!type) {
        return type.error();
    }
    prepared.type = *type;
    DocumentFields& fields = prepared.fields;
    fields.typeKey = prepared.type->key;
    fields.legalNormative = request.legalNormative;
    fields.organName = agency.name;
    fields.organId = agency.organId;
    fields.subject = normalizedLine(request.subject);
    fields.signerPosition = normalizedLine(request.signerPosition);
    fields.signerName = normalizedLine(request.signerName);
    fields.urgency = request.urgency;
    fields.secrecy = request.secrecy;
    fields.description = normalizedText(request.description);
    fields.dueDate = request.dueDate;
    OutgoingDetails& details = prepared.details;
    details.draftingUnit = normalizedLine(request.draftingUnit);
    details.copyHolder = normalizedLine(request.copyHolder);
    details.issuedAmount = request.issuedAmount;
    details.transferDate = request.transferDate;
    // Register column 4 (người ký): the number is given only after the competent person has signed.
    if (auto checked = checkOutgoingText(fields, true); !checked) {
        return checked.error();
    }
    const struct
    {
        Field field;
        const QString& value;
        bool required;
    } checks[] = {
        {Field::UnitAbbreviation, details.draftingUnit, false},
        {Field::CopyHolder, details.copyHolder, false},
    };
    for (const auto& check : checks) {
        if (auto checked = checkField(check.field, check.value, check.required); !checked) {
            return checked.error();
        }
    }
    if (details.draftingUnit.contains(QLatin1Char(' ')) || details.draftingUnit.contains(QLatin1Char('/'))) {
        return Error{ErrorCode::InvalidInput,
                     OutgoingServiceText::tr("The drafting unit abbreviation may not contain spaces or \"/\"."),
                     QStringLiteral("bad unit abbreviation")};
    }
    if (auto checked =
            checkThreeDigitCount(OutgoingServiceText::tr("The number of copies issued"), details.issuedAmount);
        !checked) {
        return checked.error();
    }
    if (request.recipients.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     OutgoingServiceText::tr("An outgoing document needs at least one recipient."),
                     QStringLiteral("no recipients")};
    }
    for (const Recipient& input : request.recipients) {
        auto recipient = validatedRecipient(input);
        if (!recipient) {
            return recipient.error();
        }
        details.recipients.append(*recipient);
    }
    auto series =
        seriesService.forOutgoing(request.seriesCode, *prepared.type, request.legalNormative, request.secrecy);
    if (!series) {
        return series.error();
    }
    prepared.series = *series;
    // Check the symbol can be formed before any number is taken.
    auto notation = buildNotation(
        *prepared.type, series->issuerAbbreviation.isEmpty() ? agency.abbreviation : series->issuerAbbreviation,
        details.draftingUnit);
    if (!notation) {
        return notation.error();
    }
    fields.code.notation = *notation;
    auto attachments = prepareAttachments(request.attachments, blobs, facts);
    if (!attachments) {
        return attachments.error();
    }
    prepared.attachments = *attachments;
    if (!prepared.attachments.isEmpty() && prepared.attachments.front().record.pageCount <= 999) {
        fields.pageAmount = prepared.attachments.front().record.pageCount;
    }
    return prepared;
}

QString symbolFor(const DocumentFields& fields, const QDate& today)
{
    // Legal normative documents carry the year in the symbol: 05/2026/QĐ-UBND.
    return fields.legalNormative ? QString::number(today.year()) + QLatin1Char('/') + fields.code.notation
                                 : fields.code.notation;
}

Result<RegistrationReceipt> registerPrepared(Workspace& workspace, DocumentWriter& writer,
                                             const PreparedOutgoing& prepared, const QDateTime& now,
                                             const Issuing* issuing = nullptr)
{
    const QDate today = vietnamDate(now);
    auto number = SeriesRepository(workspace.database()).takeNext(prepared.series.id, today.year());
    if (!number) {
        return number.error();
    }
    DocumentRecord record;
    record.direction = Direction::Outgoing;
    record.fields = prepared.fields;
    record.fields.code.number = formatSerialNumber(static_cast<int>(*number));
    record.fields.code.notation = symbolFor(prepared.fields, today);
    record.fields.issuedDate = today;
    record.createdAt = now;
    record.createdBy = workspace.actor();
    record.outgoing = prepared.details;
    record.outgoing->seriesId = prepared.series.id;
    record.outgoing->seriesCode = prepared.series.code;
    record.outgoing->year = today.year();
    record.outgoing->number = static_cast<int>(*number);
    RegistrationReceipt receipt;
    receipt.direction = Direction::Outgoing;
    receipt.seriesCode = prepared.series.code;
    receipt.year = today.year();
    receipt.number = *number;
    receipt.code = record.fields.code;
    receipt.registerDate = today;
    QList<PreparedAttachment> attachments = prepared.attachments;
    if (issuing != nullptr) {
        auto issued = (*issuing->stamp)(receipt);
        if (!issued) {
            return issued.error();
        }
        BlobBatch issuedBlob(workspace.blobs());
        auto stored = prepareAttachments({*issued}, issuedBlob);
        if (!stored) {
            return stored.error();
        }
        if (auto durable = issuedBlob.commit(); !durable) {
            return durable.error();
        }
        if (!issuing->draft) {
            stored->front().madeFrom = issuing->signedByLeader;
        }
        attachments.prepend(stored->front());
        if (attachments.front().record.pageCount <= 999) {
            record.fields.pageAmount = attachments.front().record.pageCount;
        }
    }
    if (issuing != nullptr && issuing->draft) {
        // The document is in the workspace already: it keeps its identity, versions and reports, and enters the
        // register now, unless someone changed it since the stamp read it.
        auto stored = DocumentRepository(workspace.database()).get(*issuing->draft);
        if (!stored) {
            return stored.error();
        }
        auto versions = DocumentRepository(workspace.database()).versions(*issuing->draft);
        auto files = DocumentRepository(workspace.database()).attachments(*issuing->draft);
        if (!versions || !files) {
            return !versions ? versions.error() : files.error();
        }
        if (!*stored || versions->isEmpty() || versions->back().id != issuing->signedVersionId) {
            return Error{ErrorCode::Conflict,
                         OutgoingServiceText::tr("The signed document changed while it was being issued: nothing was "
                                                 "issued; open it again."),
                         QStringLiteral("signed version %1 is no longer current").arg(issuing->signedVersionId)};
        }
        DocumentRecord draft = **stored;
        draft.fields = record.fields;
        draft.fields.edxmlDocumentId = (*stored)->fields.edxmlDocumentId;
        draft.outgoing = record.outgoing;
        draft.versions = *versions;
        draft.attachments = *files;
        if (auto written = writer.writeIssuedDraft(draft, attachments.front(), issuing->signedVersionId,
                                                   issuing->signedByLeader.verification);
            !written) {
            return written.error();
        }
        receipt.id = draft.id;
        receipt.attachments = draft.attachments;
        return receipt;
    }
    if (auto written = writer.write(record, attachments); !written) {
        return written.error();
    }
    receipt.id = record.id;
    receipt.attachments = record.attachments;
    return receipt;
}

} // namespace

OutgoingService::OutgoingService(Workspace& workspace) : m_workspace(workspace)
{
}

Result<RegistrationReceipt> OutgoingService::registerDocument(const OutgoingRequest& request, const TaskToken& token)
{
    auto receipts = registerBatch({request}, token);
    if (!receipts) {
        return receipts.error();
    }
    return receipts->front();
}

Result<RegistrationReceipt> OutgoingService::previewNumber(const OutgoingRequest& request)
{
    auto agency = AgencyService(m_workspace).profile();
    if (!agency) {
        return agency.error();
    }
    OutgoingRequest withoutFiles = request;
    withoutFiles.attachments.clear();
    SeriesService series(m_workspace);
    BlobBatch noFiles(m_workspace.blobs());
    auto prepared = prepare(series, noFiles, nullptr, *agency, withoutFiles);
    if (!prepared) {
        return prepared.error();
    }
    const QDate today = vietnamDate(m_workspace.clock().now());
    auto last = SeriesRepository(m_workspace.database()).lastNumber(prepared->series.id, today.year());
    if (!last) {
        return last.error();
    }
    RegistrationReceipt receipt;
    receipt.direction = Direction::Outgoing;
    receipt.seriesCode = prepared->series.code;
    receipt.year = today.year();
    receipt.number = *last + 1;
    receipt.code =
        DocumentCode{formatSerialNumber(static_cast<int>(receipt.number)), symbolFor(prepared->fields, today)};
    receipt.registerDate = today;
    return receipt;
}

Result<RegistrationReceipt> OutgoingService::issueDocument(const OutgoingRequest& request,
                                                           const AttachmentInput& signedByLeader,
                                                           const IssueStamp& stamp)
{
    BlobBatch source(m_workspace.blobs());
    auto prepared = prepareAttachments({signedByLeader}, source);
    if (!prepared) {
        return prepared.error();
    }
    if (auto stored = source.commit(); !stored) {
        return stored.error();
    }
    const Issuing issuing{&stamp,
                          SourceVersion{prepared->front().record, VersionKind::Signed, prepared->front().verification},
                          std::nullopt, 0};
    auto receipts = registerAll({request}, &issuing);
    if (!receipts) {
        return receipts.error();
    }
    return receipts->front();
}

Result<RegistrationReceipt> OutgoingService::issueDraft(DocumentId draft, qint64 signedVersionId,
                                                        const OutgoingRequest& request,
                                                        const std::optional<VerificationRecord>& leaderCheck,
                                                        const IssueStamp& stamp)
{
    Issuing issuing{&stamp, SourceVersion{{}, VersionKind::Signed, leaderCheck}, draft, signedVersionId};
    auto receipts = registerAll({request}, &issuing);
    if (!receipts) {
        return receipts.error();
    }
    return receipts->front();
}

Result<QList<RegistrationReceipt>> OutgoingService::registerBatch(const QList<OutgoingRequest>& requests,
                                                                  const TaskToken& token)
{
    return registerAll(requests, nullptr, token);
}

Result<QList<RegistrationReceipt>> OutgoingService::registerAll(const QList<OutgoingRequest>& requests,
                                                                const Issuing* issuing, const TaskToken& token)
{
    auto agency = AgencyService(m_workspace).profile();
    if (!agency) {
        return agency.error();
    }
    QList<PreparedOutgoing> prepared;
    prepared.reserve(requests.size());
    SeriesService series(m_workspace);
    RegistrationSteps steps;
    steps.count = requests.size();
    steps.registerName = "outgoing";
    steps.files = attachmentFiles(requests);
    steps.prepare = [&](qsizetype index, BlobBatch& blobs, const IntakeFacts& facts) -> Result<void> {
        auto item = prepare(series, blobs, &facts, *agency, requests.at(index));
        if (!item) {
            return item.error();
        }
        prepared.append(*item);
        return {};
    };
    steps.write = [&](qsizetype index, DocumentWriter& writer, const QDateTime& now) {
        return registerPrepared(m_workspace, writer, prepared.at(index), now, issuing);
    };
    return runRegistration(m_workspace, steps, token);
}

} // namespace vanthu::core
