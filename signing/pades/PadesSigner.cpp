// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pades/PadesSigner.h"

#include "signing/cms/CadesSignedData.h"
#include "signing/pades/Certification.h"
#include "signing/pades/FormUpdate.h"
#include "signing/pades/PadesSignerText.h"
#include "signing/pades/PdfText.h"
#include "signing/pades/SignatureDictionary.h"
#include "signing/pades/WidgetAppearance.h"
#include "signing/pdf/FieldTree.h"
#include "signing/pdf/IncrementalUpdate.h"

#include <functional>
#include <map>

namespace vanthu::signing
{
using namespace pdf;
using namespace pades;

namespace
{

constexpr int widgetPrint = 4;
constexpr int widgetPrintAndLocked = 4 | 128;

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

/** The AcroForm's /Fields as found (the certification check reads it so) and every field name below it. */
struct ExistingFields
{
    PdfObject array;
    std::map<QString, PdfRef> names;
};

Result<ExistingFields> existingFields(PdfFile& file, const PdfObject& acroForm)
{
    const PdfObject* fields = acroForm.find("Fields");
    auto fieldArray = fields ? file.resolve(*fields) : Result<PdfObject>(PdfObject::array());
    if (!fieldArray) {
        return fieldArray.error();
    }
    auto names = namedFields(file, fieldArray->isArray() ? *fieldArray : PdfObject::array());
    if (!names) {
        return names.error();
    }
    return ExistingFields{std::move(*fieldArray), std::move(*names)};
}

/** The page the signature's widget goes on: the visible signature's, else the first. Errors: no such page. */
Result<PdfRef> signaturePage(const std::vector<PdfRef>& pages, const SignRequest& request)
{
    const int pageIndex = request.visible ? request.visible->pageIndex : 0;
    if (pageIndex < 0 || pageIndex >= static_cast<int>(pages.size())) {
        return Error{ErrorCode::InvalidInput,
                     PadesSignerText::tr("The document has %n page(s); page %1 does not exist.", nullptr,
                                         static_cast<int>(pages.size()))
                         .arg(pageIndex + 1),
                     QString()};
    }
    return pages[static_cast<size_t>(pageIndex)];
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

Result<void> fillTextFields(PdfFile& file, IncrementalUpdate& update, const std::map<QString, PdfRef>& names,
                            const std::vector<FieldFill>& fills)
{
    for (const FieldFill& fill : fills) {
        if (auto filled = fillTextField(file, update, names, fill); !filled) {
            return filled.error();
        }
    }
    return {};
}

/** The field the signature goes in: a prepared one (already pointed at the signature), or a new one to add. */
struct SignatureField
{
    QString name;
    PdfObject lock; ///< the prepared field's /Lock, which becomes the signature's FieldMDP reference
    bool isNew = true;
};

/**
 * Signs the prepared field of @p request, or names the new field: the requested name, which must be new and
 * unqualified, else the first free "Signature<n>" (or "DocumentTimestamp<n>").
 */
Result<SignatureField> chooseSignatureField(PdfFile& file, IncrementalUpdate& update,
                                            const std::map<QString, PdfRef>& names, const SignRequest& request,
                                            PdfRef signatureRef, bool documentTimestamp)
{
    SignatureField field{request.fieldName, PdfObject(), true};
    if (!request.preparedField.isEmpty()) {
        auto lock = signPreparedField(file, update, names, request, signatureRef);
        if (!lock) {
            return lock.error();
        }
        return SignatureField{request.preparedField, std::move(*lock), false};
    }
    if (field.name.isEmpty()) {
        for (int i = 1; field.name.isEmpty() || names.contains(field.name); ++i) {
            field.name =
                (documentTimestamp ? QStringLiteral("DocumentTimestamp%1") : QStringLiteral("Signature%1")).arg(i);
        }
    } else if (names.contains(field.name) || field.name.contains(QLatin1Char('.'))) {
        return Error{ErrorCode::InvalidInput,
                     PadesSignerText::tr("The document already has a field named \"%1\".").arg(field.name), QString()};
    }
    return field;
}

/**
 * The new signature field, merged with its widget on @p page: printed and locked, with the visible signature's
 * appearance in its rectangle, or an empty appearance in a zero rectangle when invisible.
 */
Result<PdfRef> addSignatureWidget(IncrementalUpdate& update, const SignRequest& request, const QString& fieldName,
                                  PdfRef signatureRef, PdfRef page)
{
    const PdfRef widgetRef = update.allocate();
    PdfObject rect =
        PdfObject::array({PdfObject::integer(0), PdfObject::integer(0), PdfObject::integer(0), PdfObject::integer(0)});
    Result<PdfRef> appearance = PdfRef{};
    if (request.visible) {
        const QRectF& area = request.visible->rect;
        if (area.width() <= 0 || area.height() <= 0) {
            return Error{ErrorCode::InvalidInput, PadesSignerText::tr("The signature's rectangle is empty."),
                         QString()};
        }
        rect = pdfRectangle(area);
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
                              {"P", PdfObject::reference(page)},
                              {"Rect", rect},
                              {"AP", PdfObject::dictionary({{"N", PdfObject::reference(*appearance)}})},
                          }));
    return widgetRef;
}

/** An empty field merged with its widget; a signature field's locks become its SigFieldLock. */
PdfObject newFieldWidget(const NewField& field, PdfRef page)
{
    PdfObject widget = PdfObject::dictionary({
        {"Type", PdfObject::name("Annot")},
        {"Subtype", PdfObject::name("Widget")},
        {"FT", PdfObject::name(field.kind == NewField::Kind::Text ? "Tx" : "Sig")},
        {"T", textString(field.name)},
        {"F", PdfObject::integer(widgetPrint)},
        {"P", PdfObject::reference(page)},
        {"Rect", pdfRectangle(field.rect)},
    });
    if (field.kind == NewField::Kind::Text) {
        widget.set("DA", PdfObject::string("/Helv 0 Tf 0 g"));
    } else if (!field.locks.isEmpty()) {
        PdfArray locked;
        for (const QString& name : field.locks) {
            locked.push_back(textString(name));
        }
        widget.set("Lock", PdfObject::dictionary({{"Type", PdfObject::name("SigFieldLock")},
                                                  {"Action", PdfObject::name("Include")},
                                                  {"Fields", PdfObject::array(std::move(locked))}}));
    }
    return widget;
}

/**
 * Adds the empty fields of @p request; their names must be new (also beside @p signatureField). Returns whether one
 * is a text field, whose /DA needs the AcroForm's /Helv.
 */
Result<bool> addNewFields(IncrementalUpdate& update, const SignRequest& request, const std::map<QString, PdfRef>& names,
                          const QString& signatureField, const std::vector<PdfRef>& pages, NewWidgets& widgets)
{
    bool needsHelvetica = false;
    for (const NewField& field : request.newFields) {
        if (names.contains(field.name) || field.name.contains(QLatin1Char('.')) || field.name == signatureField) {
            return Error{ErrorCode::InvalidInput,
                         PadesSignerText::tr("The document already has a field named \"%1\".").arg(field.name),
                         QString()};
        }
        if (field.pageIndex < 0 || field.pageIndex >= static_cast<int>(pages.size()) || field.rect.isEmpty()) {
            return Error{ErrorCode::Internal, PadesSignerText::tr("A new field has no valid place."), field.name};
        }
        const PdfRef page = pages[static_cast<size_t>(field.pageIndex)];
        const PdfRef widgetRef = update.allocate();
        update.put(widgetRef, newFieldWidget(field, page));
        widgets.add(page, widgetRef);
        needsHelvetica = needsHelvetica || field.kind == NewField::Kind::Text;
    }
    return needsHelvetica;
}

/** Writes the catalog when it changed, with /Perms naming the signature when it certifies the document. */
void writeCatalog(IncrementalUpdate& update, Catalog catalog, const SignRequest& request, PdfRef signatureRef)
{
    if (request.certification) {
        catalog.dictionary.set("Perms", PdfObject::dictionary({{"DocMDP", PdfObject::reference(signatureRef)}}));
        catalog.changed = true;
    }
    if (catalog.changed) {
        update.put(catalog.ref, std::move(catalog.dictionary));
    }
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

struct PreparedUpdate
{
    WrittenUpdate written;
    qint64 contentsStart = 0; ///< absolute offset of '<'
    qint64 contentsEnd = 0;   ///< absolute offset after '>'
    qint64 byteRangeStart = 0;
    QString fieldName;
};

/** Serialises the update with the signature dictionary last put, and finds its placeholders in the file. */
PreparedUpdate writeUpdate(IncrementalUpdate& update, PdfRef signatureRef, SignatureDictionaryBody dictionary,
                           qint64 reserved, QString fieldName)
{
    update.putSerialized(signatureRef, std::move(dictionary.bytes));
    PreparedUpdate prepared;
    prepared.written = update.write();
    const qint64 body =
        prepared.written.objectOffsets.at(signatureRef.number) + IncrementalUpdate::bodyOffset(signatureRef);
    prepared.byteRangeStart = body + dictionary.byteRangeAt;
    prepared.contentsStart = body + dictionary.contentsAt;
    prepared.contentsEnd = prepared.contentsStart + reserved * 2 + 2;
    prepared.fieldName = std::move(fieldName);
    return prepared;
}

/**
 * The incremental update of a signature (or, with @p documentTimestamp, a document timestamp) with @p reserved bytes
 * for /Contents: fills, the signature field and its widget, the new empty fields, the pages and the AcroForm they
 * change, the catalog, and the signature dictionary. Object numbers are allocated in this order, so the same request
 * gives the same bytes.
 */
Result<PreparedUpdate> prepareUpdate(PdfFile& file, const SignRequest& request, qint64 reserved,
                                     bool documentTimestamp = false)
{
    IncrementalUpdate update(file);
    auto catalog = readCatalog(file);
    if (!catalog) {
        return catalog.error();
    }
    auto pages = file.pages();
    if (!pages) {
        return pages.error();
    }
    auto page = signaturePage(*pages, request);
    if (!page) {
        return page.error();
    }
    auto acroForm = readAcroForm(file, catalog->dictionary);
    if (!acroForm) {
        return acroForm.error();
    }
    auto existing = existingFields(file, acroForm->dictionary);
    if (!existing) {
        return existing.error();
    }
    // A document timestamp adds only an invisible field: allowed under every certification (LTA updates).
    if (auto allowed = documentTimestamp ? Result<void>()
                                         : checkCertification(file, catalog->dictionary, existing->array, request);
        !allowed) {
        return allowed.error();
    }
    if (auto filled = fillTextFields(file, update, existing->names, request.fills); !filled) {
        return filled.error();
    }

    const PdfRef signatureRef = update.allocate();
    auto field = chooseSignatureField(file, update, existing->names, request, signatureRef, documentTimestamp);
    if (!field) {
        return field.error();
    }
    NewWidgets widgets(file, update);
    if (field->isNew) {
        auto widget = addSignatureWidget(update, request, field->name, signatureRef, *page);
        if (!widget) {
            return widget.error();
        }
        widgets.add(*page, *widget);
    }
    auto needsHelvetica = addNewFields(update, request, existing->names, field->name, *pages, widgets);
    if (!needsHelvetica) {
        return needsHelvetica.error();
    }
    if (auto written = widgets.writePages(); !written) {
        return written.error();
    }
    if (auto registered = registerFields(file, update, *acroForm, widgets, *needsHelvetica); !registered) {
        return registered.error();
    }
    writeAcroForm(update, std::move(*acroForm), *catalog, field->isNew);
    writeCatalog(update, std::move(*catalog), request, signatureRef);

    return writeUpdate(update, signatureRef,
                       documentTimestamp ? documentTimestampDictionary(reserved)
                                         : signatureDictionary(request, field->lock, reserved),
                       reserved, field->name);
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
    const QByteArray byteRange = byteRangeText(prepared.contentsStart, prepared.contentsEnd, start + appendix.size());
    appendix.replace(prepared.byteRangeStart - start, byteRange.size(), byteRange);
    const std::unique_ptr<DigestContext> hasher = inputDigest.clone();
    hasher->add(QByteArrayView(appendix).first(prepared.contentsStart - start));
    hasher->add(QByteArrayView(appendix).sliced(prepared.contentsEnd - start));
    return hasher->finish();
}

/** Puts @p contents (it fits: checked by the caller) into /Contents. */
SignedPdf finish(const QByteArray& input, PreparedUpdate prepared, const QByteArray& contents, qint64 reserved)
{
    const QByteArray hex = contents.toHex();
    prepared.written.appendix.replace(prepared.contentsStart - prepared.written.appendixStart + 1, hex.size(), hex);
    SignedPdf signedPdf;
    signedPdf.original = input;
    signedPdf.appendix = std::move(prepared.written.appendix);
    signedPdf.fieldName = prepared.fieldName;
    signedPdf.cmsBytes = contents.size();
    signedPdf.reservedBytes = reserved;
    return signedPdf;
}

/** What goes into /Contents for the digest of the byte ranges: a CMS signature, or a timestamp token. */
using ContentsMaker = std::function<Result<QByteArray>(const QByteArray& byteRangeDigest)>;

/**
 * Prepares the update with @p reserved bytes for /Contents and fills them with what @p makeContents returns. Its size
 * is known only once it is made (a TSA's token and chain vary), so when it does not fit, the update is prepared again
 * once with room for it; @p contentsName names it in the error when that fails too.
 */
Result<SignedPdf> signInReservedSpace(const QByteArray& input, PdfFile& file, const SignRequest& request,
                                      const InputDigest& inputDigestOf, qint64 reserved, bool documentTimestamp,
                                      const ContentsMaker& makeContents, const char* contentsName)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto prepared = prepareUpdate(file, request, reserved, documentTimestamp);
        if (!prepared) {
            return prepared.error();
        }
        const DigestContext& inputDigest = inputDigestOf();
        if (inputDigest.algorithm() != request.digest) {
            return Error{ErrorCode::Internal, PadesSignerText::tr("The signature could not be computed."),
                         QStringLiteral("input hashed with another algorithm")};
        }
        auto contents = makeContents(byteRangeDigest(*prepared, inputDigest));
        if (!contents) {
            return contents.error();
        }
        if (contents->size() > reserved) {
            reserved = (contents->size() + 4096 + 1023) / 1024 * 1024;
            continue;
        }
        return finish(input, std::move(*prepared), *contents, reserved);
    }
    return Error{ErrorCode::Internal, PadesSignerText::tr("The signature did not fit in the space reserved for it."),
                 QStringLiteral("%1 larger than %2 bytes twice").arg(QLatin1String(contentsName)).arg(reserved)};
}

