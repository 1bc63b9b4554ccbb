// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/XlsxWriter.h"

#include "common/VietnamTime.h"
#include "core/domain/DocumentCode.h"
#include "core/export/ZipWriter.h"

#include <QRegularExpression>

namespace vanthu::core
{
namespace
{

// Style indexes into styles.xml cellXfs.
constexpr int StyleTitle = 1;
constexpr int StyleHeader = 2;
constexpr int StyleCell = 3;
constexpr int StyleCentered = 4;

QString xmlText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t code = ch.unicode();
        // XML 1.0 forbids most C0 controls; they cannot come from a clerk but may come from a received file.
        if ((code < 0x20 && code != u'\t' && code != u'\n' && code != u'\r') || code == 0xFFFE || code == 0xFFFF) {
            continue;
        }
        switch (code) {
        case u'&':
            escaped += QStringLiteral("&amp;");
            break;
        case u'<':
            escaped += QStringLiteral("&lt;");
            break;
        case u'>':
            escaped += QStringLiteral("&gt;");
            break;
        case u'"':
            escaped += QStringLiteral("&quot;");
            break;
        default:
            escaped += ch;
        }
    }
    return escaped;
}

QString columnName(int index)
{
    QString name;
    for (int value = index + 1; value > 0; value = (value - 1) / 26) {
        name.prepend(QChar(u'A' + (value - 1) % 26));
    }
    return name;
}

bool isPlainNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^[1-9][0-9]{0,14}$"));
    return number.match(text).hasMatch();
}

QString cell(int row, int column, const QString& text, int style)
{
    const QString reference = columnName(column) + QString::number(row);
    if (isPlainNumber(text)) {
        return QStringLiteral("<c r=\"%1\" s=\"%2\"><v>%3</v></c>").arg(reference).arg(style).arg(text);
    }
    return QStringLiteral("<c r=\"%1\" s=\"%2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">%3</t></is></c>")
        .arg(reference)
        .arg(style)
        .arg(xmlText(text));
}

QString rowXml(int row, const QStringList& cells, int style, const QString& height = QString())
{
    QString xml = QStringLiteral("<row r=\"%1\"%2>")
                      .arg(row)
                      .arg(height.isEmpty() ? QString() : QStringLiteral(" ht=\"%1\" customHeight=\"1\"").arg(height));
    for (int column = 0; column < cells.size(); ++column) {
        if (!cells.at(column).isEmpty() || style == StyleHeader || style == StyleCell) {
            xml += cell(row, column, cells.at(column), style);
        }
    }
    return xml + QStringLiteral("</row>");
}

QString coverLine(const RegisterCover& cover)
{
    QString line = QStringLiteral("Năm %1").arg(cover.year);
    if (cover.fromDate.isValid()) {
        line += QStringLiteral(" · Từ ngày %1 đến ngày %2 · Từ số %3 đến số %4")
                    .arg(vietnameseShortDate(cover.fromDate), vietnameseShortDate(cover.toDate))
                    .arg(formatSerialNumber(static_cast<int>(cover.fromNumber)),
                         formatSerialNumber(static_cast<int>(cover.toNumber)));
    }
    return line + QStringLiteral(" · Quyển số %1").arg(cover.volume);
}

QByteArray sheetXml(const RegisterTable& table)
{
    const int columnCount = static_cast<int>(table.columns.size());
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                 "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    constexpr int HeaderRow = 5;
    xml += QStringLiteral("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"%1\" topLeftCell=\"A%2\" "
                          "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>")
               .arg(HeaderRow + 1)
               .arg(HeaderRow + 2);
    xml += QStringLiteral("<cols>");
    for (int column = 0; column < columnCount; ++column) {
        const int weight = column < table.columnWeights.size() ? table.columnWeights.at(column) : 10;
        xml += QStringLiteral("<col min=\"%1\" max=\"%1\" width=\"%2\" customWidth=\"1\"/>")
                   .arg(column + 1)
                   .arg(qMax(8, weight * 2));
    }
    xml += QStringLiteral("</cols><sheetData>");
    int row = 1;
    xml += rowXml(row++, {table.cover.parentAgency}, StyleCentered);
    xml += rowXml(row++, {table.cover.agency}, StyleTitle);
    xml += rowXml(row++, {table.cover.title + QStringLiteral(" – ") + table.cover.seriesName}, StyleTitle);
    xml += rowXml(row++, {coverLine(table.cover)}, StyleCentered);
    xml += rowXml(row++, table.columns, StyleHeader, QStringLiteral("45"));
    QStringList numbers;
    for (int column = 0; column < columnCount; ++column) {
        numbers.append(QStringLiteral("(%1)").arg(column + 1));
    }
    xml += rowXml(row++, numbers, StyleHeader);
    for (const QStringList& cells : table.rows) {
        xml += rowXml(row++, cells, StyleCell);
    }
    xml += QStringLiteral("</sheetData>");
    const QString lastColumn = columnName(columnCount - 1);
    xml += QStringLiteral("<mergeCells count=\"4\">");
    for (int merged = 1; merged <= 4; ++merged) {
        const QString rowNumber = QString::number(merged);
        xml += QStringLiteral("<mergeCell ref=\"A") + rowNumber + QLatin1Char(':') + lastColumn + rowNumber
               + QStringLiteral("\"/>");
    }
    xml += QStringLiteral("</mergeCells>");
    xml += QStringLiteral("<pageMargins left=\"0.6\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" "
                          "footer=\"0.3\"/><pageSetup paperSize=\"9\" orientation=\"landscape\"/></worksheet>");
    return xml.toUtf8();
}

const char* const ContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/xl/workbook.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    "<Override PartName=\"/xl/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    "</Types>";

const char* const PackageRelationships =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/></Relationships>";

const char* const WorkbookRelationships =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
    "Target=\"styles.xml\"/></Relationships>";

const char* const Styles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Times New Roman\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"Times New Roman\"/></font>"
    "<font><b/><sz val=\"14\"/><name val=\"Times New Roman\"/></font></fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
    "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/>"
    "</border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    "<cellXfs count=\"5\">"
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
    "<alignment horizontal=\"center\"/></xf>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" "
    "applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\">"
    "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
    "<alignment horizontal=\"center\"/></xf>"
    "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    "</styleSheet>";

QByteArray workbookXml(const RegisterTable& table)
{
    const QString sheetName =
        table.direction == Direction::Outgoing ? QStringLiteral("Sổ văn bản đi") : QStringLiteral("Sổ văn bản đến");
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                          "<sheets><sheet name=\"%1\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                          "<definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">"
                          "'%1'!$5:$6</definedName></definedNames></workbook>")
        .arg(xmlText(sheetName))
        .toUtf8();
}

} // namespace

Result<QByteArray> registerTableToXlsx(const RegisterTable& table)
{
    ZipWriter zip;
    const QList<std::pair<QString, QByteArray>> parts{
        {QStringLiteral("[Content_Types].xml"), QByteArray(ContentTypes)},
        {QStringLiteral("_rels/.rels"), QByteArray(PackageRelationships)},
        {QStringLiteral("xl/workbook.xml"), workbookXml(table)},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), QByteArray(WorkbookRelationships)},
        {QStringLiteral("xl/styles.xml"), QByteArray(Styles)},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(table)},
    };
    for (const auto& [name, content] : parts) {
        if (auto added = zip.add(name, content); !added) {
            return added.error();
        }
    }
    return zip.finish();
}

} // namespace vanthu::core
