// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/Drafts.h"

namespace vanthu::test
{

render::OfficialDocument unnumberedDecision(const QString& subject, const QString& signerName)
{
    render::OfficialDocument document;
    document.parentAgency = QStringLiteral("UBND THÀNH PHỐ HÀ NỘI");
    document.agency = QStringLiteral("SỞ NỘI VỤ");
    document.codeLine = QStringLiteral("Số:        /QĐ-SNV");
    document.placeDateLine = QStringLiteral("Hà Nội, ngày      tháng      năm 2026");
    document.typeTitle = QStringLiteral("QUYẾT ĐỊNH");
    document.subject = subject;
    document.paragraphs = {QStringLiteral("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020;"),
                           QStringLiteral("Điều 1. Ban hành kèm theo Quyết định này.")};
    document.signerPosition = QStringLiteral("GIÁM ĐỐC");
    document.signerName = signerName;
    document.recipients = {QStringLiteral("- Như Điều 3;"), QStringLiteral("- Lưu: VT, VP.")};
    return document;
}

} // namespace vanthu::test