/** The CAdES signature over @p byteRangeDigest: signed attributes, the key's signature value, and a timestamp (B-T). */
Result<QByteArray> cadesSignature(SigningKey& key, const SignRequest& request, const QByteArray& byteRangeDigest)
{
    auto cades = CadesSignature::prepare(key, request.digest, byteRangeDigest, request.extraCertificates);
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
    return cades->encode();
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
    DigestContext inputDigest(digest);
    inputDigest.add(input);
    SignRequest request;
    request.digest = digest;
    constexpr qint64 reserved = 16 * 1024; // a token with the TSA's chain
    auto stamped = signInReservedSpace(
        input, **opened, request, [&inputDigest]() -> const DigestContext& { return inputDigest; }, reserved, true,
        [&](const QByteArray& byteRangeDigest) { return timestamper(digest, byteRangeDigest); }, "token");
    if (stamped) {
        stamped->timestamped = true;
    }
    return stamped;
}

Result<SignedPdf> PadesSigner::sign(const QByteArray& input, SigningKey& key, const SignRequest& request)
{
    DigestContext inputDigest(request.digest);
    inputDigest.add(input);
    return sign(input, key, request, [&inputDigest]() -> const DigestContext& { return inputDigest; });
}

Result<SignedPdf> PadesSigner::sign(const QByteArray& input, SigningKey& key, const SignRequest& request,
                                    const InputDigest& inputDigest)
{
    if (!request.signingTime.isValid()) {
        return Error{ErrorCode::Internal, PadesSignerText::tr("The signing time is missing."), QString()};
    }
    auto opened = openForSigning(input);
    if (!opened) {
        return opened.error();
    }
    auto signedPdf = signInReservedSpace(
        input, **opened, request, inputDigest, estimateCmsSize(key, request), false,
        [&](const QByteArray& byteRangeDigest) { return cadesSignature(key, request, byteRangeDigest); }, "CMS");
    if (signedPdf) {
        signedPdf->timestamped = static_cast<bool>(request.timestamper);
    }
    return signedPdf;
}

} // namespace vanthu::signing
