// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RegisterPdf.h"

#include "common/VietnamTime.h"
#include "core/domain/DocumentCode.h"
#include "render/PageGeometry.h"
#include "render/SerifFont.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <numeric>

namespace vanthu::render
{
namespace
{

struct RegisterPdfText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterPdfText)
};

constexpr qreal PageWidth = 297;
constexpr qreal PageHeight = 210;
constexpr qreal MarginLeft = 20; // room for binding the book
constexpr qreal MarginRight = 10;
constexpr qreal MarginTop = 12;
constexpr qreal MarginBottom = 14;
constexpr qreal TableWidth = PageWidth - MarginLeft - MarginRight;
constexpr qreal CellPadding = 1.2;
constexpr qreal RunningHeaderHeight = 8;

class RegisterLayout
{
public:
    RegisterLayout(const core::RegisterTable& table, QPdfWriter& writer, const QString& family)
        : m_table(table), m_writer(writer), m_bodyFont(family), m_headerFont(family), m_family(family)
    {
        m_bodyFont.setPointSizeF(10);
        m_headerFont.setPointSizeF(10);
        m_headerFont.setBold(true);
        const int total = std::accumulate(table.columnWeights.begin(), table.columnWeights.end(), 0);
        qreal x = MarginLeft;
        for (qsizetype column = 0; column < table.columns.size(); ++column) {
            const qreal width = TableWidth * table.columnWeights.value(column, 10) / qMax(total, 1);
            m_columnX.append(x);
            m_columnWidth.append(width);
            x += width;
        }
    }

    QFont font(qreal points, bool bold = false, bool italic = false) const
    {
        return serifFont(m_family, points, bold, italic);
    }

    qreal rowHeight(const QStringList& cells, const QFont& rowFont) const
    {
        const QFontMetricsF metrics(rowFont, &m_writer);
        qreal height = 0;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const QRectF box(0, 0, mm(m_columnWidth.at(column) - 2 * CellPadding), mm(PageHeight));
            height = qMax(height, metrics.boundingRect(box, Qt::TextWordWrap, cells.at(column)).height());
        }
        return height * 25.4 / PdfDotsPerInch + 2 * CellPadding;
    }

    /** Splits the rows into pages; each entry is the index of a page's first row. */
    QList<qsizetype> paginate(qreal headerHeight) const
    {
        QList<qsizetype> starts{0};
        const qreal usable = PageHeight - MarginTop - MarginBottom - RunningHeaderHeight - headerHeight;
        qreal used = 0;
        for (qsizetype row = 0; row < m_table.rows.size(); ++row) {
            const qreal height = rowHeight(m_table.rows.at(row), m_bodyFont);
            if (used > 0 && used + height > usable) {
                starts.append(row);
                used = 0;
            }
            used += height;
        }
        return starts;
    }

    qreal drawRow(QPainter& painter, qreal y, const QStringList& cells, const QFont& rowFont, int alignment) const
    {
        const qreal height = rowHeight(cells, rowFont);
        painter.setFont(rowFont);
        painter.setPen(QPen(Qt::black, mm(0.2)));
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const QRectF cell(mm(m_columnX.at(column)), mm(y), mm(m_columnWidth.at(column)), mm(height));
            painter.drawRect(cell);
            const QRectF inner = cell.adjusted(mm(CellPadding), mm(CellPadding), -mm(CellPadding), -mm(CellPadding));
            painter.drawText(inner, alignment | Qt::TextWordWrap, cells.at(column));
        }
        return height;
    }

    const QFont& bodyFont() const
    {
        return m_bodyFont;
    }
    const QFont& headerFont() const
    {
        return m_headerFont;
    }

private:
    const core::RegisterTable& m_table;
    QPdfWriter& m_writer;
    QFont m_bodyFont;
    QFont m_headerFont;
    QString m_family;
    QList<qreal> m_columnX;
    QList<qreal> m_columnWidth;
};

void drawCentred(QPainter& painter, qreal y, const QString& text, const QFont& font)
{
    painter.setFont(font);
    painter.drawText(QRectF(mm(MarginLeft), mm(y), mm(TableWidth), mm(20)), Qt::AlignHCenter | Qt::TextWordWrap, text);
}

