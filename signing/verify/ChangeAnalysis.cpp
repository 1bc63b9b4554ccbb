// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/ChangeAnalysis.h"

#include "signing/pades/PdfText.h"
#include "signing/pdf/FieldTree.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSet>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

namespace vanthu::signing::verify
{
using namespace pdf;

namespace
{

struct ChangeAnalysisText
{
    Q_DECLARE_TR_FUNCTIONS(ChangeAnalysisText)
};

/** Offsets just after each "%%EOF" (and its end of line) in @p pdf. */
std::vector<qint64> revisionEnds(const QByteArray& pdf)
{
    std::vector<qint64> ends;
    for (qsizetype at = pdf.indexOf("%%EOF"); at >= 0; at = pdf.indexOf("%%EOF", at + 5)) {
        qint64 end = at + 5;
        if (end < pdf.size() && pdf[end] == '\r') {
            ++end;
        }
        if (end < pdf.size() && pdf[end] == '\n') {
            ++end;
        }
        ends.push_back(end);
    }
    return ends;
}

/** An annotation's /Rect, normalised; empty when missing, malformed or of zero size. */
QRectF rectOf(const PdfObject& annotation)
{
    const PdfObject* rect = annotation.find("Rect");
    if (!rect || !rect->isArray() || rect->arrayItems().size() != 4) {
        return {};
    }
    const PdfArray& r = rect->arrayItems();
    return QRectF(QPointF(r[0].numberValue(), r[1].numberValue()), QPointF(r[2].numberValue(), r[3].numberValue()))
        .normalized();
}

bool isPrefixArray(const PdfObject& before, const PdfObject& after)
{
    if (!before.isArray() || !after.isArray() || before.arrayItems().size() > after.arrayItems().size()) {
        return false;
    }
    for (size_t i = 0; i < before.arrayItems().size(); ++i) {
        if (serialize(before.arrayItems()[i]) != serialize(after.arrayItems()[i])) {
            return false;
        }
    }
    return true;
}

QSet<QByteArray> changedKeys(const PdfObject& before, const PdfObject& after)
{
    QSet<QByteArray> keys;
    for (const auto& [key, value] : after.entries()) {
        const PdfObject* old = before.find(key.constData());
        if (!old || serialize(*old) != serialize(value)) {
            keys.insert(key);
        }
    }
    for (const auto& [key, value] : before.entries()) {
        if (!after.find(key.constData())) {
            keys.insert(key);
        }
    }
    return keys;
}

QString keyList(const QSet<QByteArray>& keys)
{
    QList<QByteArray> sorted(keys.begin(), keys.end());
    std::sort(sorted.begin(), sorted.end());
    return QString::fromLatin1(sorted.join(", "));
}

bool isAnnotation(const PdfObject& object)
{
    const PdfObject* type = object.find("Type");
    const PdfObject* subtype = object.find("Subtype");
    return (type && type->isName("Annot")) || (subtype && subtype->isName() && object.find("Rect"));
}

QString subtypeOf(const PdfObject& object)
{
    const PdfObject* subtype = object.find("Subtype");
    return subtype && subtype->isName() ? QString::fromLatin1(subtype->bytes()) : QStringLiteral("?");
}

/** Resolves @p key of @p holder in @p file; a null object when absent or unreadable. */
PdfObject resolvedEntry(PdfFile& file, const PdfObject& holder, const char* key)
{
    const PdfObject* value = holder.find(key);
    if (!value) {
        return {};
    }
    auto resolved = file.resolve(*value);
    return resolved ? std::move(*resolved) : PdfObject();
}

/** Page index of every object the pages of @p file list in their /Annots. */
std::map<int, int> annotationPages(PdfFile& file)
{
    std::map<int, int> onPage;
    auto pages = file.pages();
    if (!pages) {
        return onPage;
    }
    for (size_t index = 0; index < pages->size(); ++index) {
        auto page = file.object((*pages)[index]);
        if (!page) {
            continue;
        }
        const PdfObject annots = resolvedEntry(file, *page, "Annots");
        for (const PdfObject& item : annots.arrayItems()) {
            if (item.isReference()) {
                onPage.try_emplace(item.referenceValue().number, static_cast<int>(index));
            }
        }
    }
    return onPage;
}

/** A signed signature field's widget, where it shows on the page. */
struct SignatureArea
{
    int page = 0;
    QRectF rect;
    QString field;
    int object = 0;
};

/** What the signed revision is made of, to name what a later revision touched. */
struct SignedLayout
{
    int catalog = -1;
    int info = -1;
    int acroForm = -1;
    int fieldsArray = -1;
    int dss = -1;                                        ///< an indirect Document Security Store
    std::map<int, int> pages;                            ///< object number -> page index
    QSet<int> pageTree;                                  ///< intermediate /Pages nodes
    std::map<int, int> annotsArrays;                     ///< indirect /Annots array -> page index
    std::map<int, int> contents;                         ///< content stream (or indirect array) -> page index
    std::map<int, std::pair<int, QByteArray>> resources; ///< resource object -> page index, category (Font, XObject...)
    std::map<int, QString> fieldNames;                   ///< field and widget objects -> fully qualified name
    QSet<int> signedFields;                              ///< field and widget objects of fields whose /V is a signature
    std::vector<SignatureArea> signatureAreas;
};

void addResources(PdfFile& file, const PdfObject& page, int index, SignedLayout& layout)
{
    PdfObject node = page;
    const PdfObject* resources = nullptr;
    for (int depth = 0; depth < 32; ++depth) {
        resources = node.find("Resources");
        const PdfObject* parent = node.find("Parent");
        if (resources || !parent || !parent->isReference()) {
            break;
        }
        layout.pageTree.insert(parent->referenceValue().number);
        auto next = file.object(parent->referenceValue());
        if (!next) {
            break;
        }
        node = std::move(*next);
    }
    if (!resources) {
        return;
    }
    if (resources->isReference()) {
        layout.resources.try_emplace(resources->referenceValue().number, index, QByteArray("Resources"));
    }
    auto dictionary = file.resolve(*resources);
    if (!dictionary) {
        return;
    }
    for (const auto& [category, value] : dictionary->entries()) {
        if (value.isReference()) {
            layout.resources.try_emplace(value.referenceValue().number, index, category);
        }
        auto members = file.resolve(value);
        if (!members || !members->isDictionary()) {
            continue;
        }
        for (const auto& [name, member] : members->entries()) {
            Q_UNUSED(name)
            if (member.isReference()) {
                layout.resources.try_emplace(member.referenceValue().number, index, category);
            }
        }
    }
}

void addPages(PdfFile& file, SignedLayout& layout)
{
    auto pages = file.pages();
    if (!pages) {
        return;
    }
    for (size_t index = 0; index < pages->size(); ++index) {
        const PdfRef ref = (*pages)[index];
        const int pageIndex = static_cast<int>(index);
        layout.pages[ref.number] = pageIndex;
        auto page = file.object(ref);
        if (!page) {
            continue;
        }
        if (const PdfObject* annots = page->find("Annots"); annots && annots->isReference()) {
            layout.annotsArrays[annots->referenceValue().number] = pageIndex;
        }
        if (const PdfObject* contents = page->find("Contents")) {
            if (contents->isReference()) {
                layout.contents[contents->referenceValue().number] = pageIndex;
            }
            auto resolved = file.resolve(*contents);
            if (resolved && resolved->isArray()) {
                for (const PdfObject& item : resolved->arrayItems()) {
                    if (item.isReference()) {
                        layout.contents[item.referenceValue().number] = pageIndex;
                    }
                }
            }
        }
        addResources(file, *page, pageIndex, layout);
    }
}

void addFields(PdfFile& file, SignedLayout& layout)
{
    struct Node
    {
        int number;
        QString name;
        QRectF rect;
    };
    std::vector<Node> nodes;
    QSet<QString> signedNames;
    walkFields(file, acroFormFields(file), [&](const FieldNode& node) {
        if (!node.reference.isReference()) {
            return;
        }
        const int number = node.reference.referenceValue().number;
        layout.fieldNames.try_emplace(number, node.name);
        nodes.push_back(Node{number, node.name, rectOf(node.dictionary)});
        const PdfObject* value = node.dictionary.find("V");
        if (node.type.isName("Sig") && value && value->isReference()) {
            auto target = file.object(value->referenceValue());
            if (target && (target->find("ByteRange") || target->find("Contents"))) {
                signedNames.insert(node.name);
            }
        }
    });
    // A widget without /T keeps its field's name: the widgets of a signed field are signed too.
    const std::map<int, int> onPage = signedNames.isEmpty() ? std::map<int, int>() : annotationPages(file);
    for (const Node& node : nodes) {
        if (!signedNames.contains(node.name)) {
            continue;
        }
        layout.signedFields.insert(node.number);
        const auto page = onPage.find(node.number);
        if (page != onPage.end() && !node.rect.isEmpty()) {
            layout.signatureAreas.push_back(SignatureArea{page->second, node.rect, node.name, node.number});
        }
    }
}

SignedLayout layoutOf(PdfFile& file)
{
    SignedLayout layout;
    if (const PdfObject* info = file.trailer().find("Info"); info && info->isReference()) {
        layout.info = info->referenceValue().number;
    }
    auto catalogRef = file.catalogRef();
    if (!catalogRef) {
        return layout;
    }
    layout.catalog = catalogRef->number;
    if (auto catalog = file.object(*catalogRef)) {
        if (const PdfObject* acroForm = catalog->find("AcroForm"); acroForm && acroForm->isReference()) {
            layout.acroForm = acroForm->referenceValue().number;
        }
        if (const PdfObject* dss = catalog->find("DSS"); dss && dss->isReference()) {
            layout.dss = dss->referenceValue().number;
        }
        const PdfObject acroForm = resolvedEntry(file, *catalog, "AcroForm");
        if (const PdfObject* fields = acroForm.find("Fields"); fields && fields->isReference()) {
            layout.fieldsArray = fields->referenceValue().number;
        }
        if (const PdfObject* root = catalog->find("Pages"); root && root->isReference()) {
            layout.pageTree.insert(root->referenceValue().number);
        }
    }
    addPages(file, layout);
    addFields(file, layout);
    return layout;
}

QByteArrayView rawStream(PdfFile& file, const PdfIndirectObject& object)
{
    if (!object.stream) {
        return {};
    }
    return QByteArrayView(file.bytes()).sliced(object.stream->offset, object.stream->length);
}

/** Classifies what one later revision wrote, object by object, against the signed revision. */
class Classifier
{
public:
    Classifier(PdfFile& signedFile, PdfFile& laterFile, const SignedLayout& layout, qint64 signedEnd,
               ChangeReport& report)
        : m_signed(signedFile), m_later(laterFile), m_layout(layout), m_signedEnd(signedEnd), m_report(report)
    {
    }

