// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pades/Certification.h"

#include "signing/pades/PadesSignerText.h"
#include "signing/pdf/FieldTree.h"

namespace vanthu::signing::pades
{
using namespace pdf;

std::optional<int> certificationOf(PdfFile& file, const PdfObject& catalog)
{
    const PdfObject* perms = catalog.find("Perms");
    auto permissions = perms ? file.resolve(*perms) : Result<PdfObject>(PdfObject());
    if (!permissions || !permissions->find("DocMDP")) {
        return std::nullopt;
    }
    auto signature = file.resolve(*permissions->find("DocMDP"));
    const PdfObject* references = signature ? signature->find("Reference") : nullptr;
    auto referenceArray = references ? file.resolve(*references) : Result<PdfObject>(PdfObject());
    if (!referenceArray || !referenceArray->isArray()) {
        return 2;
    }
    for (const PdfObject& item : referenceArray->arrayItems()) {
        auto reference = file.resolve(item);
        const PdfObject* method = reference ? reference->find("TransformMethod") : nullptr;
        if (!method || !method->isName("DocMDP")) {
            continue;
        }
        const PdfObject* parameters = reference->find("TransformParams");
        auto parameterDictionary = parameters ? file.resolve(*parameters) : Result<PdfObject>(PdfObject());
        const PdfObject* p = parameterDictionary ? parameterDictionary->find("P") : nullptr;
        if (!p) {
            return 2;
        }
        return p->isInteger() && p->integerValue() >= 1 && p->integerValue() <= 3 ? static_cast<int>(p->integerValue())
                                                                                  : 1;
    }
    return 2;
}

Result<void> checkCertification(PdfFile& file, const PdfObject& catalog, const PdfObject& fields,
                                const SignRequest& request)
{
    const std::optional<int> certified = certificationOf(file, catalog);
    if (certified && *certified == 1) {
        return Error{ErrorCode::Conflict,
                     PadesSignerText::tr("The document is certified with \"no changes allowed\"; another "
                                         "signature would invalidate the certification."),
                     QStringLiteral("DocMDP P=1")};
    }
    if (certified && ((request.preparedField.isEmpty() && request.visible) || !request.newFields.empty())) {
        return Error{ErrorCode::Conflict,
                     PadesSignerText::tr("The document is certified; a new visible field would invalidate the "
                                         "certification. Sign a prepared signature field, or sign invisibly."),
                     QStringLiteral("DocMDP P=%1, new visible field").arg(*certified)};
    }
    if (!request.certification) {
        return {};
    }
    if (*request.certification < 1 || *request.certification > 3) {
        return Error{ErrorCode::InvalidInput,
                     PadesSignerText::tr("A certification allows changes at level 1, 2 or 3, not %1.")
                         .arg(*request.certification),
                     QString()};
    }
    bool signedBefore = certified.has_value();
    walkFields(file, fields, [&signedBefore](const FieldNode& node) {
        const PdfObject* value = node.dictionary.find("V");
        signedBefore = signedBefore || (node.type.isName("Sig") && value && !value->isNull());
    });
    if (signedBefore) {
        return Error{ErrorCode::Conflict,
                     PadesSignerText::tr("The document is already signed; only the first signature can certify "
                                         "it."),
                     QStringLiteral("certification after a signature")};
    }
    return {};
}

} // namespace vanthu::signing::pades