void drawCover(QPainter& painter, const RegisterLayout& layout, const core::RegisterCover& cover)
{
    // Phụ lục IV: governing agency, agency, title, year, date range, number range, volume.
    drawCentred(painter, 25, cover.parentAgency.toUpper(), layout.font(14));
    drawCentred(painter, 33, cover.agency.toUpper(), layout.font(14, true));
    painter.setPen(QPen(Qt::black, mm(0.3)));
    painter.drawLine(QPointF(mm(PageWidth / 2 - 25), mm(41)), QPointF(mm(PageWidth / 2 + 25), mm(41)));
    drawCentred(painter, 70, cover.title, layout.font(28, true));
    drawCentred(painter, 86, cover.seriesName, layout.font(14, false, true));
    drawCentred(painter, 104, QStringLiteral("Năm: %1").arg(cover.year), layout.font(16, true));
    const QString dates = cover.fromDate.isValid()
                              ? QStringLiteral("Từ ngày %1 đến ngày %2")
                                    .arg(vietnameseShortDate(cover.fromDate), vietnameseShortDate(cover.toDate))
                              : QStringLiteral("Từ ngày ........ đến ngày ........");
    drawCentred(painter, 118, dates, layout.font(14));
    // A follow-up volume omits "Từ số" (Phụ lục IV); the first volume of the year shows it.
    if (cover.volume <= 1) {
        const QString numbers = cover.fromNumber > 0
                                    ? QStringLiteral("Từ số %1 đến số %2")
                                          .arg(core::formatSerialNumber(static_cast<int>(cover.fromNumber)),
                                               core::formatSerialNumber(static_cast<int>(cover.toNumber)))
                                    : QStringLiteral("Từ số ........ đến số ........");
        drawCentred(painter, 128, numbers, layout.font(14));
    }
    drawCentred(painter, 140, QStringLiteral("Quyển số: %1").arg(cover.volume, 2, 10, QLatin1Char('0')),
                layout.font(14));
}

} // namespace

Result<QByteArray> renderRegisterPdf(const core::RegisterTable& table)
{
    auto family = serifFamily();
    if (!family) {
        return family.error();
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(PdfDotsPerInch);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(), QPageLayout::Millimeter));
    writer.setTitle(QStringLiteral("%1 – %2 – %3").arg(table.cover.title, table.cover.agency).arg(table.cover.year));
    writer.setCreator(QStringLiteral("VanThu"));
    RegisterLayout layout(table, writer, *family);
    QStringList numbers;
    for (qsizetype column = 0; column < table.columns.size(); ++column) {
        numbers.append(QStringLiteral("(%1)").arg(column + 1));
    }
    const qreal headerHeight =
        layout.rowHeight(table.columns, layout.headerFont()) + layout.rowHeight(numbers, layout.headerFont());
    const QList<qsizetype> pageStarts = layout.paginate(headerHeight);

    QPainter painter;
    if (!painter.begin(&writer)) {
        return Error{ErrorCode::Internal, RegisterPdfText::tr("The PDF could not be created."),
                     QStringLiteral("QPainter::begin on QPdfWriter failed")};
    }
    drawCover(painter, layout, table.cover);
    const int pageCount = static_cast<int>(pageStarts.size());
    for (int pageIndex = 0; pageIndex < pageCount; ++pageIndex) {
        writer.newPage();
        painter.setFont(layout.font(9, false, true));
        painter.setPen(Qt::black);
        const QRectF header(mm(MarginLeft), mm(MarginTop), mm(TableWidth), mm(RunningHeaderHeight));
        painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, table.cover.agency);
        painter.drawText(header, Qt::AlignRight | Qt::AlignTop,
                         QStringLiteral("%1 – năm %2").arg(table.cover.title).arg(table.cover.year));
        qreal y = MarginTop + RunningHeaderHeight;
        y += layout.drawRow(painter, y, table.columns, layout.headerFont(), Qt::AlignCenter);
        y += layout.drawRow(painter, y, numbers, layout.headerFont(), Qt::AlignCenter);
        const qsizetype first = pageStarts.at(pageIndex);
        const qsizetype end = pageIndex + 1 < pageCount ? pageStarts.at(pageIndex + 1) : table.rows.size();
        for (qsizetype row = first; row < end; ++row) {
            y += layout.drawRow(painter, y, table.rows.at(row), layout.bodyFont(), Qt::AlignLeft | Qt::AlignTop);
        }
        painter.setFont(layout.font(9));
        painter.drawText(QRectF(mm(MarginLeft), mm(PageHeight - MarginBottom + 4), mm(TableWidth), mm(6)),
                         Qt::AlignHCenter, QStringLiteral("Trang %1/%2").arg(pageIndex + 1).arg(pageCount));
    }
    if (!painter.end()) {
        return Error{ErrorCode::Internal, RegisterPdfText::tr("The PDF could not be created."),
                     QStringLiteral("QPainter::end failed")};
    }
    return bytes;
}

} // namespace vanthu::render