    void classify(int number, const XrefEntry& entry)
    {
        const XrefEntry* before = m_signed.entry(number);
        const bool existed = before && before->type != XrefEntry::Type::Free;
        if (entry.type == XrefEntry::Type::Free) {
            if (existed) {
                raise(ModificationLevel::Other, "object-freed",
                      ChangeAnalysisText::tr("Object %1 of the signed document was freed.").arg(number));
            }
            return;
        }
        if (before && !existed) {
            raise(ModificationLevel::Other, "object-reactivated",
                  ChangeAnalysisText::tr("Object %1, listed as free in the signed revision, was brought back into "
                                         "use.")
                      .arg(number));
            return;
        }
        if (redirectsIntoSignedBytes(before, entry)) {
            raise(ModificationLevel::Other, "xref-redirected",
                  ChangeAnalysisText::tr("The cross-reference entry of object %1 was pointed at other bytes of the "
                                         "signed revision.")
                      .arg(number));
            return;
        }
        auto after = m_later.indirect(number);
        if (!after) {
            raise(ModificationLevel::Other, "object-unreadable",
                  ChangeAnalysisText::tr("A later revision holds an unreadable object (%1).").arg(number));
            return;
        }
        if (!existed) {
            classifyNew(number, (*after)->value);
            return;
        }
        auto old = m_signed.indirect(number);
        if (!old) {
            raise(ModificationLevel::Other, "object-changed",
                  ChangeAnalysisText::tr("An object of the signed document was redefined (object %1).").arg(number));
            return;
        }
        const bool streamChanged = rawStream(m_signed, **old) != rawStream(m_later, **after);
        if (!streamChanged && serialize((*old)->value) == serialize((*after)->value)) {
            return; // written again, unchanged
        }
        classifyChanged(number, (*old)->value, (*after)->value, streamChanged);
    }

private:
    void raise(ModificationLevel level, const char* code, const QString& message)
    {
        m_report.level = std::max(m_report.level, level);
        m_report.findings.append(Finding{QString::fromLatin1(code), message});
    }

