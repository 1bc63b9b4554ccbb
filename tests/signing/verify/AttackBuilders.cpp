// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/signing/verify/AttackBuilders.h"

#include "signing/cms/CadesSignedData.h"
#include "signing/pdf/FieldTree.h"
#include "tests/signing/verify/VerifyTestSupport.h"
#include "tests/support/oracles/ToolRunner.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QTemporaryDir>

namespace vanthu::test
{
using namespace signing;
using namespace signing::pdf;

namespace
{

constexpr qsizetype contentsHexDigits = 16384;

QByteArray xrefLine(qint64 offset, int generation, char kind)
{
    return QByteArray::number(offset).rightJustified(10, '0') + ' '
           + QByteArray::number(generation).rightJustified(5, '0') + ' ' + kind + " \n";
}

QByteArray referenceText(PdfRef ref)
{
    return QByteArray::number(ref.number) + ' ' + QByteArray::number(ref.generation) + " R";
}

/** The trailer of an update of @p file: /Size, /Prev and the keys every revision repeats, then @p changes. */
PdfObject updateTrailer(PdfFile& file, int size, const PdfDictionary& changes)
{
    PdfObject trailer = PdfObject::dictionary(
        {{"Size", PdfObject::integer(size)}, {"Prev", PdfObject::integer(file.lastXrefOffset())}});
    for (const char* key : {"Root", "Info", "ID"}) {
        if (const PdfObject* value = file.trailer().find(key)) {
            trailer.set(key, *value);
        }
    }
    for (const auto& [key, value] : changes) {
        trailer.set(key.constData(), value);
    }
    return trailer;
}

/** Appends to @p array at @p key of @p holder, writing the array's own object when it is one. */
void appendTo(PdfFile& file, IncrementalUpdate& update, PdfObject& holder, const char* key, const PdfObject& item,
              bool& holderChanged)
{
    PdfObject* current = holder.find(key);
    if (current && current->isReference()) {
        auto array = file.object(current->referenceValue());
        REQUIRE(array.has_value());
        array->arrayItems().push_back(item);
        update.put(current->referenceValue(), *array);
        return;
    }
    if (current && current->isArray()) {
        current->arrayItems().push_back(item);
    } else {
        holder.set(key, PdfObject::array({item}));
    }
    holderChanged = true;
}

} // namespace

QByteArray appendSection(const QByteArray& pdf, const HandSection& section)
{
    auto opened = PdfFile::open(pdf);
    REQUIRE(opened.has_value());
    PdfFile& file = **opened;
    QByteArray out = pdf;
    if (!out.endsWith('\n')) {
        out += '\n';
    }
    std::map<int, QByteArray> lines;
    for (const auto& [number, body] : section.objects) {
        lines[number] = xrefLine(out.size(), 0, 'n');
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    out += section.unlisted;
    for (const auto& [number, place] : section.entries) {
        lines[number] = xrefLine(place.first, place.second, 'n');
    }
    const qint64 xref = out.size();
    out += "xref\n";
    for (auto run = lines.begin(); run != lines.end();) {
        auto end = run;
        for (int next = run->first; end != lines.end() && end->first == next; ++end, ++next) {
        }
        out += QByteArray::number(run->first) + ' ' + QByteArray::number(std::distance(run, end)) + '\n';
        for (; run != end; ++run) {
            out += run->second;
        }
    }
    const int size = std::max(file.objectCount(), lines.empty() ? 0 : lines.rbegin()->first + 1);
    out += "trailer\n" + serialize(updateTrailer(file, size, section.trailer)) + "\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray appendStreamSection(const QByteArray& pdf, const StreamSection& section)
{
    auto opened = PdfFile::open(pdf);
    REQUIRE(opened.has_value());
    PdfFile& file = **opened;
    int highest = nextObjectNumber(pdf) - 1;
    for (const auto& list : {section.objects, section.compressed}) {
        for (const auto& [number, body] : list) {
            highest = std::max(highest, number);
        }
    }
    const int streamNumber = highest + 1;
    const int xrefNumber = highest + 2;
    QByteArray out = pdf;
    if (!out.endsWith('\n')) {
        out += '\n';
    }
    // Each row: type (1 in the file, 2 in an object stream), offset or stream number, generation or index.
    std::map<int, std::tuple<int, qint64, int>> rows;
    for (const auto& [number, body] : section.objects) {
        rows[number] = {1, out.size(), 0};
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    QByteArray header;
    QByteArray bodies;
    int position = 0;
    for (const auto& [number, body] : section.compressed) {
        header += QByteArray::number(number) + ' ' + QByteArray::number(bodies.size()) + ' ';
        bodies += body + '\n';
        rows[number] = {2, streamNumber, position++};
    }
    rows[streamNumber] = {1, out.size(), 0};
    out += QByteArray::number(streamNumber) + " 0 obj\n<</Type/ObjStm/N " + QByteArray::number(position) + "/First "
           + QByteArray::number(header.size()) + "/Length " + QByteArray::number(header.size() + bodies.size())
           + ">>stream\n" + header + bodies + "\nendstream\nendobj\n";
    const qint64 xref = out.size();
    rows[xrefNumber] = {1, xref, 0};
    QByteArray data;
    PdfArray indexArray;
    for (const auto& [number, row] : rows) {
        indexArray.push_back(PdfObject::integer(number));
        indexArray.push_back(PdfObject::integer(1));
        const auto [type, field2, field3] = row;
        data += char(type);
        for (int shift = 24; shift >= 0; shift -= 8) {
            data += char((field2 >> shift) & 0xff);
        }
        data += char((field3 >> 8) & 0xff);
        data += char(field3 & 0xff);
    }
    PdfObject dictionary = updateTrailer(file, xrefNumber + 1, section.trailer);
    dictionary.set("Type", PdfObject::name("XRef"));
    dictionary.set("W", PdfObject::array({PdfObject::integer(1), PdfObject::integer(4), PdfObject::integer(2)}));
    dictionary.set("Index", PdfObject::array(indexArray));
    dictionary.set("Length", PdfObject::integer(data.size()));
    out += QByteArray::number(xrefNumber) + " 0 obj\n" + serialize(dictionary) + "stream\n" + data
           + "\nendstream\nendobj\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

int nextObjectNumber(const QByteArray& pdf)
{
    auto file = PdfFile::open(pdf);
    REQUIRE(file.has_value());
    IncrementalUpdate update(**file);
    return update.allocate().number;
}

PdfObject withHelvetica(PdfFile& file, const PdfObject& resources)
{
    PdfObject result = resources.isDictionary() ? resources : PdfObject::dictionary();
    PdfObject fonts = PdfObject::dictionary();
    if (const PdfObject* existing = result.find("Font")) {
        auto resolved = file.resolve(*existing);
        REQUIRE(resolved.has_value());
        fonts = *resolved;
    }
    fonts.set("FV", PdfObject::dictionary({{"Type", PdfObject::name("Font")},
                                           {"Subtype", PdfObject::name("Type1")},
                                           {"BaseFont", PdfObject::name("Helvetica")}}));
    result.set("Font", fonts);
    return result;
}

QByteArray textStreamBody(const QByteArray& text)
{
    const QByteArray content = "BT /FV 24 Tf 72 700 Td (" + text + ") Tj ET";
    return "<</Length " + QByteArray::number(content.size()) + ">>stream\n" + content + "\nendstream";
}

QString popplerText(const QByteArray& pdf)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("shown.pdf"));
    REQUIRE(writeBytes(path, pdf));
    const ToolRun run = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-q"), path, QStringLiteral("-")}, 60000);
    return run.succeeded() ? QString::fromUtf8(run.standardOutput) : QString();
}

QByteArray byteRangePlaceholder()
{
    return "[0 ********** ********** **********]";
}

QByteArray contentsPlaceholder()
{
    return '<' + QByteArray(contentsHexDigits, '0') + '>';
}

QByteArray signatureDictionary(const QByteArray& extraKeys, const QByteArray& byteRange, const QByteArray& contents)
{
    return "<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached/M(D:20250301090000+07'00')" + extraKeys
           + "/ByteRange " + byteRange + "/Contents " + contents + ">>";
}

QByteArray fillSignature(QByteArray pdf, SigningKey& key, std::optional<qint64> signedEnd)
{
    const qsizetype rangeAt = pdf.lastIndexOf("[0 **********");
    const qsizetype contentsAt = pdf.lastIndexOf(contentsPlaceholder());
    REQUIRE(rangeAt > 0);
    REQUIRE(contentsAt > 0);
    const qint64 a = contentsAt;
    const qint64 b = contentsAt + contentsPlaceholder().size();
    const qint64 end = signedEnd.value_or(pdf.size());
    REQUIRE(end >= b);
    const QByteArray ranges =
        "[0 " + QByteArray::number(a) + ' ' + QByteArray::number(b) + ' ' + QByteArray::number(end - b) + ']';
    pdf.replace(rangeAt, byteRangePlaceholder().size(), ranges.leftJustified(byteRangePlaceholder().size(), ' '));
    const QByteArray digest = QCryptographicHash::hash(pdf.left(a) + pdf.mid(b, end - b), QCryptographicHash::Sha256);
    auto cades = CadesSignature::prepare(key, DigestAlgorithm::Sha256, digest);
    REQUIRE(cades.has_value());
    auto value = key.sign(DigestAlgorithm::Sha256, cades->signedAttributes());
    REQUIRE(value.has_value());
    REQUIRE(cades->setSignatureValue(*value).has_value());
    const QByteArray hex = cades->encode().toHex();
    REQUIRE(hex.size() <= contentsHexDigits);
    pdf.replace(a + 1, hex.size(), hex);
    return pdf;
}

PdfRef fieldReference(PdfFile& file, const QString& name)
{
    PdfRef found{};
    walkFields(file, acroFormFields(file), [&](const FieldNode& node) {
        if (node.name == name && node.reference.isReference() && found.number == 0) {
            found = node.reference.referenceValue();
        }
    });
    return found;
}

std::pair<PdfRef, PdfObject> catalogOf(PdfFile& file)
{
    auto ref = file.catalogRef();
    REQUIRE(ref.has_value());
    auto catalog = file.object(*ref);
    REQUIRE(catalog.has_value());
    return {*ref, *catalog};
}

QByteArray fieldMdpReference(const QByteArray& action, const QByteArray& fields)
{
    return "/Reference[<</Type/SigRef/TransformMethod/FieldMDP/TransformParams<</Type/TransformParams/Action/" + action
           + (fields.isEmpty() ? QByteArray() : "/Fields[" + fields + "]") + "/V/1.2>>>>]";
}

QByteArray docMdpReference(int permission)
{
    return "/Reference[<</Type/SigRef/TransformMethod/DocMDP/TransformParams<</Type/TransformParams/P "
           + QByteArray::number(permission) + "/V/1.2>>>>]";
}

int pageContentNumber(PdfFile& file)
{
    auto [ref, page] = pageOf(file);
    const PdfObject* contents = page.find("Contents");
    REQUIRE(contents);
    auto resolved = file.resolve(*contents);
    REQUIRE(resolved.has_value());
    if (resolved->isArray()) {
        return resolved->arrayItems().front().referenceValue().number;
    }
    return contents->referenceValue().number;
}

QByteArray fillTextField(const QByteArray& pdf, const QString& name, const QByteArray& value)
{
    return appendUpdate(pdf, [&](PdfFile& file, IncrementalUpdate& update) {
        const PdfRef ref = fieldReference(file, name);
        REQUIRE(ref.number != 0);
        auto field = file.object(ref);
        REQUIRE(field.has_value());
        const PdfRef appearance = update.allocate();
        update.putStream(appearance,
                         PdfObject::dictionary({{"Type", PdfObject::name("XObject")},
                                                {"Subtype", PdfObject::name("Form")},
                                                {"BBox", rectangle(0, 0, 120, 20)}}),
                         "BT /Helv 10 Tf 2 5 Td (" + value + ") Tj ET");
        field->set("V", PdfObject::string(value));
        field->set("AP", PdfObject::dictionary({{"N", PdfObject::reference(appearance)}}));
        update.put(ref, *field);
    });
}

const SignatureReport& signatureIn(const ValidationReport& report, const char* field)
{
    const auto found =
        std::find_if(report.signatures.begin(), report.signatures.end(),
                     [field](const SignatureReport& signature) { return signature.field == QLatin1String(field); });
    INFO(field);
    REQUIRE(found != report.signatures.end());
    return *found;
}

PdfObject rectangle(int x1, int y1, int x2, int y2)
{
    return PdfObject::array(
        {PdfObject::integer(x1), PdfObject::integer(y1), PdfObject::integer(x2), PdfObject::integer(y2)});
}

void registerField(PdfFile& file, IncrementalUpdate& update, PdfRef field, std::optional<PdfRef> separateWidget,
                   const std::function<void(PdfObject&)>& editCatalog)
{
    auto [pageRef, page] = pageOf(file);
    bool pageChanged = false;
    appendTo(file, update, page, "Annots", PdfObject::reference(separateWidget.value_or(field)), pageChanged);
    if (pageChanged) {
        update.put(pageRef, page);
    }
    auto [catalogRef, catalog] = catalogOf(file);
    if (editCatalog) {
        editCatalog(catalog);
    }
    PdfObject* form = catalog.find("AcroForm");
    if (form && form->isReference()) {
        auto dictionary = file.object(form->referenceValue());
        REQUIRE(dictionary.has_value());
        bool changed = false;
        appendTo(file, update, *dictionary, "Fields", PdfObject::reference(field), changed);
        dictionary->set("SigFlags", PdfObject::integer(3));
        update.put(form->referenceValue(), *dictionary);
        if (editCatalog) {
            update.put(catalogRef, catalog);
        }
        return;
    }
    if (!form) {
        catalog.set("AcroForm", PdfObject::dictionary());
        form = catalog.find("AcroForm");
    }
    bool changed = false;
    appendTo(file, update, *form, "Fields", PdfObject::reference(field), changed);
    form->set("SigFlags", PdfObject::integer(3));
    update.put(catalogRef, catalog);
}

QByteArray withSignatureField(const QByteArray& pdf, const QString& name, const PdfObject& rect, const PdfObject& lock,
                              bool widgetAsKid)
{
    return appendUpdate(pdf, [&](PdfFile& file, IncrementalUpdate& update) {
        auto [pageRef, page] = pageOf(file);
        const PdfRef field = update.allocate();
        PdfObject widget = PdfObject::dictionary({{"Type", PdfObject::name("Annot")},
                                                  {"Subtype", PdfObject::name("Widget")},
                                                  {"F", PdfObject::integer(4)},
                                                  {"Rect", rect},
                                                  {"P", PdfObject::reference(pageRef)}});
        PdfObject fieldKeys =
            PdfObject::dictionary({{"FT", PdfObject::name("Sig")}, {"T", PdfObject::string(name.toUtf8())}});
        if (lock.isDictionary()) {
            fieldKeys.set("Lock", lock);
        }
        if (widgetAsKid) {
            const PdfRef kid = update.allocate();
            widget.set("Parent", PdfObject::reference(field));
            fieldKeys.set("Kids", PdfObject::array({PdfObject::reference(kid)}));
            update.put(kid, widget);
            update.put(field, fieldKeys);
            registerField(file, update, field, kid);
            return;
        }
        for (const auto& [key, value] : fieldKeys.entries()) {
            widget.set(key.constData(), value);
        }
        update.put(field, widget);
        registerField(file, update, field);
    });
}

QByteArray handSignatureUpdate(const QByteArray& pdf, const HandSignature& signature)
{
    auto opened = PdfFile::open(pdf);
    REQUIRE(opened.has_value());
    PdfFile& file = **opened;
    IncrementalUpdate update(file);
    QByteArray byteRange = byteRangePlaceholder();
    QByteArray contents = contentsPlaceholder();
    if (signature.byteRangeIndirect) {
        const PdfRef ref = update.allocate();
        update.putSerialized(ref, byteRangePlaceholder());
        byteRange = referenceText(ref);
    }
    if (signature.contentsIndirect) {
        const PdfRef ref = update.allocate();
        update.putSerialized(ref, contentsPlaceholder());
        contents = referenceText(ref);
    }
    const QByteArray dictionary = signatureDictionary(
        signature.extraKeys + (signature.docMdp ? docMdpReference(*signature.docMdp) : QByteArray()), byteRange,
        contents);
    const PdfRef signatureRef = signature.directInField ? PdfRef{} : update.allocate();
    auto certify = [&](PdfObject& catalog) {
        catalog.set("Perms", PdfObject::dictionary({{"DocMDP", PdfObject::reference(signatureRef)}}));
    };
    PdfRef fieldRef = fieldReference(file, signature.field);
    PdfObject field;
    if (fieldRef.number == 0) {
        auto [pageRef, page] = pageOf(file);
        fieldRef = update.allocate();
        field = PdfObject::dictionary({{"Type", PdfObject::name("Annot")},
                                       {"Subtype", PdfObject::name("Widget")},
                                       {"FT", PdfObject::name("Sig")},
                                       {"T", PdfObject::string(signature.field.toUtf8())},
                                       {"F", PdfObject::integer(132)},
                                       {"Rect", rectangle(0, 0, 0, 0)},
                                       {"P", PdfObject::reference(pageRef)}});
        registerField(file, update, fieldRef, std::nullopt,
                      signature.docMdp ? std::function<void(PdfObject&)>(certify) : nullptr);
    } else {
        auto existing = file.object(fieldRef);
        REQUIRE(existing.has_value());
        field = *existing;
        if (signature.docMdp) {
            auto [catalogRef, catalog] = catalogOf(file);
            certify(catalog);
            update.put(catalogRef, catalog);
        }
    }
    if (signature.directInField) {
        QByteArray body = serialize(field);
        REQUIRE(body.endsWith(">>"));
        body.chop(2);
        update.putSerialized(fieldRef, body + "/V " + dictionary + ">>");
    } else {
        update.putSerialized(signatureRef, dictionary);
        field.set("V", PdfObject::reference(signatureRef));
        update.put(fieldRef, field);
    }
    if (signature.alsoWrite) {
        signature.alsoWrite(file, update, signatureRef);
    }
    return pdf + update.write().appendix;
}

} // namespace vanthu::test
