// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/DocumentDetails.h"

#include "common/VietnamTime.h"
#include "core/domain/DocumentType.h"
#include "core/registers/RegisterService.h"

#include <QStringList>

namespace vanthu::gui
{
namespace
{

QString dateText(const QDate& date)
{
    return date.isValid() ? vietnameseShortDate(date) : QString();
}

void addRow(QString& html, const QString& label, const QString& value)
{
    if (!value.isEmpty()) {
        html += QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
}

} // namespace

DocumentDetails::DocumentDetails(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("documentDetails"));
    setAccessibleName(tr("Document details"));
    setOpenLinks(false);
}

void DocumentDetails::showDocument(core::Workspace& workspace, core::DocumentId id)
{
    auto record = core::RegisterService(workspace).document(id);
    if (record) {
        showDocument(*record);
    } else {
        showMessage(record.error().message);
    }
}

void DocumentDetails::showMessage(const QString& message)
{
    setHtml(QStringLiteral("<p style='color:#666'>%1</p>").arg(message.toHtmlEscaped()));
}

void DocumentDetails::showDocument(const core::DocumentRecord& record, const QList<core::AuditEntry>& history)
{
    const core::DocumentFields& fields = record.fields;
    const core::DocumentType* type = core::DocumentTypes::byKey(fields.typeKey);
    QString html =
        QStringLiteral("<h3>%1</h3><table>")
            .arg(((type ? type->name + QStringLiteral(" ") : QString()) + fields.code.display()).toHtmlEscaped());
    if (record.incoming) {
        addRow(html, tr("Arrival number"),
               QStringLiteral("%1/%2 (%3)")
                   .arg(record.incoming->arrivalNumber)
                   .arg(record.incoming->year)
                   .arg(record.incoming->seriesCode));
        addRow(html, tr("Arrival date"), dateText(record.incoming->arrivalDate));
    }
    addRow(html, tr("Subject"), fields.subject);
    addRow(html, tr("Date of the document"), dateText(fields.issuedDate));
    addRow(html, tr("Issuing agency"), fields.organName);
    addRow(html, tr("Signer"), QStringList{fields.signerPosition, fields.signerName}.join(QLatin1Char(' ')).trimmed());
    addRow(html, tr("Urgency"), core::urgencyName(fields.urgency));
    addRow(html, tr("Secrecy"), core::secrecyName(fields.secrecy));
    addRow(html, tr("Deadline"), dateText(fields.dueDate));
    addRow(html, tr("Pages"), fields.pageAmount > 0 ? QString::number(fields.pageAmount) : QString());
    if (record.incoming) {
        addRow(html, tr("Receiving unit or person"), record.incoming->toPlaces);
        addRow(html, tr("Handed on"), dateText(record.incoming->transferDate));
    }
    if (record.outgoing) {
        QStringList names;
        for (const core::Recipient& recipient : record.outgoing->recipients) {
            names.append(recipient.organName);
        }
        addRow(html, tr("Recipients"), names.join(QStringLiteral("; ")));
        addRow(html, tr("File copy kept by"), record.outgoing->copyHolder);
        addRow(html, tr("Copies issued"), QString::number(record.outgoing->issuedAmount));
    }
    addRow(html, tr("Notes"), fields.description);
    addRow(html, tr("Registered by"),
           QStringLiteral("%1, %2").arg(record.createdBy, vietnamIsoTimestamp(record.createdAt)));
    for (const core::AttachmentRecord& attachment : record.attachments) {
        addRow(html, tr("Attachment %1").arg(attachment.ordinal),
               tr("%1 (%n page(s), SHA-256 %2…)", "", attachment.pageCount)
                   .arg(attachment.fileName, attachment.sha256.left(16)));
    }
    html += QStringLiteral("</table>");
    if (!history.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("History").toHtmlEscaped());
        for (const core::AuditEntry& entry : history) {
            addRow(html, entry.at, QStringLiteral("%1 – %2").arg(entry.actor, entry.action));
        }
        html += QStringLiteral("</table>");
    }
    setHtml(html);
}

} // namespace vanthu::gui