    /** An entry of a later section that makes an object live in the signed bytes where it did not live before. */
    bool redirectsIntoSignedBytes(const XrefEntry* before, const XrefEntry& entry) const
    {
        const bool same =
            before && before->type == entry.type && before->location == entry.location
            && (entry.type != XrefEntry::Type::InObjectStream || before->generationOrIndex == entry.generationOrIndex);
        if (same) {
            return false;
        }
        if (entry.type == XrefEntry::Type::InFile) {
            return entry.location < m_signedEnd;
        }
        if (entry.type == XrefEntry::Type::InObjectStream && entry.location <= 0x7fffffff) {
            // An object stream of the signed revision, left as it was there.
            const int stream = static_cast<int>(entry.location);
            const XrefEntry* streamBefore = m_signed.entry(stream);
            const XrefEntry* streamNow = m_later.entry(stream);
            return streamBefore && streamNow && streamBefore->type == XrefEntry::Type::InFile
                   && streamNow->type == XrefEntry::Type::InFile && streamBefore->location == streamNow->location;
        }
        return false;
    }

    std::optional<int> laterPageOf(int number)
    {
        if (!m_laterAnnotationPages) {
            m_laterAnnotationPages = annotationPages(m_later);
        }
        const auto found = m_laterAnnotationPages->find(number);
        return found == m_laterAnnotationPages->end() ? std::nullopt : std::optional<int>(found->second);
    }

