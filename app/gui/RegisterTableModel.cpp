// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/RegisterTableModel.h"

#include "app/gui/viewer/SeverityColour.h"
#include "common/VietnamTime.h"
#include "core/domain/DocumentType.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace vanthu::gui
{
namespace
{

constexpr int PageSize = 200;

QColor statusColour(core::SignatureStatus status)
{
    // The viewer's colours for the same verdicts; a file without signatures is grey.
    switch (status) {
    case core::SignatureStatus::Valid:
        return severityTextColour(signing::Severity::Green);
    case core::SignatureStatus::Attention:
        return severityTextColour(signing::Severity::Yellow);
    case core::SignatureStatus::Broken:
        return severityTextColour(signing::Severity::Red);
    case core::SignatureStatus::Unsigned:
        break;
    }
    return QColor(120, 120, 120);
}

/** A round mark in the status's colour, so the column reads at a glance and not only by colour of text. */
QIcon statusMark(core::SignatureStatus status)
{
    QPixmap mark(12, 12);
    mark.fill(Qt::transparent);
    QPainter painter(&mark);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(statusColour(status));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(mark);
}

} // namespace

RegisterTableModel::RegisterTableModel(std::optional<core::Direction> direction, QObject* parent)
    : QAbstractTableModel(parent), m_direction(direction)
{
}

void RegisterTableModel::setSource(PageSource source)
{
    beginResetModel();
    m_source = std::move(source);
    m_rows.clear();
    m_more = false;
    if (m_source) {
        m_rows = m_source(std::nullopt, PageSize, m_more);
    }
    endResetModel();
}

const core::RegisterRow* RegisterTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RegisterTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RegisterTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegisterTableModel::data(const QModelIndex& index, int role) const
{
    const core::RegisterRow* row = rowAt(index.row());
    if (!row) {
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == UrgencyColumn && row->urgency != core::Urgency::Normal) {
        return QBrush(QColor(190, 0, 0));
    }
    if (index.column() == SignatureColumn && row->signatureStatus) {
        if (role == Qt::DecorationRole) {
            return statusMark(*row->signatureStatus);
        }
        if (role == Qt::ToolTipRole) {
            return row->signatureCheckedOnline
                       ? tr("Latest stored check of the signatures, made online: %1")
                             .arg(core::signatureStatusName(*row->signatureStatus))
                       : tr("Latest stored check of the signatures, made offline (revocation not asked): %1")
                             .arg(core::signatureStatusName(*row->signatureStatus));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    const bool voided = !row->voidReason.isEmpty();
    if (voided && role == Qt::FontRole) {
        QFont struck;
        struck.setStrikeOut(true);
        return struck;
    }
    if (voided && role == Qt::ForegroundRole) {
        return QBrush(QColor(110, 110, 110));
    }
    if (voided && role == Qt::ToolTipRole) {
        // A number given by mistake stays in the book, struck through, and is never given again.
        return tr("Number %1 is void: %2").arg(row->number).arg(row->voidReason);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case NumberColumn:
        if (voided) {
            return tr("%1 (void)").arg(row->number);
        }
        if (!m_direction) {
            return row->direction == core::Direction::Incoming ? tr("In %1").arg(row->number)
                                                               : tr("Out %1").arg(row->number);
        }
        return QString::number(row->number);
    case DateColumn:
        return vietnameseShortDate(row->registerDate);
    case CodeColumn:
        return row->code.display();
    case SubjectColumn: {
        const core::DocumentType* type = core::DocumentTypes::byKey(row->typeKey);
        return (type ? type->name + QStringLiteral(": ") : QString()) + row->subject;
    }
    case PartyColumn:
        return row->direction == core::Direction::Incoming ? row->organName : row->receivers;
    case UrgencyColumn:
        return QStringList{core::urgencyName(row->urgency), core::secrecyName(row->secrecy)}
            .join(QLatin1Char(' '))
            .trimmed();
    case SignatureColumn:
        return row->signatureStatus ? core::signatureStatusName(*row->signatureStatus) : tr("Not checked");
    default:
        return {};
    }
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    const bool incoming = m_direction == core::Direction::Incoming;
    const bool mixed = !m_direction.has_value();
    switch (section) {
    case NumberColumn:
        return mixed ? tr("Register, no.") : incoming ? tr("Arrival no.") : tr("No.");
    case DateColumn:
        return incoming ? tr("Arrival date") : tr("Date");
    case CodeColumn:
        return tr("Number/symbol");
    case SubjectColumn:
        return tr("Type and subject");
    case PartyColumn:
        return mixed ? tr("From / to") : incoming ? tr("Issuing agency") : tr("Recipients");
    case UrgencyColumn:
        return tr("Urgency");
    case SignatureColumn:
        return tr("Signatures");
    default:
        return {};
    }
}

bool RegisterTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && m_source;
}

void RegisterTableModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT sortRequested(column, order);
}

void RegisterTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty()) {
        return;
    }
    bool more = false;
    const QList<core::RegisterRow> page = m_source(m_rows.back(), PageSize, more);
    m_more = more && !page.isEmpty();
    if (page.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

} // namespace vanthu::gui
