// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/XlsxWriter.h"

#include "common/VietnamTime.h"
#include "core/domain/DocumentCode.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <memory>

namespace vanthu::core
{
namespace
{

struct XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(XlsxText)
};

// Zero-based rows: four cover lines, the column titles, their numbers (1)–(10), then the entries.
constexpr lxw_row_t CoverLines = 4;
constexpr lxw_row_t HeaderRow = CoverLines;
constexpr lxw_row_t FirstEntryRow = HeaderRow + 2;
constexpr double HeaderHeight = 45; // points
constexpr uint8_t PaperA4 = 9;
// The workbook's creation time is fixed (1980-01-01, the date libxlsxwriter gives the ZIP entries), so the same
// table gives the same bytes.
constexpr time_t FixedCreationTime = 315532800;
const char* const FontName = "Times New Roman";

using WorkbookPointer = std::unique_ptr<lxw_workbook, decltype(&lxw_workbook_free)>;

Error temporaryFolderError(const QString& detail)
{
    return Error{ErrorCode::Io,
                 XlsxText::tr("The spreadsheet could not be written to a temporary folder; check that the disk has "
                              "free space."),
                 detail};
}

Error xlsxError(lxw_error error, const QString& where)
{
    const QString detail = QStringLiteral("libxlsxwriter %1: %2").arg(where, QString::fromUtf8(lxw_strerror(error)));
    switch (error) {
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
        return temporaryFolderError(detail);
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
        return Error{ErrorCode::InvalidInput,
                     XlsxText::tr("The register has more entries than a spreadsheet holds (1,048,570); export a "
                                  "shorter period."),
                     detail};
    default:
        return Error{ErrorCode::Internal, XlsxText::tr("The spreadsheet could not be written."), detail};
    }
}

/**
 * @p text in UTF-8 without the controls XML 1.0 forbids: they cannot come from a clerk but may come from a received
 * file, and libxlsxwriter would keep them as "_x0001_" escapes that a spreadsheet shows as text.
 */
QByteArray cellText(const QString& text)
{
    QString kept;
    kept.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t code = ch.unicode();
        if ((code < 0x20 && code != u'\t' && code != u'\n' && code != u'\r') || code == 0xFFFE || code == 0xFFFF) {
            continue;
        }
        kept += ch;
    }
    return kept.toUtf8();
}

bool isPlainNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^[1-9][0-9]{0,14}$"));
    return number.match(text).hasMatch();
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

/** The sheet's four cell formats, all in Times New Roman. */
struct Formats
{
    lxw_format* title = nullptr;    ///< bold 14, centred: the agency and the book's title
    lxw_format* header = nullptr;   ///< bold, bordered, centred and wrapped: the column titles and numbers
    lxw_format* cell = nullptr;     ///< bordered, top-aligned and wrapped: the entries
    lxw_format* centered = nullptr; ///< centred: the parent agency and the year line
};

lxw_format* addFormat(lxw_workbook* workbook, double size, bool bold)
{
    lxw_format* format = workbook_add_format(workbook);
    if (format) {
        format_set_font_name(format, FontName);
        format_set_font_size(format, size);
        if (bold) {
            format_set_bold(format);
        }
    }
    return format;
}