    /** A finding (not a level) when @p annotation on @p page covers a signature widget of the signed revision. */
    void checkOverlap(int number, const PdfObject& annotation, std::optional<int> page)
    {
        const QRectF rect = rectOf(annotation);
        if (!page || rect.isEmpty()) {
            return;
        }
        for (const SignatureArea& area : m_layout.signatureAreas) {
            if (area.page == *page && area.object != number && area.rect.intersects(rect)) {
                m_report.findings.append(
                    Finding{QStringLiteral("annotation-over-signature"),
                            ChangeAnalysisText::tr("An annotation (%1) on page %2 lies over the signature \"%3\".")
                                .arg(subtypeOf(annotation))
                                .arg(*page + 1)
                                .arg(area.field)});
            }
        }
    }

    bool isSignatureValue(const PdfObject& field)
    {
        const PdfObject value = resolvedEntry(m_later, field, "V");
        const PdfObject* type = value.find("Type");
        const PdfObject* subFilter = value.find("SubFilter");
        return (type && type->isName("DocTimeStamp")) || (subFilter && subFilter->isName("ETSI.RFC3161"));
    }

    void classifyNew(int number, const PdfObject& object)
    {
        const PdfObject* type = object.find("Type");
        const PdfObject* subtype = object.find("Subtype");
        if (type && type->isName("DocTimeStamp")) {
            raise(ModificationLevel::LtaUpdates, "document-timestamp-added",
                  ChangeAnalysisText::tr("A document timestamp was added."));
            return;
        }
        if (!isAnnotation(object)) {
            // Other new objects (appearance streams, fonts, signature dictionaries, xref streams, DSS data) matter
            // only through the objects that use them, which are classified in their own right.
            return;
        }
        const std::optional<int> page = laterPageOf(number);
        if (subtype && subtype->isName("Widget")) {
            PdfObject fieldType = object.find("FT") ? *object.find("FT") : PdfObject();
            if (fieldType.isNull() && object.find("Parent")) {
                fieldType = resolvedEntry(m_later, resolvedEntry(m_later, object, "Parent"), "FT");
            }
            if (!fieldType.isName("Sig")) {
                raise(ModificationLevel::Other, "form-field-added",
                      ChangeAnalysisText::tr("A new form field was added after signing; it can show any text over "
                                             "the page."));
            } else if (rectOf(object).isEmpty()) {
                // Only a document timestamp's field belongs with LTA updates; an invisible approval signature is a
                // signature like any other (not allowed under "no changes").
                raise(isSignatureValue(object) ? ModificationLevel::LtaUpdates : ModificationLevel::FormFilling,
                      "invisible-signature-field-added",
                      ChangeAnalysisText::tr("An invisible signature field was added."));
            } else {
                m_report.visibleSignatureFieldAdded = true;
                raise(ModificationLevel::FormFilling, "signature-field-added",
                      page
                          ? ChangeAnalysisText::tr("A new visible signature field was added on page %1.").arg(*page + 1)
                          : ChangeAnalysisText::tr("A new visible signature field was added."));
            }
        } else if (page) {
            raise(ModificationLevel::Annotations, "annotation-added",
                  ChangeAnalysisText::tr("An annotation (%1) was added on page %2.")
                      .arg(subtypeOf(object))
                      .arg(*page + 1));
        } else {
            raise(
                ModificationLevel::Annotations, "annotation-added",
                ChangeAnalysisText::tr("An annotation (%1) was added but is not on any page.").arg(subtypeOf(object)));
        }
        checkOverlap(number, object, page);
    }

