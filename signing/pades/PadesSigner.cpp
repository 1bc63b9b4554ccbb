// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pades/PadesSigner.h"

#include "signing/cms/CadesSignedData.h"
#include "signing/pades/PdfText.h"
#include "signing/pdf/FieldTree.h"
#include "signing/pdf/IncrementalUpdate.h"
#include "signing/pdf/PageImport.h"

#include <QCoreApplication>

#include <cmath>
#include <map>
#include <set>

namespace vanthu::signing
{
using namespace pdf;

namespace
{

struct PadesSignerText
{
    Q_DECLARE_TR_FUNCTIONS(PadesSignerText)
};

constexpr int widgetPrint = 4;
constexpr int widgetPrintAndLocked = 4 | 128;
const QByteArray byteRangeReservation = "[0 0000000000 0000000000 0000000000]";

PdfObject number(double value)
{
    return PdfObject::real(QByteArray::number(value, 'f', 2));
}

/** Every named field node (fully qualified name → its object), so names never collide and prepared fields are found. */
Result<std::map<QString, PdfRef>> namedFields(PdfFile& file, const PdfObject& fields)
{
    std::map<QString, PdfRef> names;
    walkFields(file, fields, [&names](const FieldNode& node) {
        if (node.dictionary.find("T")) {
            names.emplace(node.name, node.reference.isReference() ? node.reference.referenceValue() : PdfRef{});
        }
    });
    return names;
}

PdfObject rectangle(const QRectF& area)
{
    return PdfObject::array({number(area.left()), number(area.top()), number(area.left() + area.width()),
                             number(area.top() + area.height())});
}

QRectF rectOf(const PdfObject& widget)
{
    const PdfObject* rect = widget.find("Rect");
    if (!rect || !rect->isArray() || rect->arrayItems().size() != 4) {
        return {};
    }
    const PdfArray& r = rect->arrayItems();
    const double x1 = std::min(r[0].numberValue(), r[2].numberValue());
    const double y1 = std::min(r[1].numberValue(), r[3].numberValue());
    return QRectF(x1, y1, std::abs(r[2].numberValue() - r[0].numberValue()),
                  std::abs(r[3].numberValue() - r[1].numberValue()));
}

/** Imports page 1 of @p appearancePdf as a form of @p size and wraps it in the widget's own appearance stream. */
Result<PdfRef> importAppearance(IncrementalUpdate& update, const QByteArray& appearancePdf, QSizeF size)
{
    auto source = PdfFile::open(appearancePdf);
    if (!source) {
        return source.error().withContext(PadesSignerText::tr("Signature appearance"));
    }
    auto form = importPageAsForm(update, **source, 0, size.width(), size.height());
    if (!form) {
        return form.error();
    }
    const PdfRef appearance = update.allocate();
    update.putStream(
        appearance,
        PdfObject::dictionary({
            {"Type", PdfObject::name("XObject")},
            {"Subtype", PdfObject::name("Form")},
            {"BBox", PdfObject::array(
                         {PdfObject::integer(0), PdfObject::integer(0), number(size.width()), number(size.height())})},
            {"Resources",
             PdfObject::dictionary({{"XObject", PdfObject::dictionary({{"Im0", PdfObject::reference(*form)}})}})},
        }),
        "/Im0 Do");
    return appearance;
}

Result<PdfRef> emptyAppearance(IncrementalUpdate& update)
{
    const PdfRef appearance = update.allocate();
    update.putStream(appearance,
                     PdfObject::dictionary({
                         {"Type", PdfObject::name("XObject")},
                         {"Subtype", PdfObject::name("Form")},
                         {"BBox", PdfObject::array({PdfObject::integer(0), PdfObject::integer(0), PdfObject::integer(0),
                                                    PdfObject::integer(0)})},
                     }),
                     QByteArray());
    return appearance;
}

/** A field given by name that is merged with its widget (the shape VanThu prepares), or an error naming it. */
Result<std::pair<PdfRef, PdfObject>> mergedField(PdfFile& file, const std::map<QString, PdfRef>& names,
                                                 const QString& name, const char* type)
{
    const auto found = names.find(name);
    if (found == names.end() || found->second.number == 0) {
        return Error{ErrorCode::NotFound, PadesSignerText::tr("The document has no field named \"%1\".").arg(name),
                     QString()};
    }
    auto field = file.object(found->second);
    if (!field) {
        return field.error();
    }
    const PdfObject* fieldType = field->find("FT");
    if (!fieldType || !fieldType->isName(type) || !field->find("Rect")) {
        return Error{ErrorCode::Unsupported,
                     PadesSignerText::tr("The field \"%1\" is not a %2 field VanThu can fill.")
                         .arg(name, QString::fromLatin1(type)),
                     QStringLiteral("field is not a merged /FT /%1 widget").arg(QString::fromLatin1(type))};
    }
    return std::make_pair(found->second, std::move(*field));
}

Result<void> fillTextField(PdfFile& file, IncrementalUpdate& update, const std::map<QString, PdfRef>& names,
                           const FieldFill& fill)
{
    auto field = mergedField(file, names, fill.name, "Tx");
    if (!field) {
        return field.error();
    }
    auto& [ref, dictionary] = *field;
    auto appearance = importAppearance(update, fill.appearancePdf, rectOf(dictionary).size());
    if (!appearance) {
        return appearance.error();
    }
    dictionary.set("V", textString(fill.value));
    dictionary.set("AP", PdfObject::dictionary({{"N", PdfObject::reference(*appearance)}}));
    const PdfObject* flags = dictionary.find("Ff");
    dictionary.set("Ff", PdfObject::integer((flags ? flags->integerValue() : 0) | 1)); // read-only once issued
    update.put(ref, std::move(dictionary));
    return {};
}

/** Points the prepared signature field at @p signatureRef (and gives it its appearance); returns its /Lock. */
Result<PdfObject> signPreparedField(PdfFile& file, IncrementalUpdate& update, const std::map<QString, PdfRef>& names,
                                    const SignRequest& request, PdfRef signatureRef)
{
    auto field = mergedField(file, names, request.preparedField, "Sig");
    if (!field) {
        return field.error();
    }
    auto& [ref, dictionary] = *field;
    if (dictionary.find("V") && !dictionary.find("V")->isNull()) {
        return Error{ErrorCode::Conflict,
                     PadesSignerText::tr("The field \"%1\" is already signed.").arg(request.preparedField), QString()};
    }
    if (request.visible) {
        const QRectF area = rectOf(dictionary);
        if (area.isEmpty()) {
            return Error{ErrorCode::InvalidInput,
                         PadesSignerText::tr("The field \"%1\" is invisible; it cannot show an appearance.")
                             .arg(request.preparedField),
                         QString()};
        }
        auto appearance = importAppearance(update, request.visible->appearancePdf, area.size());
        if (!appearance) {
            return appearance.error();
        }
        dictionary.set("AP", PdfObject::dictionary({{"N", PdfObject::reference(*appearance)}}));
    }
    dictionary.set("V", PdfObject::reference(signatureRef));
    PdfObject lock;
    if (const PdfObject* lockEntry = dictionary.find("Lock")) {
        auto resolved = file.resolve(*lockEntry);
        if (!resolved) {
            return resolved.error();
        }
        lock = std::move(*resolved);
    }
    update.put(ref, std::move(dictionary));
    return lock;
}

/**
 * The DocMDP /P of the document's certification signature (2 when it names none, 1 when it names one the standard
 * does not define: the validator's strictest reading), or nullopt when not certified.
 */
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

/**
 * Refuses what would break the certification in force (signing.md §6: P=1 no change at all; P=2 and 3 no new visible
 * signature field and no new form field, which strict validators reject as a Sneaky Signature), and certifying a
 * document that already carries a signature (ISO 32000-1: the certification must be the first signature).
 */
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

/**
 * Appends @p items to the array @p key of @p holder. All items go in at once: an array held as an object of its own is
 * read from the file and written back whole, so appending one item at a time would keep only the last.
 */
Result<void> appendToArray(PdfFile& file, IncrementalUpdate& update, PdfObject& holder, const char* key,
                           const PdfArray& items, bool& holderChanged)
{
    if (items.empty()) {
        return {};
    }
    PdfObject* current = holder.find(key);
    if (current && current->isReference()) {
        const PdfRef arrayRef = current->referenceValue();
        auto array = file.object(arrayRef);
        if (!array) {
            return array.error();
        }
        if (array->isArray()) {
            for (const PdfObject& item : items) {
                array->arrayItems().push_back(item);
            }
            update.put(arrayRef, std::move(*array));
            return {};
        }
        // A dangling or wrong reference: replace it by a direct array in the holder.
    }
    if (current && current->isArray()) {
        for (const PdfObject& item : items) {
            current->arrayItems().push_back(item);
        }
    } else {
        holder.set(key, PdfObject::array(items));
    }
    holderChanged = true;
    return {};
}

/** Fixed layout: /ByteRange and /Contents last, so the signer can patch them in place. */
QByteArray withByteRangeAndContents(const PdfObject& dictionary, qint64 reserved, qint64& byteRangeAt,
                                    qint64& contentsAt)
{
    QByteArray body = serialize(dictionary);
    body.chop(2); // ">>"
    body.append("/ByteRange");
    byteRangeAt = body.size();
    body.append(byteRangeReservation);
    body.append("/Contents");
    contentsAt = body.size();
    body.append('<').append(QByteArray(reserved * 2, '0')).append('>');
    body.append(">>");
    return body;
}

/** A document timestamp's dictionary (ETSI EN 319 142-1 §5.4.3): no /M, no signer's details. */
QByteArray documentTimestampBody(qint64 reserved, qint64& byteRangeAt, qint64& contentsAt)
{
    return withByteRangeAndContents(PdfObject::dictionary({
                                        {"Type", PdfObject::name("DocTimeStamp")},
                                        {"Filter", PdfObject::name("Adobe.PPKLite")},
                                        {"SubFilter", PdfObject::name("ETSI.RFC3161")},
                                    }),
                                    reserved, byteRangeAt, contentsAt);
}

QByteArray signatureDictionaryBody(const SignRequest& request, const PdfObject& fieldLock, qint64 reserved,
                                   qint64& byteRangeAt, qint64& contentsAt)
{
    PdfObject dictionary = PdfObject::dictionary({
        {"Type", PdfObject::name("Sig")},
        {"Filter", PdfObject::name("Adobe.PPKLite")},
        {"SubFilter", PdfObject::name("ETSI.CAdES.detached")},
        {"M", PdfObject::string(pdfDate(request.signingTime))},
    });
    if (!request.reason.isEmpty()) {
        dictionary.set("Reason", textString(request.reason));
    }
    if (!request.location.isEmpty()) {
        dictionary.set("Location", textString(request.location));
    }
    if (!request.contactInfo.isEmpty()) {
        dictionary.set("ContactInfo", textString(request.contactInfo));
    }
    PdfArray references;
    if (request.certification) {
        references.push_back(PdfObject::dictionary({
            {"Type", PdfObject::name("SigRef")},
            {"TransformMethod", PdfObject::name("DocMDP")},
            {"TransformParams", PdfObject::dictionary({{"Type", PdfObject::name("TransformParams")},
                                                       {"P", PdfObject::integer(*request.certification)},
                                                       {"V", PdfObject::name("1.2")}})},
        }));
    }
    if (fieldLock.isDictionary()) {
        // The prepared field's /Lock becomes the FieldMDP reference, so validators know what the signature locks.
        PdfObject parameters = PdfObject::dictionary({{"Type", PdfObject::name("TransformParams")}});
        for (const char* key : {"Action", "Fields"}) {
            if (const PdfObject* value = fieldLock.find(key)) {
                parameters.set(key, *value);
            }
        }
        parameters.set("V", PdfObject::name("1.2"));
        references.push_back(PdfObject::dictionary({
            {"Type", PdfObject::name("SigRef")},
            {"TransformMethod", PdfObject::name("FieldMDP")},
            {"TransformParams", std::move(parameters)},
        }));
    }
    if (!references.empty()) {
        dictionary.set("Reference", PdfObject::array(std::move(references)));
    }
    dictionary.set("Prop_Build",
                   PdfObject::dictionary({{"App", PdfObject::dictionary({{"Name", PdfObject::name("VanThu")}})}}));
    return withByteRangeAndContents(dictionary, reserved, byteRangeAt, contentsAt);
}

qint64 estimateCmsSize(const SigningKey& key, const SignRequest& request)
{
    const bool timestamped = static_cast<bool>(request.timestamper);
    qint64 size = 1024 + key.keyBits() / 8 * 2;
    size += key.certificateDer().size();
    for (const QByteArray& certificate : key.chainDer() + request.extraCertificates) {
        size += certificate.size();
    }
    if (timestamped) {
        size += 12 * 1024; // token with the TSA's chain; a second pass grows it if a TSA sends more
    }
    return (size + 1023) / 1024 * 1024;
}

/** Widgets added to pages: each page (or its /Annots array) is written once, however many widgets it gets. */
class NewWidgets
{
public:
    NewWidgets(PdfFile& file, IncrementalUpdate& update) : m_file(file), m_update(update)
    {
    }