Result<Formats> addFormats(lxw_workbook* workbook)
{
    Formats formats{addFormat(workbook, 14, true), addFormat(workbook, 11, true), addFormat(workbook, 11, false),
                    addFormat(workbook, 11, false)};
    if (!formats.title || !formats.header || !formats.cell || !formats.centered) {
        return xlsxError(LXW_ERROR_MEMORY_MALLOC_FAILED, QStringLiteral("workbook_add_format"));
    }
    format_set_align(formats.title, LXW_ALIGN_CENTER);
    format_set_border(formats.header, LXW_BORDER_THIN);
    format_set_align(formats.header, LXW_ALIGN_CENTER);
    format_set_align(formats.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(formats.header);
    format_set_border(formats.cell, LXW_BORDER_THIN);
    format_set_align(formats.cell, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(formats.cell);
    format_set_align(formats.centered, LXW_ALIGN_CENTER);
    return formats;
}

/** Writes one sheet through libxlsxwriter and keeps the first error with the call and the cell it was met at. */
class SheetWriter final
{
public:
    explicit SheetWriter(lxw_worksheet* sheet) : m_sheet(sheet)
    {
    }

    bool ok() const
    {
        return m_error == LXW_NO_ERROR;
    }
    void check(lxw_error error, const char* call, lxw_row_t row = 0, lxw_col_t column = 0)
    {
        if (ok() && error != LXW_NO_ERROR) {
            m_error = error;
            m_call = QString::fromLatin1(call);
            m_row = row;
            m_column = column;
        }
    }

    /**
     * Writes @p text: a plain number (no leading zero, at most 15 digits, exact in a double) as a number, anything
     * else as a string, never as a formula. An empty string with a format is a blank, bordered cell.
     */
    void cell(lxw_row_t row, lxw_col_t column, const QString& text, lxw_format* format)
    {
        if (isPlainNumber(text)) {
            check(worksheet_write_number(m_sheet, row, column, text.toDouble(), format), "write_number", row, column);
        } else {
            check(worksheet_write_string(m_sheet, row, column, cellText(text).constData(), format), "write_string", row,
                  column);
        }
    }

    /** One row of cells; empty ones only where @p keepEmpty (the bordered cells of the table). */
    void row(lxw_row_t row, const QStringList& cells, lxw_format* format, bool keepEmpty)
    {
        for (qsizetype column = 0; column < cells.size(); ++column) {
            if (keepEmpty || !cells.at(column).isEmpty()) {
                cell(row, static_cast<lxw_col_t>(column), cells.at(column), format);
            }
        }
    }

    Result<void> result() const
    {
        if (ok()) {
            return {};
        }
        Error failure =
            xlsxError(m_error, QStringLiteral("%1 at row %2 column %3").arg(m_call).arg(m_row + 1).arg(m_column + 1));
        if (m_error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
            failure.code = ErrorCode::InvalidInput;
            failure.message =
                m_row >= FirstEntryRow
                    ? XlsxText::tr("Entry %1 of the register has more text in column (%2) than a spreadsheet cell "
                                   "holds (32,767 characters); export the register as PDF or CSV instead.")
                          .arg(m_row - FirstEntryRow + 1)
                          .arg(m_column + 1)
                    : XlsxText::tr("A heading of the register has more text than a spreadsheet cell holds (32,767 "
                                   "characters).");
        }
        return failure;
    }

private:
    lxw_worksheet* m_sheet;
    lxw_error m_error = LXW_NO_ERROR;
    QString m_call;
    lxw_row_t m_row = 0;
    lxw_col_t m_column = 0;
};

Result<void> writeSheet(lxw_worksheet* sheet, const Formats& formats, const RegisterTable& table)
{
    SheetWriter writer(sheet);
    const auto columnCount = static_cast<lxw_col_t>(table.columns.size());
    for (lxw_col_t column = 0; column < columnCount; ++column) {
        const int weight = column < table.columnWeights.size() ? table.columnWeights.at(column) : 10;
        writer.check(worksheet_set_column(sheet, column, column, qMax(8, weight * 2), nullptr), "set_column");
    }
    // The cover lines span the table's width.
    const std::pair<QString, lxw_format*> cover[CoverLines]{
        {table.cover.parentAgency, formats.centered},
        {table.cover.agency, formats.title},
        {table.cover.title + QStringLiteral(" – ") + table.cover.seriesName, formats.title},
        {coverLine(table.cover), formats.centered},
    };
    for (lxw_row_t row = 0; row < CoverLines; ++row) {
        const auto& [text, format] = cover[row];
        if (columnCount > 1) {
            writer.check(worksheet_merge_range(sheet, row, 0, row, columnCount - 1, cellText(text).constData(), format),
                         "merge_range", row);
        } else {
            writer.row(row, {text}, format, false);
        }
    }
    writer.check(worksheet_set_row(sheet, HeaderRow, HeaderHeight, nullptr), "set_row", HeaderRow);
    writer.row(HeaderRow, table.columns, formats.header, true);
    QStringList numbers;
    for (lxw_col_t column = 0; column < columnCount; ++column) {
        numbers.append(QStringLiteral("(%1)").arg(column + 1));
    }
    writer.row(HeaderRow + 1, numbers, formats.header, true);
    lxw_row_t row = FirstEntryRow;
    for (auto entry = table.rows.cbegin(); entry != table.rows.cend() && writer.ok(); ++entry) {
        writer.row(row++, *entry, formats.cell, true);
    }
    // The cover and the column titles stay in view; the titles and numbers repeat on every printed page.
    worksheet_freeze_panes(sheet, FirstEntryRow, 0);
    writer.check(worksheet_repeat_rows(sheet, HeaderRow, HeaderRow + 1), "repeat_rows");
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, PaperA4);
    worksheet_set_margins(sheet, 0.6, 0.4, 0.6, 0.6);
    return writer.result();
}

} // namespace

Result<QByteArray> registerTableToXlsx(const RegisterTable& table)
{
    // libxlsxwriter 1.1.4 writes only to a file (no output buffer): a private folder holds it and the library's own
    // temporary files, and goes with them.
    const QTemporaryDir folder;
    if (!folder.isValid()) {
        return temporaryFolderError(folder.errorString());
    }
    const QString path = folder.filePath(QStringLiteral("register.xlsx"));
    QByteArray temporaryFolder = QFile::encodeName(folder.path());
    lxw_workbook_options options{};
    // Not constant_memory: the table is in memory already, and the shared strings then hold a repeated name once.
    options.tmpdir = temporaryFolder.data();
    WorkbookPointer workbook(workbook_new_opt(QFile::encodeName(path).constData(), &options), &lxw_workbook_free);
    if (!workbook) {
        return xlsxError(LXW_ERROR_MEMORY_MALLOC_FAILED, QStringLiteral("workbook_new_opt"));
    }
    lxw_doc_properties properties{};
    properties.created = FixedCreationTime;
    if (const lxw_error set = workbook_set_properties(workbook.get(), &properties); set != LXW_NO_ERROR) {
        return xlsxError(set, QStringLiteral("workbook_set_properties"));
    }
    const QByteArray sheetName =
        (table.direction == Direction::Outgoing ? QStringLiteral("Sổ văn bản đi") : QStringLiteral("Sổ văn bản đến"))
            .toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook.get(), sheetName.constData());
    if (!sheet) {
        // An invalid name, or no memory.
        const lxw_error invalid = workbook_validate_sheet_name(workbook.get(), sheetName.constData());
        return xlsxError(invalid != LXW_NO_ERROR ? invalid : LXW_ERROR_MEMORY_MALLOC_FAILED,
                         QStringLiteral("workbook_add_worksheet"));
    }
    auto formats = addFormats(workbook.get());
    if (!formats) {
        return formats.error();
    }
    if (auto written = writeSheet(sheet, *formats, table); !written) {
        return written.error();
    }
    // workbook_close frees the workbook whether or not it could write the file.
    if (const lxw_error closed = workbook_close(workbook.release()); closed != LXW_NO_ERROR) {
        return xlsxError(closed, QStringLiteral("workbook_close"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return temporaryFolderError(file.errorString());
    }
    return file.readAll();
}

} // namespace vanthu::core