    /** Items appended to a page's annotations must be new objects: showing one the signed file hid is an attack. */
    void classifyAppended(const PdfObject& before, const PdfObject& after, int page)
    {
        bool attachedExisting = false;
        for (size_t index = before.arrayItems().size(); index < after.arrayItems().size(); ++index) {
            const PdfObject& item = after.arrayItems()[index];
            const XrefEntry* entry = item.isReference() ? m_signed.entry(item.referenceValue().number) : nullptr;
            if (!item.isReference() || (entry && entry->type != XrefEntry::Type::Free)) {
                attachedExisting = true;
                raise(ModificationLevel::Other, "existing-object-attached",
                      ChangeAnalysisText::tr("Page %1 now shows an annotation the signed revision carried without "
                                             "showing it.")
                          .arg(page + 1));
            }
        }
        if (!attachedExisting) {
            // Bookkeeping only: each appended annotation is classified by itself (a document timestamp's invisible
            // field stays an LTA update).
            raise(ModificationLevel::LtaUpdates, "annotations-appended",
                  ChangeAnalysisText::tr("Page %1 received new annotations or fields (see below).").arg(page + 1));
        }
    }

    void classifyAnnots(const PdfObject& before, const PdfObject& after, int page)
    {
        if (isPrefixArray(before, after)) {
            classifyAppended(before, after, page);
        } else {
            raise(ModificationLevel::Other, "annotations-removed",
                  ChangeAnalysisText::tr("Annotations of page %1 were removed or reordered.").arg(page + 1));
        }
    }

    void classifyAcroForm(const PdfObject& before, const PdfObject& after)
    {
        const QSet<QByteArray> keys = changedKeys(before, after);
        QSet<QByteArray> other = keys;
        other.subtract({"Fields", "SigFlags", "DR", "DA", "NeedAppearances"});
        const bool fieldsGrew =
            !keys.contains("Fields")
            || isPrefixArray(resolvedEntry(m_signed, before, "Fields"), resolvedEntry(m_later, after, "Fields"));
        QSet<QByteArray> beyondFields = keys;
        beyondFields.subtract({"Fields", "SigFlags"});
        if (other.isEmpty() && fieldsGrew) {
            // A longer field list is bookkeeping (the new fields are classified by themselves); form defaults
            // (/DR, /DA, /NeedAppearances) change how fields look: form filling.
            raise(beyondFields.isEmpty() ? ModificationLevel::LtaUpdates : ModificationLevel::FormFilling,
                  "form-changed", ChangeAnalysisText::tr("The form's field list was extended."));
        } else {
            raise(ModificationLevel::Other, "form-rewritten",
                  ChangeAnalysisText::tr("The form was rewritten, not only extended (%1).").arg(keyList(keys)));
        }
    }

    /** Validation data may be added to the DSS; nothing it held may change or go (signing.md §6, LTA_UPDATES). */
    void classifyDss(const PdfObject& before, const PdfObject& after, const QSet<QByteArray>& keys)
    {
        bool onlyAdded = true;
        for (const QByteArray& key : keys) {
            const PdfObject* old = before.find(key.constData());
            const PdfObject* now = after.find(key.constData());
            const bool grows = (key == "Certs" || key == "OCSPs" || key == "CRLs") && now && now->isArray()
                               && (!old || isPrefixArray(*old, *now));
            const bool newVri = key == "VRI" && !old;
            onlyAdded = onlyAdded && (grows || newVri || (key == "Type" && !old));
        }
        if (onlyAdded) {
            raise(ModificationLevel::LtaUpdates, "dss-extended",
                  ChangeAnalysisText::tr("Validation data (certificates, OCSP responses, CRLs) were added."));
        } else {
            raise(ModificationLevel::Other, "dss-rewritten",
                  ChangeAnalysisText::tr("Validation data the document held were changed or removed (%1).")
                      .arg(keyList(keys)));
        }
    }

