// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SimplePdf.h"

#include <QList>

namespace vanthu::test
{

QByteArray simplePdf(const QStringList& pageTexts)
{
    QList<QByteArray> objects;
    const int pageCount = static_cast<int>(pageTexts.size());
    // 1 catalog, 2 pages, 3 font, then (page, content) pairs.
    QByteArray kids;
    for (int page = 0; page < pageCount; ++page) {
        kids += QByteArray::number(4 + 2 * page) + " 0 R ";
    }
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    objects.append("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pageCount) + " >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int page = 0; page < pageCount; ++page) {
        QByteArray text = pageTexts.at(page).toLatin1();
        text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        const QByteArray stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> "
                       ">> /Contents "
                       + QByteArray::number(5 + 2 * page) + " 0 R >>");
        objects.append("<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream");
    }
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (int index = 0; index < objects.size(); ++index) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(index + 1) + " 0 obj\n" + objects.at(index) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace vanthu::test