    void add(PdfRef page, PdfRef widget)
    {
        auto& onPage = m_pages[page.number];
        onPage.first = page;
        onPage.second.push_back(PdfObject::reference(widget));
        m_added.push_back(widget);
    }

    Result<void> writePages()
    {
        for (auto& [number, onPage] : m_pages) {
            auto page = m_file.object(onPage.first);
            if (!page) {
                return page.error();
            }
            bool pageChanged = false;
            if (auto appended = appendToArray(m_file, m_update, *page, "Annots", onPage.second, pageChanged);
                !appended) {
                return appended;
            }
            if (pageChanged) {
                m_update.put(onPage.first, std::move(*page));
            }
        }
        return {};
    }

    [[nodiscard]] const std::vector<PdfRef>& added() const
    {
        return m_added;
    }

private:
    PdfFile& m_file;
    IncrementalUpdate& m_update;
    std::map<int, std::pair<PdfRef, PdfArray>> m_pages; ///< page number: the page and its new widgets
    std::vector<PdfRef> m_added;
};

/** Gives the AcroForm's /DR a /Helv font for the /DA of new text fields; true when the AcroForm changed. */
bool addDefaultFont(PdfFile& file, PdfObject& acroForm)
{
    PdfObject resources = PdfObject::dictionary();
    if (const PdfObject* existing = acroForm.find("DR")) {
        auto resolved = file.resolve(*existing);
        if (resolved && resolved->isDictionary()) {
            resources = std::move(*resolved);
        }
    }
    PdfObject fonts = PdfObject::dictionary();
    if (const PdfObject* existing = resources.find("Font")) {
        auto resolved = file.resolve(*existing);
        if (resolved && resolved->isDictionary()) {
            fonts = std::move(*resolved);
        }
    }
    if (fonts.find("Helv")) {
        return false;
    }
    fonts.set("Helv", PdfObject::dictionary({{"Type", PdfObject::name("Font")},
                                             {"Subtype", PdfObject::name("Type1")},
                                             {"BaseFont", PdfObject::name("Helvetica")},
                                             {"Encoding", PdfObject::name("WinAnsiEncoding")}}));
    resources.set("Font", std::move(fonts));
    acroForm.set("DR", std::move(resources));
    return true;
}

struct PreparedUpdate
{
    WrittenUpdate written;
    qint64 contentsStart = 0; ///< absolute offset of '<'
    qint64 contentsEnd = 0;   ///< absolute offset after '>'
    qint64 byteRangeStart = 0;
    QString fieldName;
};

Result<PreparedUpdate> prepareUpdate(PdfFile& file, const SignRequest& request, qint64 reserved,
                                     bool documentTimestamp = false)
{
    IncrementalUpdate update(file);
    auto catalogRef = file.catalogRef();
    if (!catalogRef) {
        return catalogRef.error();
    }
    auto catalog = file.object(*catalogRef);
    if (!catalog) {
        return catalog.error();
    }
    if (!catalog->isDictionary()) {
        return PdfFile::damaged(QStringLiteral("catalog is not a dictionary"));
    }
    auto pages = file.pages();
    if (!pages) {
        return pages.error();
    }
    const int pageIndex = request.visible ? request.visible->pageIndex : 0;
    if (pageIndex < 0 || pageIndex >= static_cast<int>(pages->size())) {
        return Error{ErrorCode::InvalidInput,
                     PadesSignerText::tr("The document has %n page(s); page %1 does not exist.", nullptr,
                                         static_cast<int>(pages->size()))
                         .arg(pageIndex + 1),
                     QString()};
    }
    const PdfRef pageRef = (*pages)[static_cast<size_t>(pageIndex)];

    // AcroForm: indirect (write that object) or inside the catalog (write the catalog).
    bool catalogChanged = false;
    PdfRef acroFormRef{};
    PdfObject acroForm = PdfObject::dictionary();
    bool acroFormIndirect = false;
    if (const PdfObject* existing = catalog->find("AcroForm")) {
        if (existing->isReference()) {
            acroFormRef = existing->referenceValue();
            auto value = file.object(acroFormRef);
            if (!value) {
                return value.error();
            }
            if (value->isDictionary()) {
                acroForm = std::move(*value);
                acroFormIndirect = true;
            }
        } else if (existing->isDictionary()) {
            acroForm = *existing;
        }
    }
    const PdfObject* fields = acroForm.find("Fields");
    auto fieldArray = fields ? file.resolve(*fields) : Result<PdfObject>(PdfObject::array());
    if (!fieldArray) {
        return fieldArray.error();
    }
    auto names = namedFields(file, fieldArray->isArray() ? *fieldArray : PdfObject::array());
    if (!names) {
        return names.error();
    }
    // A document timestamp adds only an invisible field: allowed under every certification (LTA updates).
    if (auto allowed = documentTimestamp ? Result<void>() : checkCertification(file, *catalog, *fieldArray, request);
        !allowed) {
        return allowed.error();
    }

    for (const FieldFill& fill : request.fills) {
        if (auto filled = fillTextField(file, update, *names, fill); !filled) {
            return filled.error();
        }
    }

    const PdfRef signatureRef = update.allocate();
    NewWidgets widgets(file, update);
    bool needsHelvetica = false;
    QString fieldName = request.fieldName;
    PdfObject fieldLock;
    bool addsField = true;
    if (!request.preparedField.isEmpty()) {
        auto prepared = signPreparedField(file, update, *names, request, signatureRef);
        if (!prepared) {
            return prepared.error();
        }
        fieldName = request.preparedField;
        fieldLock = std::move(*prepared);
        addsField = false;
    } else if (fieldName.isEmpty()) {
        for (int i = 1; fieldName.isEmpty() || names->contains(fieldName); ++i) {
            fieldName =
                (documentTimestamp ? QStringLiteral("DocumentTimestamp%1") : QStringLiteral("Signature%1")).arg(i);
        }
    } else if (names->contains(fieldName) || fieldName.contains(QLatin1Char('.'))) {
        return Error{ErrorCode::InvalidInput,
                     PadesSignerText::tr("The document already has a field named \"%1\".").arg(fieldName), QString()};
    }

    if (addsField) {
        const PdfRef widgetRef = update.allocate();
        PdfObject rect = PdfObject::array(
            {PdfObject::integer(0), PdfObject::integer(0), PdfObject::integer(0), PdfObject::integer(0)});
        Result<PdfRef> appearance = PdfRef{};
        if (request.visible) {
            const QRectF& area = request.visible->rect;
            if (area.width() <= 0 || area.height() <= 0) {
                return Error{ErrorCode::InvalidInput, PadesSignerText::tr("The signature's rectangle is empty."),
                             QString()};
            }
            rect = rectangle(area);
            appearance = importAppearance(update, request.visible->appearancePdf, area.size());
        } else {
            appearance = emptyAppearance(update);
        }
        if (!appearance) {
            return appearance.error();
        }
        update.put(widgetRef, PdfObject::dictionary({
                                  {"Type", PdfObject::name("Annot")},
                                  {"Subtype", PdfObject::name("Widget")},
                                  {"FT", PdfObject::name("Sig")},
                                  {"T", textString(fieldName)},
                                  {"V", PdfObject::reference(signatureRef)},
                                  {"F", PdfObject::integer(widgetPrintAndLocked)},
                                  {"P", PdfObject::reference(pageRef)},
                                  {"Rect", rect},
                                  {"AP", PdfObject::dictionary({{"N", PdfObject::reference(*appearance)}})},
                              }));

        widgets.add(pageRef, widgetRef);
    }
    for (const NewField& field : request.newFields) {
        if (names->contains(field.name) || field.name.contains(QLatin1Char('.')) || field.name == fieldName) {
            return Error{ErrorCode::InvalidInput,
                         PadesSignerText::tr("The document already has a field named \"%1\".").arg(field.name),
                         QString()};
        }
        if (field.pageIndex < 0 || field.pageIndex >= static_cast<int>(pages->size()) || field.rect.isEmpty()) {
            return Error{ErrorCode::Internal, PadesSignerText::tr("A new field has no valid place."), field.name};
        }
        const PdfRef fieldPage = (*pages)[static_cast<size_t>(field.pageIndex)];
        const PdfRef widgetRef = update.allocate();
        PdfObject widget = PdfObject::dictionary({
            {"Type", PdfObject::name("Annot")},
            {"Subtype", PdfObject::name("Widget")},
            {"FT", PdfObject::name(field.kind == NewField::Kind::Text ? "Tx" : "Sig")},
            {"T", textString(field.name)},
            {"F", PdfObject::integer(widgetPrint)},
            {"P", PdfObject::reference(fieldPage)},
            {"Rect", rectangle(field.rect)},
        });
        if (field.kind == NewField::Kind::Text) {
            widget.set("DA", PdfObject::string("/Helv 0 Tf 0 g"));
            needsHelvetica = true;
        } else if (!field.locks.isEmpty()) {
            PdfArray locked;
            for (const QString& name : field.locks) {
                locked.push_back(textString(name));
            }
            widget.set("Lock", PdfObject::dictionary({{"Type", PdfObject::name("SigFieldLock")},
                                                      {"Action", PdfObject::name("Include")},
                                                      {"Fields", PdfObject::array(std::move(locked))}}));
        }
        update.put(widgetRef, std::move(widget));
        widgets.add(fieldPage, widgetRef);
    }
    if (auto written = widgets.writePages(); !written) {
        return written.error();
    }
    bool fieldsChanged = false;
    PdfArray newFields;
    for (const PdfRef& widget : widgets.added()) {
        newFields.push_back(PdfObject::reference(widget));
    }
    if (auto appended = appendToArray(file, update, acroForm, "Fields", newFields, fieldsChanged); !appended) {
        return appended.error();
    }
    if (needsHelvetica && addDefaultFont(file, acroForm)) {
        fieldsChanged = true;
    }

    // A new field changes /Fields (unless that array is an object of its own, already written).
    bool acroFormChanged = addsField
                           && !(acroForm.find("Fields") && acroForm.find("Fields")->isReference()
                                && update.contains(acroForm.find("Fields")->referenceValue().number));
    const PdfObject* sigFlags = acroForm.find("SigFlags");
    if (!sigFlags || !sigFlags->isInteger() || (sigFlags->integerValue() & 3) != 3) {
        acroForm.set("SigFlags", PdfObject::integer((sigFlags ? sigFlags->integerValue() : 0) | 3));
        acroFormChanged = true;
    }
    if (acroFormChanged) {
        if (acroFormIndirect) {
            update.put(acroFormRef, std::move(acroForm));
        } else if (!catalog->find("AcroForm") || !catalog->find("AcroForm")->isReference()) {
            catalog->set("AcroForm", std::move(acroForm));
            catalogChanged = true;
        } else {
            // The catalog points at something that is not a dictionary: give it a proper AcroForm object.
            const PdfRef fresh = update.allocate();
            update.put(fresh, std::move(acroForm));
            catalog->set("AcroForm", PdfObject::reference(fresh));
            catalogChanged = true;
        }
    }
    if (request.certification) {
        catalog->set("Perms", PdfObject::dictionary({{"DocMDP", PdfObject::reference(signatureRef)}}));
        catalogChanged = true;
    }
    if (catalogChanged) {
        update.put(*catalogRef, std::move(*catalog));
    }

    qint64 byteRangeAt = 0;
    qint64 contentsAt = 0;
    update.putSerialized(signatureRef, documentTimestamp ? documentTimestampBody(reserved, byteRangeAt, contentsAt)
                                                         : signatureDictionaryBody(request, fieldLock, reserved,
                                                                                   byteRangeAt, contentsAt));

    PreparedUpdate prepared;
    prepared.written = update.write();
    const qint64 body =
        prepared.written.objectOffsets.at(signatureRef.number) + IncrementalUpdate::bodyOffset(signatureRef);
    prepared.byteRangeStart = body + byteRangeAt;
    prepared.contentsStart = body + contentsAt;
    prepared.contentsEnd = prepared.contentsStart + reserved * 2 + 2;
    prepared.fieldName = fieldName;
    return prepared;
}

/** The input as a PdfFile, refused when encrypted (its strings would need encrypting too). */
Result<std::unique_ptr<PdfFile>> openForSigning(const QByteArray& input)
{
    auto opened = PdfFile::open(input);
    if (opened && (*opened)->isEncrypted()) {
        return Error{ErrorCode::Unsupported,
                     PadesSignerText::tr("The PDF is password-protected or encrypted; remove the protection before "
                                         "signing."),
                     QStringLiteral("/Encrypt in trailer")};
    }
    return opened;
}

/** Writes the final /ByteRange into the prepared update and hashes the bytes it names (the input, then the rest). */
QByteArray byteRangeDigest(PreparedUpdate& prepared, const DigestContext& inputDigest)
{
    QByteArray& appendix = prepared.written.appendix;
    const qint64 start = prepared.written.appendixStart;
    const qint64 fileSize = start + appendix.size();
    QByteArray byteRange = "[0 " + QByteArray::number(prepared.contentsStart) + ' '
                           + QByteArray::number(prepared.contentsEnd) + ' '
                           + QByteArray::number(fileSize - prepared.contentsEnd) + ']';
    byteRange = byteRange.leftJustified(byteRangeReservation.size(), ' ');
    appendix.replace(prepared.byteRangeStart - start, byteRange.size(), byteRange);
    const std::unique_ptr<DigestContext> hasher = inputDigest.clone();
    hasher->add(QByteArrayView(appendix).first(prepared.contentsStart - start));
    hasher->add(QByteArrayView(appendix).sliced(prepared.contentsEnd - start));
    return hasher->finish();
}

/** Puts @p cms (it fits: checked by the caller) into /Contents. */
SignedPdf finish(const QByteArray& input, PreparedUpdate prepared, const QByteArray& cms, qint64 reserved)
{
    const QByteArray hex = cms.toHex();
    prepared.written.appendix.replace(prepared.contentsStart - prepared.written.appendixStart + 1, hex.size(), hex);
    SignedPdf signedPdf;
    signedPdf.original = input;
    signedPdf.appendix = std::move(prepared.written.appendix);
    signedPdf.fieldName = prepared.fieldName;
    signedPdf.cmsBytes = cms.size();
    signedPdf.reservedBytes = reserved;
    return signedPdf;
}

} // namespace

Result<SignedPdf> PadesSigner::timestampDocument(const QByteArray& input, DigestAlgorithm digest,
                                                 const Timestamper& timestamper)
{
    if (!timestamper) {
        return Error{ErrorCode::Internal, PadesSignerText::tr("No timestamp authority is configured."), QString()};
    }
    auto opened = openForSigning(input);
    if (!opened) {
        return opened.error();
    }
    PdfFile& file = **opened;
    DigestContext inputDigest(digest);
    inputDigest.add(input);
    SignRequest request;
    request.digest = digest;
    qint64 reserved = 16 * 1024; // a token with the TSA's chain; a second pass grows it if a TSA sends more
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto prepared = prepareUpdate(file, request, reserved, true);
        if (!prepared) {
            return prepared.error();
        }
        auto token = timestamper(digest, byteRangeDigest(*prepared, inputDigest));
        if (!token) {
            return token.error();
        }
        if (token->size() > reserved) {
            reserved = (token->size() + 4096 + 1023) / 1024 * 1024;
            continue;
        }
        SignedPdf stamped = finish(input, std::move(*prepared), *token, reserved);
        stamped.timestamped = true;
        return stamped;
    }
    return Error{ErrorCode::Internal, PadesSignerText::tr("The signature did not fit in the space reserved for it."),
                 QStringLiteral("token larger than %1 bytes twice").arg(reserved)};
}

