// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DocumentType.h"

#include "common/TextFold.h"

#include <QCoreApplication>
#include <QStringList>

namespace vanthu::core
{
namespace
{

struct DocumentTypesText
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTypesText)
};

QList<DocumentType> buildCatalogue()
{
    const auto administrative = DocumentKind::Administrative;
    const auto copy = DocumentKind::Copy;
    // NĐ30 Điều 7 and Phụ lục III mục I, in the order of the decree. Mixed case (QyĐ, CTr, TTr, TrS) is official.
    return {
        {QStringLiteral("nghi-quyet"), QStringLiteral("Nghị quyết"), QStringLiteral("NQ"), administrative},
        {QStringLiteral("quyet-dinh"), QStringLiteral("Quyết định"), QStringLiteral("QĐ"), administrative},
        {QStringLiteral("chi-thi"), QStringLiteral("Chỉ thị"), QStringLiteral("CT"), administrative},
        {QStringLiteral("quy-che"), QStringLiteral("Quy chế"), QStringLiteral("QC"), administrative},
        {QStringLiteral("quy-dinh"), QStringLiteral("Quy định"), QStringLiteral("QyĐ"), administrative},
        {QStringLiteral("thong-cao"), QStringLiteral("Thông cáo"), QStringLiteral("TC"), administrative},
        {QStringLiteral("thong-bao"), QStringLiteral("Thông báo"), QStringLiteral("TB"), administrative},
        {QStringLiteral("huong-dan"), QStringLiteral("Hướng dẫn"), QStringLiteral("HD"), administrative},
        {QStringLiteral("chuong-trinh"), QStringLiteral("Chương trình"), QStringLiteral("CTr"), administrative},
        {QStringLiteral("ke-hoach"), QStringLiteral("Kế hoạch"), QStringLiteral("KH"), administrative},
        {QStringLiteral("phuong-an"), QStringLiteral("Phương án"), QStringLiteral("PA"), administrative},
        {QStringLiteral("de-an"), QStringLiteral("Đề án"), QStringLiteral("ĐA"), administrative},
        {QStringLiteral("du-an"), QStringLiteral("Dự án"), QStringLiteral("DA"), administrative},
        {QStringLiteral("bao-cao"), QStringLiteral("Báo cáo"), QStringLiteral("BC"), administrative},
        {QStringLiteral("bien-ban"), QStringLiteral("Biên bản"), QStringLiteral("BB"), administrative},
        {QStringLiteral("to-trinh"), QStringLiteral("Tờ trình"), QStringLiteral("TTr"), administrative},
        {QStringLiteral("hop-dong"), QStringLiteral("Hợp đồng"), QStringLiteral("HĐ"), administrative},
        {QStringLiteral("cong-van"), QStringLiteral("Công văn"), QString(), administrative},
        {QStringLiteral("cong-dien"), QStringLiteral("Công điện"), QStringLiteral("CĐ"), administrative},
        {QStringLiteral("ban-ghi-nho"), QStringLiteral("Bản ghi nhớ"), QStringLiteral("BGN"), administrative},
        {QStringLiteral("ban-thoa-thuan"), QStringLiteral("Bản thỏa thuận"), QStringLiteral("BTT"), administrative},
        {QStringLiteral("giay-uy-quyen"), QStringLiteral("Giấy ủy quyền"), QStringLiteral("GUQ"), administrative},
        {QStringLiteral("giay-moi"), QStringLiteral("Giấy mời"), QStringLiteral("GM"), administrative},
        {QStringLiteral("giay-gioi-thieu"), QStringLiteral("Giấy giới thiệu"), QStringLiteral("GGT"), administrative},
        {QStringLiteral("giay-nghi-phep"), QStringLiteral("Giấy nghỉ phép"), QStringLiteral("GNP"), administrative},
        {QStringLiteral("phieu-gui"), QStringLiteral("Phiếu gửi"), QStringLiteral("PG"), administrative},
        {QStringLiteral("phieu-chuyen"), QStringLiteral("Phiếu chuyển"), QStringLiteral("PC"), administrative},
        {QStringLiteral("phieu-bao"), QStringLiteral("Phiếu báo"), QStringLiteral("PB"), administrative},
        {QStringLiteral("thu-cong"), QStringLiteral("Thư công"), QString(), administrative},
        {QStringLiteral("ban-sao-y"), QStringLiteral("Bản sao y"), QStringLiteral("SY"), copy},
        {QStringLiteral("ban-trich-sao"), QStringLiteral("Bản trích sao"), QStringLiteral("TrS"), copy},
        {QStringLiteral("ban-sao-luc"), QStringLiteral("Bản sao lục"), QStringLiteral("SL"), copy},
    };
}

QString namesOf(const QList<const DocumentType*>& types)
{
    QStringList names;
    for (const DocumentType* type : types) {
        names.append(type->abbreviation.isEmpty()
                         ? type->name
                         : type->name + QStringLiteral(" (") + type->abbreviation + QLatin1Char(')'));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

bool DocumentType::usesUnitNotation() const
{
    return abbreviation.isEmpty();
}

const QList<DocumentType>& DocumentTypes::all()
{
    static const QList<DocumentType> catalogue = buildCatalogue();
    return catalogue;
}

const DocumentType* DocumentTypes::byKey(const QString& key)
{
    for (const DocumentType& type : all()) {
        if (type.key == key) {
            return &type;
        }
    }
    return nullptr;
}

Result<const DocumentType*> DocumentTypes::resolve(const QString& text)
{
    const QString wanted = text.trimmed().normalized(QString::NormalizationForm_C);
    if (wanted.isEmpty()) {
        return Error{ErrorCode::InvalidInput, DocumentTypesText::tr("The document type is missing."),
                     QStringLiteral("empty type")};
    }
    // Exact matches first: abbreviations differ only by đ/Đ or case in several pairs (HĐ/HD, ĐA/DA, CT/CTr).
    for (const DocumentType& type : all()) {
        if (type.key == wanted || (!type.abbreviation.isEmpty() && type.abbreviation == wanted)
            || type.name == wanted) {
            return &type;
        }
    }
    const QString folded = foldForSearch(wanted);
    QList<const DocumentType*> candidates;
    for (const DocumentType& type : all()) {
        const bool abbreviationMatches = !type.abbreviation.isEmpty() && foldForSearch(type.abbreviation) == folded;
        if (abbreviationMatches || foldForSearch(type.name) == folded) {
            candidates.append(&type);
        }
    }
    if (candidates.size() == 1) {
        return candidates.front();
    }
    if (candidates.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     DocumentTypesText::tr("\"%1\" is not a document type of Decree 30/2020. Use a name such as "
                                           "\"Quyết định\" or an official abbreviation such as \"QĐ\".")
                         .arg(wanted),
                     QStringLiteral("unknown type")};
    }
    return Error{
        ErrorCode::InvalidInput,
        DocumentTypesText::tr("\"%1\" could mean %2. Type it with its diacritics.").arg(wanted, namesOf(candidates)),
        QStringLiteral("ambiguous type")};
}

} // namespace vanthu::core