    void classifyCatalog(const PdfObject& before, const PdfObject& after, const QSet<QByteArray>& keys)
    {
        QSet<QByteArray> other = keys;
        other.subtract({"DSS", "Extensions", "Metadata", "Version"});
        if (other.isEmpty()) {
            raise(ModificationLevel::LtaUpdates, "catalog-lta",
                  ChangeAnalysisText::tr("Long-term validation data or metadata was added."));
        } else if (other == QSet<QByteArray>{"AcroForm"}) {
            const PdfObject oldForm = resolvedEntry(m_signed, before, "AcroForm");
            const PdfObject newForm = resolvedEntry(m_later, after, "AcroForm");
            classifyAcroForm(oldForm.isDictionary() ? oldForm : PdfObject::dictionary(), newForm);
        } else {
            raise(ModificationLevel::Other, "catalog-changed",
                  ChangeAnalysisText::tr("The document's structure (catalog) was changed (%1).").arg(keyList(other)));
        }
    }

    void classifyPage(int page, const PdfObject& before, const PdfObject& after, const QSet<QByteArray>& keys)
    {
        if (keys == QSet<QByteArray>{"Annots"}) {
            const PdfObject oldAnnots = resolvedEntry(m_signed, before, "Annots");
            classifyAnnots(oldAnnots.isArray() ? oldAnnots : PdfObject::array(),
                           resolvedEntry(m_later, after, "Annots"), page);
            return;
        }
        if (keys.contains("Contents")) {
            raise(ModificationLevel::Other, "page-content-changed",
                  ChangeAnalysisText::tr("The content of page %1 was replaced.").arg(page + 1));
        }
        raise(ModificationLevel::Other, "page-changed",
              ChangeAnalysisText::tr("Page %1 was changed (%2).").arg(page + 1).arg(keyList(keys)));
    }

    void classifyField(int number, const PdfObject& before, const QSet<QByteArray>& keys)
    {
        const auto known = m_layout.fieldNames.find(number);
        const QString name = known != m_layout.fieldNames.end() ? known->second
                             : before.find("T") && before.find("T")->isString()
                                 ? fromTextString(before.find("T")->bytes())
                                 : QString::number(number);
        if (!m_report.changedFields.contains(name)) {
            m_report.changedFields.append(name);
        }
        if (m_layout.signedFields.contains(number)) {
            raise(ModificationLevel::Other, "signed-field-changed",
                  ChangeAnalysisText::tr("The already signed field \"%1\" was changed.").arg(name));
            return;
        }
        QSet<QByteArray> other = keys;
        other.subtract({"V", "AP", "AS", "F", "Ff", "DA", "Q", "MK"});
        if (other.isEmpty()) {
            raise(ModificationLevel::FormFilling, "field-filled",
                  ChangeAnalysisText::tr("The field \"%1\" was filled in.").arg(name));
        } else {
            raise(ModificationLevel::Other, "field-moved",
                  ChangeAnalysisText::tr("The field \"%1\" was changed beyond its value (%2).")
                      .arg(name, keyList(other)));
        }
    }