Result<SignedPdf> PadesSigner::sign(const QByteArray& input, SigningKey& key, const SignRequest& request)
{
    DigestContext inputDigest(request.digest);
    inputDigest.add(input);
    return sign(input, key, request, inputDigest);
}

Result<SignedPdf> PadesSigner::sign(const QByteArray& input, SigningKey& key, const SignRequest& request,
                                    const DigestContext& inputDigest)
{
    if (inputDigest.algorithm() != request.digest) {
        return Error{ErrorCode::Internal, PadesSignerText::tr("The signature could not be computed."),
                     QStringLiteral("input hashed with another algorithm")};
    }
    if (!request.signingTime.isValid()) {
        return Error{ErrorCode::Internal, PadesSignerText::tr("The signing time is missing."), QString()};
    }
    auto opened = openForSigning(input);
    if (!opened) {
        return opened.error();
    }
    PdfFile& file = **opened;

    qint64 reserved = estimateCmsSize(key, request);
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto prepared = prepareUpdate(file, request, reserved);
        if (!prepared) {
            return prepared.error();
        }
        auto cades = CadesSignature::prepare(key, request.digest, byteRangeDigest(*prepared, inputDigest),
                                             request.extraCertificates);
        if (!cades) {
            return cades.error();
        }
        auto signatureValue = key.sign(request.digest, cades->signedAttributes());
        if (!signatureValue) {
            return signatureValue.error();
        }
        if (auto accepted = cades->setSignatureValue(std::move(*signatureValue)); !accepted) {
            return accepted.error();
        }
        if (request.timestamper) {
            auto token = request.timestamper(request.digest, computeDigest(request.digest, cades->signatureValue()));
            if (!token) {
                return token.error();
            }
            cades->setTimestampToken(std::move(*token));
        }
        const QByteArray cms = cades->encode();
        if (cms.size() > reserved) {
            reserved = (cms.size() + 4096 + 1023) / 1024 * 1024;
            continue;
        }
        SignedPdf signedPdf = finish(input, std::move(*prepared), cms, reserved);
        signedPdf.timestamped = static_cast<bool>(request.timestamper);
        return signedPdf;
    }
    return Error{ErrorCode::Internal, PadesSignerText::tr("The signature did not fit in the space reserved for it."),
                 QStringLiteral("CMS larger than %1 bytes twice").arg(reserved)};
}

} // namespace vanthu::signing
