// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/OfficialDocument.h"

#include "render/PageGeometry.h"
#include "render/SerifFont.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace vanthu::render
{
namespace
{

struct OfficialDocumentText
{
    Q_DECLARE_TR_FUNCTIONS(OfficialDocumentText)
};

// NĐ30 Phụ lục I: A4 portrait; margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
constexpr qreal MarginTop = 20;
constexpr qreal MarginBottom = 20;
constexpr qreal MarginLeft = 30;
constexpr qreal MarginRight = 15;
constexpr qreal PageWidth = 210;
constexpr qreal PageHeight = 297;
constexpr qreal ContentWidth = PageWidth - MarginLeft - MarginRight;
constexpr qreal LeftBlockWidth = 75;

class DocumentPainter
{
public:
    DocumentPainter(QPdfWriter& writer, QPainter& painter, QString family)
        : m_writer(writer), m_painter(painter), m_family(std::move(family))
    {
    }

    QFont font(qreal points, bool bold = false, bool italic = false) const
    {
        return serifFont(m_family, points, bold, italic);
    }

    /** Draws wrapped text in a box of the given width at (x, y) mm; returns the height used in mm. */
    qreal text(qreal xMm, qreal yMm, qreal widthMm, const QString& content, const QFont& textFont, int flags)
    {
        m_painter.setFont(textFont);
        const QRectF box(mm(xMm), mm(yMm), mm(widthMm), mm(PageHeight));
        QRectF used;
        m_painter.drawText(box, flags | Qt::TextWordWrap, content, &used);
        return used.height() * 25.4 / PdfDotsPerInch;
    }

    qreal measure(qreal widthMm, const QString& content, const QFont& textFont, int flags) const
    {
        const QFontMetricsF metrics(textFont, &m_writer);
        const QRectF used =
            metrics.boundingRect(QRectF(0, 0, mm(widthMm), mm(PageHeight)), flags | Qt::TextWordWrap, content);
        return used.height() * 25.4 / PdfDotsPerInch;
    }

    void line(qreal x1, qreal y, qreal x2)
    {
        m_painter.setPen(QPen(Qt::black, mm(0.25)));
        m_painter.drawLine(QPointF(mm(x1), mm(y)), QPointF(mm(x2), mm(y)));
    }

    void newPage(int pageNumber)
    {
        m_writer.newPage();
        // Page numbers from page 2, centred in the top margin (Phụ lục I II.1).
        text(MarginLeft, 10, ContentWidth, QString::number(pageNumber), font(13), Qt::AlignHCenter);
    }

private:
    QPdfWriter& m_writer;
    QPainter& m_painter;
    QString m_family;
};

} // namespace

Result<QByteArray> renderOfficialDocument(const OfficialDocument& document)
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
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
    writer.setTitle(document.metadataTitle);
    writer.setCreator(QStringLiteral("VanThu"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        return Error{ErrorCode::Internal, OfficialDocumentText::tr("The PDF could not be created."),
                     QStringLiteral("QPainter::begin on QPdfWriter failed")};
    }
    DocumentPainter page(writer, painter, *family);
    const qreal rightX = MarginLeft + LeftBlockWidth;
    const qreal rightWidth = ContentWidth - LeftBlockWidth;
    const int centred = Qt::AlignHCenter;

    // ô 1: Quốc hiệu and Tiêu ngữ, right; ô 2: agency, left.
    qreal left = MarginTop;
    left += page.text(MarginLeft, left, LeftBlockWidth, document.parentAgency.toUpper(), page.font(12), centred);
    left += page.text(MarginLeft, left, LeftBlockWidth, document.agency.toUpper(), page.font(12, true), centred);
    page.line(MarginLeft + LeftBlockWidth / 2 - 12, left + 0.8, MarginLeft + LeftBlockWidth / 2 + 12);
    left += 3;
    qreal right = MarginTop;
    right += page.text(rightX, right, rightWidth, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                       page.font(12, true), centred);
    const QString motto = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
    right += page.text(rightX, right, rightWidth, motto, page.font(13, true), centred);
    page.line(rightX + rightWidth / 2 - 30, right + 0.8, rightX + rightWidth / 2 + 30);
    right += 4;
    // ô 3 and ô 4 on the same line.
    const qreal codeLineY = std::max(left, right) + 1;
    left = codeLineY + page.text(MarginLeft, codeLineY, LeftBlockWidth, document.codeLine, page.font(13), centred) + 1;
    right = codeLineY
            + page.text(rightX, codeLineY, rightWidth, document.placeDateLine, page.font(13, false, true), centred);
    const bool letter = document.typeTitle.isEmpty();
    if (letter && !document.subject.isEmpty()) {
        // ô 5b: the công văn's trích yếu sits under its number.
        left += page.text(MarginLeft, left + 1, LeftBlockWidth, document.subject, page.font(12), centred) + 1;
    }
    if (!document.urgencyStamp.isEmpty()) {
        // ô 10b: a red frame with the urgency in bold capitals.
        painter.setPen(QPen(QColor(200, 0, 0), mm(0.4)));
        const QString stamp = document.urgencyStamp.toUpper();
        const qreal stampWidth = 8 + 3.2 * stamp.size();
        const QRectF frame(mm(MarginLeft + LeftBlockWidth / 2 - stampWidth / 2), mm(left + 2), mm(stampWidth), mm(8));
        painter.drawRect(frame);
        painter.setFont(page.font(13, true));
        painter.drawText(frame, Qt::AlignCenter, stamp);
        painter.setPen(Qt::black);
        left += 11;
    }
    qreal y = std::max(left, right) + 8;
    if (!letter) {
        y += page.text(MarginLeft, y, ContentWidth, document.typeTitle.toUpper(), page.font(14, true), centred);
        y += page.text(MarginLeft + 10, y, ContentWidth - 20, document.subject, page.font(14, true), centred);
        page.line(MarginLeft + ContentWidth / 2 - 20, y + 1, MarginLeft + ContentWidth / 2 + 20);
        y += 6;
    }
    if (!document.addressees.isEmpty()) {
        const QString addressees = QStringLiteral("Kính gửi: ") + document.addressees.join(QStringLiteral(";\n"));
        y += page.text(MarginLeft + 20, y, ContentWidth - 20, addressees, page.font(14), Qt::AlignLeft) + 4;
    }
    int pageNumber = 1;
    const qreal bottom = PageHeight - MarginBottom;
    for (const QString& paragraph : document.paragraphs) {
        // The first line is indented 1 cm, done with leading spaces measured in the body font.
        const QString indented = QStringLiteral("\u2003\u2003") + paragraph;
        const qreal height = page.measure(ContentWidth, indented, page.font(14), Qt::AlignJustify);
        if (y + height > bottom) {
            page.newPage(++pageNumber);
            y = MarginTop;
        }
        y += page.text(MarginLeft, y, ContentWidth, indented, page.font(14), Qt::AlignJustify) + 2;
    }
    // ô 7 (signature) right and ô 9b (Nơi nhận) left; kept together on one page.
    const qreal blockHeight = 60;
    if (y + blockHeight > bottom) {
        page.newPage(++pageNumber);
        y = MarginTop;
    }
    y += 4;
    qreal signatureY = y;
    if (!document.signerAuthority.isEmpty()) {
        signatureY +=
            page.text(rightX, signatureY, rightWidth, document.signerAuthority.toUpper(), page.font(13, true), centred);
    }
    signatureY +=
        page.text(rightX, signatureY, rightWidth, document.signerPosition.toUpper(), page.font(13, true), centred);
    page.text(rightX, signatureY + 26, rightWidth, document.signerName, page.font(13, true), centred);
    qreal recipientsY = y;
    recipientsY += page.text(MarginLeft, recipientsY, LeftBlockWidth, QStringLiteral("Nơi nhận:"),
                             page.font(12, true, true), Qt::AlignLeft);
    page.text(MarginLeft, recipientsY, LeftBlockWidth, document.recipients.join(QLatin1Char('\n')), page.font(11),
              Qt::AlignLeft);
    if (!painter.end()) {
        return Error{ErrorCode::Internal, OfficialDocumentText::tr("The PDF could not be created."),
                     QStringLiteral("QPainter::end failed")};
    }
    return bytes;
}

} // namespace vanthu::render