    void classifyChanged(int number, const PdfObject& before, const PdfObject& after, bool streamChanged)
    {
        QSet<QByteArray> keys = changedKeys(before, after);
        if (streamChanged) {
            keys.insert("stream data");
        }
        // The strictest role an object plays decides: the same object may be reached by more than one path.
        if (const auto content = m_layout.contents.find(number); content != m_layout.contents.end()) {
            raise(ModificationLevel::Other, "page-content-changed",
                  ChangeAnalysisText::tr("The content of page %1 was replaced.").arg(content->second + 1));
        } else if (const auto resource = m_layout.resources.find(number); resource != m_layout.resources.end()) {
            const auto& [page, category] = resource->second;
            if (category == "Font") {
                raise(ModificationLevel::Other, "font-changed",
                      ChangeAnalysisText::tr("A font used on page %1 was replaced (object %2).")
                          .arg(page + 1)
                          .arg(number));
            } else if (category == "XObject") {
                raise(ModificationLevel::Other, "xobject-changed",
                      ChangeAnalysisText::tr("An image or drawing used on page %1 was replaced (object %2).")
                          .arg(page + 1)
                          .arg(number));
            } else {
                raise(ModificationLevel::Other, "resources-changed",
                      ChangeAnalysisText::tr("The resources of page %1 were changed (object %2).")
                          .arg(page + 1)
                          .arg(number));
            }
        } else if (m_layout.pageTree.contains(number)) {
            raise(ModificationLevel::Other, "page-tree-changed",
                  ChangeAnalysisText::tr("The page tree was changed (pages added, removed or reordered)."));
        } else if (number == m_layout.catalog) {
            classifyCatalog(before, after, keys);
        } else if (number == m_layout.dss) {
            classifyDss(before, after, keys);
        } else if (number == m_layout.info) {
            raise(ModificationLevel::LtaUpdates, "info-changed",
                  ChangeAnalysisText::tr("The document information (author, dates) was updated."));
        } else if (number == m_layout.acroForm) {
            classifyAcroForm(before, after);
        } else if (number == m_layout.fieldsArray) {
            if (isPrefixArray(before, after)) {
                raise(ModificationLevel::LtaUpdates, "form-changed",
                      ChangeAnalysisText::tr("The form's field list was extended."));
            } else {
                raise(ModificationLevel::Other, "form-rewritten",
                      ChangeAnalysisText::tr("Fields were removed or reordered in the form."));
            }
        } else if (const auto annots = m_layout.annotsArrays.find(number); annots != m_layout.annotsArrays.end()) {
            classifyAnnots(before, after, annots->second);
        } else if (const auto page = m_layout.pages.find(number); page != m_layout.pages.end()) {
            classifyPage(page->second, before, after, keys);
        } else if (m_layout.fieldNames.contains(number) || m_layout.signedFields.contains(number)
                   || (before.find("Subtype") && before.find("Subtype")->isName("Widget")) || before.find("FT")) {
            classifyField(number, before, keys);
        } else if (isAnnotation(before)) {
            const std::optional<int> onPage = laterPageOf(number);
            raise(ModificationLevel::Annotations, "annotation-changed",
                  onPage ? ChangeAnalysisText::tr("An annotation (%1) on page %2 was changed.")
                               .arg(subtypeOf(before))
                               .arg(*onPage + 1)
                         : ChangeAnalysisText::tr("An annotation (%1) was changed.").arg(subtypeOf(before)));
            checkOverlap(number, after, onPage);
        } else {
            const PdfObject* type = before.find("Type");
            raise(ModificationLevel::Other, "object-changed",
                  ChangeAnalysisText::tr("An object of the signed document was redefined (object %1%2).")
                      .arg(number)
                      .arg(type && type->isName() ? QStringLiteral(", ") + QString::fromLatin1(type->bytes())
                                                  : QString()));
        }
    }

    PdfFile& m_signed;
    PdfFile& m_later;
    const SignedLayout& m_layout;
    qint64 m_signedEnd;
    ChangeReport& m_report;
    std::optional<std::map<int, int>> m_laterAnnotationPages;
};

void addFinding(ChangeReport& report, const char* code, const QString& message)
{
    report.level = ModificationLevel::Other;
    report.findings.append(Finding{QString::fromLatin1(code), message});
}

/** How many of the oldest sections of @p later are exactly the sections of @p signedSections. */
size_t sharedOldestSections(const std::vector<XrefSection>& later, const std::vector<XrefSection>& signedSections)
{
    size_t shared = 0;
    while (shared < later.size() && shared < signedSections.size()
           && later[later.size() - 1 - shared].offset == signedSections[signedSections.size() - 1 - shared].offset) {
        ++shared;
    }
    return shared;
}

/** Each object once, newest definition first, from the first @p count sections of @p sections. */
void classifySections(const std::vector<XrefSection>& sections, size_t count, Classifier& classifier)
{
    QSet<int> seen;
    for (size_t index = 0; index < count && index < sections.size(); ++index) {
        for (const auto& [number, entry] : sections[index].entries) {
            if (number != 0 && !seen.contains(number)) {
                seen.insert(number);
                classifier.classify(number, entry);
            }
        }
    }
}

/** Objects in use in the signed revision that a detached revision does not define at all. */
int droppedObjects(PdfFile& signedFile, PdfFile& later)
{
    int dropped = 0;
    QSet<int> seen;
    for (const XrefSection& section : signedFile.sections()) {
        for (const auto& [number, entry] : section.entries) {
            if (number == 0 || seen.contains(number)) {
                continue;
            }
            seen.insert(number);
            if (signedFile.entry(number)->type != XrefEntry::Type::Free && !later.entry(number)) {
                ++dropped;
            }
        }
    }
    return dropped;
}

bool onlyWhitespace(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(),
                       [](char c) { return c == 0 || std::isspace(static_cast<unsigned char>(c)); });
}

} // namespace

ChangeReport analyseChanges(const QByteArray& pdf, qint64 signedEnd)
{
    ChangeReport report;
    const std::vector<qint64> ends = revisionEnds(pdf);
    report.signedPartEndsAtRevision = std::find(ends.begin(), ends.end(), signedEnd) != ends.end();
    if (!report.signedPartEndsAtRevision) {
        report.findings.append(Finding{QStringLiteral("not-at-revision-end"),
                                       ChangeAnalysisText::tr("The signature does not end where a revision of the "
                                                              "document ends.")});
        return report;
    }
    const qint64 lastEnd = ends.empty() ? 0 : std::max(ends.back(), signedEnd);
    if (!onlyWhitespace(QByteArrayView(pdf).sliced(lastEnd))) {
        addFinding(report, "data-after-last-revision",
                   ChangeAnalysisText::tr("Data was appended after the last revision without a cross-reference "
                                          "section; a viewer that repairs the file may show it."));
    }
    if (std::none_of(ends.begin(), ends.end(), [signedEnd](qint64 end) { return end > signedEnd; })) {
        return report;
    }
    // Each later revision is rebuilt through its whole chain, so the cost grows with the square of their number:
    // a bound keeps a file of thousands of tiny updates from taking minutes (decision 32).
    constexpr qint64 maxLaterRevisions = 256;
    if (std::count_if(ends.begin(), ends.end(), [signedEnd](qint64 end) { return end > signedEnd; })
        > maxLaterRevisions) {
        addFinding(report, "too-many-revisions",
                   ChangeAnalysisText::tr("More than %1 revisions were written after the signature; what they "
                                          "change is not checked.")
                       .arg(maxLaterRevisions));
        return report;
    }
    auto signedFile = PdfFile::open(QByteArray::fromRawData(pdf.constData(), signedEnd)); // a view, not a copy
    if (!signedFile) {
        addFinding(report, "signed-revision-unreadable",
                   ChangeAnalysisText::tr("The signed revision cannot be rebuilt."));
        return report;
    }
    const std::vector<XrefSection>& signedSections = (*signedFile)->sections();
    const SignedLayout layout = layoutOf(**signedFile);
    std::vector<std::vector<qint64>> chains; // section offsets of each later revision, oldest revision first
    for (const qint64 end : ends) {
        if (end <= signedEnd) {
            continue;
        }
        auto later = PdfFile::open(QByteArray::fromRawData(pdf.constData(), end));
        if (!later) {
            addFinding(report, "revision-unreadable",
                       ChangeAnalysisText::tr("A revision written after the signature cannot be read, so what it "
                                              "changes cannot be checked."));
            continue;
        }
        const std::vector<XrefSection>& sections = (*later)->sections();
        std::vector<qint64> offsets;
        for (const XrefSection& section : sections) {
            offsets.push_back(section.offset);
        }
        chains.push_back(std::move(offsets));
        Classifier classifier(**signedFile, **later, layout, signedEnd, report);
        const size_t shared = sharedOldestSections(sections, signedSections);
        if (shared == signedSections.size() && sections.size() == shared) {
            addFinding(report, "xref-missing",
                       ChangeAnalysisText::tr("Data was appended after the signature without a cross-reference "
                                              "section of its own."));
        } else if (shared == signedSections.size()) {
            classifySections(sections, sections.size() - shared, classifier);
        } else {
            addFinding(report, "revision-detached",
                       ChangeAnalysisText::tr("A later revision does not build on the signed one (its "
                                              "cross-reference chain skips it)."));
            classifySections(sections, sections.size(), classifier);
            if (const int dropped = droppedObjects(**signedFile, **later); dropped > 0) {
                report.findings.append(Finding{QStringLiteral("objects-dropped"),
                                               ChangeAnalysisText::tr("%n object(s) of the signed revision are "
                                                                      "missing from a later revision.",
                                                                      nullptr, dropped)});
            }
        }
    }
    // Every revision must stay reachable from the newest one; a revision its successors skip is hidden from viewers
    // that follow the chain, yet shown by those that repair or scan the file.
    if (!chains.empty()) {
        const QSet<qint64> newest(chains.back().begin(), chains.back().end());
        for (size_t index = 0; index + 1 < chains.size(); ++index) {
            const bool reachable = std::all_of(chains[index].begin(), chains[index].end(),
                                               [&newest](qint64 offset) { return newest.contains(offset); });
            if (!reachable) {
                addFinding(report, "revision-hidden",
                           ChangeAnalysisText::tr("A revision written after the signature is skipped by a later "
                                                  "one: its changes are hidden from some viewers and shown by "
                                                  "others."));
                break;
            }
        }
    }
    return report;
}

} // namespace vanthu::signing::verify
