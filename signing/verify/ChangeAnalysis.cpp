// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/ChangeAnalysis.h"

#include "signing/pades/PdfText.h"
#include "signing/pdf/FieldTree.h"
#include "signing/pdf/ObjectScan.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSet>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace vanthu::signing::verify
{
using namespace pdf;

namespace
{

struct ChangeAnalysisText
{
    Q_DECLARE_TR_FUNCTIONS(ChangeAnalysisText)
};

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

QString subtypeOf(const PdfObject& object)
{
    const PdfObject* subtype = object.find("Subtype");
    return subtype && subtype->isName() ? QString::fromLatin1(subtype->bytes()) : QStringLiteral("?");
}

bool isWidget(const PdfObject& object)
{
    const PdfObject* subtype = object.find("Subtype");
    return subtype && subtype->isName("Widget");
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

bool subsetOf(const QSet<QByteArray>& keys, std::initializer_list<const char*> allowed)
{
    return std::all_of(keys.begin(), keys.end(), [&allowed](const QByteArray& key) {
        return std::any_of(allowed.begin(), allowed.end(), [&key](const char* name) { return key == name; });
    });
}

QByteArrayView rawStream(PdfFile& file, const PdfIndirectObject& object)
{
    if (!object.stream) {
        return {};
    }
    return QByteArrayView(file.bytes()).sliced(object.stream->offset, object.stream->length);
}

/** How the items of a list (annotations, fields, DSS data) changed, by identity (reference, or direct value). */
struct ListChange
{
    bool reordered = false;
    std::vector<PdfObject> removed;
    std::vector<PdfObject> added;
};

ListChange compareLists(const PdfObject& before, const PdfObject& after)
{
    ListChange change;
    std::vector<QByteArray> old;
    for (const PdfObject& item : before.arrayItems()) {
        old.push_back(serialize(item));
    }
    std::vector<QByteArray> now;
    for (const PdfObject& item : after.arrayItems()) {
        now.push_back(serialize(item));
    }
    size_t cursor = 0; // the kept items must keep their order
    for (size_t i = 0; i < now.size(); ++i) {
        const auto found = std::find(old.begin(), old.end(), now[i]);
        if (found == old.end()) {
            change.added.push_back(after.arrayItems()[i]);
            continue;
        }
        const auto position = static_cast<size_t>(found - old.begin());
        if (position < cursor) {
            change.reordered = true;
        }
        cursor = std::max(cursor, position + 1);
    }
    for (size_t i = 0; i < old.size(); ++i) {
        if (std::find(now.begin(), now.end(), old[i]) == now.end()) {
            change.removed.push_back(before.arrayItems()[i]);
        }
    }
    return change;
}

bool sameLocation(PdfFile& later, PdfFile& signedFile, const XrefEntry& a, const XrefEntry& b)
{
    if (a.type != b.type || a.location != b.location || a.generationOrIndex != b.generationOrIndex) {
        return false;
    }
    if (a.type != XrefEntry::Type::InObjectStream) {
        return true;
    }
    const XrefEntry* containerNow = later.entry(static_cast<int>(a.location));
    const XrefEntry* containerThen = signedFile.entry(static_cast<int>(b.location));
    return containerNow && containerThen && containerNow->type == containerThen->type
           && containerNow->location == containerThen->location;
}

PdfObject resolved(PdfFile& file, const PdfObject* value)
{
    if (!value) {
        return {};
    }
    auto result = file.resolve(*value);
    return result ? std::move(*result) : PdfObject();
}

bool isDocumentTimestampValue(const PdfObject& value)
{
    const PdfObject* type = value.find("Type");
    const PdfObject* subFilter = value.find("SubFilter");
    return (type && type->isName("DocTimeStamp")) || (subFilter && subFilter->isName("ETSI.RFC3161"));
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
        const PdfObject annots = resolved(file, page->find("Annots"));
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

/** What of the signed revision is signed already: its signature fields with a value, their widgets and values. */
struct SignedLayout
{
    std::set<int> signedObjects;
    std::vector<SignatureArea> areas;
};

SignedLayout signedLayoutOf(PdfFile& file)
{
    SignedLayout layout;
    struct Node
    {
        int number;
        QString name;
        QRectF rect;
    };
    std::vector<Node> nodes;
    QSet<QString> signedNames;
    walkFields(file, acroFormFields(file), [&](const FieldNode& node) {
        const int number = node.reference.isReference() ? node.reference.referenceValue().number : 0;
        nodes.push_back(Node{number, node.name, rectOf(node.dictionary)});
        const PdfObject* value = node.dictionary.find("V");
        if (!node.type.isName("Sig") || !value) {
            return;
        }
        const PdfObject signature = resolved(file, value);
        if (signature.find("ByteRange") || signature.find("Contents")) {
            signedNames.insert(node.name);
            if (value->isReference()) {
                layout.signedObjects.insert(value->referenceValue().number);
            }
        }
    });
    // A widget without /T keeps its field's name: the widgets of a signed field are signed too.
    const std::map<int, int> onPage = signedNames.isEmpty() ? std::map<int, int>() : annotationPages(file);
    for (const Node& node : nodes) {
        if (!signedNames.contains(node.name) || node.number == 0) {
            continue;
        }
        layout.signedObjects.insert(node.number);
        const auto page = onPage.find(node.number);
        if (page != onPage.end() && !node.rect.isEmpty()) {
            layout.areas.push_back(SignatureArea{page->second, node.rect, node.name, node.number});
        }
    }
    return layout;
}

std::map<int, QString> fieldNames(PdfFile& file)
{
    std::map<int, QString> names;
    walkFields(file, acroFormFields(file), [&names](const FieldNode& node) {
        if (node.reference.isReference()) {
            names.try_emplace(node.reference.referenceValue().number, node.name);
        }
    });
    return names;
}

/** No action, or one that only goes to a page or a web address (and chains to nothing). */
bool isNavigation(const PdfObject& action)
{
    if (action.isNull()) {
        return true;
    }
    const PdfObject* kind = action.find("S");
    return action.isDictionary() && !action.find("Next") && kind && (kind->isName("GoTo") || kind->isName("URI"));
}

/** Adds @p finding unless the same code and message are there already (several objects may raise one). */
void appendOnce(QList<Finding>& findings, const Finding& finding)
{
    const bool seen = std::any_of(findings.begin(), findings.end(), [&finding](const Finding& other) {
        return other.code == finding.code && other.message == finding.message;
    });
    if (!seen) {
        findings.append(finding);
    }
}

bool isBlocking(const Error& error)
{
    return error.code == ErrorCode::Cancelled || error.code == ErrorCode::Unsupported;
}

/** Compares one view of the final file (through its cross-reference data, or rebuilt) with a signed revision. */
class ViewDiff
{
public:
    ViewDiff(PdfFile& later, const ObjectGraph& graph, const std::map<int, QString>& names, PdfFile& signedFile,
             qint64 signedEnd, ChangeReport& report)
        : m_later(later), m_graph(graph), m_names(names), m_signed(signedFile), m_signedEnd(signedEnd), m_report(report)
    {
    }

    Result<void> run()
    {
        m_layout = signedLayoutOf(m_signed);
        compareTrailers();
        for (const auto& [number, reached] : m_graph.objects()) {
            if (auto status = statusOf(number); !status) {
                return status.error();
            }
        }
        for (const auto& [number, status] : m_status) {
            const ReachedObject* reached = m_graph.find(number);
            if (!reached) {
                continue;
            }
            if (status == Status::Changed) {
                classifyChanged(number, *reached);
            } else if (status == Status::New) {
                classifyNew(number, *reached);
            }
        }
        return {};
    }

private:
    enum class Status
    {
        Unchanged,
        Changed,
        New,
    };

    void raise(ModificationLevel level, const char* code, const QString& message)
    {
        m_report.level = std::max(m_report.level, level);
        appendOnce(m_report.findings, Finding{QString::fromLatin1(code), message});
    }

    void addArea(int page, const QRectF& rect)
    {
        if (page < 0 || rect.isEmpty()) {
            return;
        }
        for (const ChangedArea& area : m_report.changedAreas) {
            if (area.page == page && area.rect == rect) {
                return;
            }
        }
        m_report.changedAreas.append(ChangedArea{page, rect});
    }

    void changedField(const QString& name)
    {
        if (!name.isEmpty() && !m_report.changedFields.contains(name)) {
            m_report.changedFields.append(name);
        }
    }

    QString nameOf(int number, const PdfObject& dictionary) const
    {
        if (const auto known = m_names.find(number); known != m_names.end()) {
            return known->second;
        }
        const PdfObject* partial = dictionary.find("T");
        return partial && partial->isString() ? fromTextString(partial->bytes()) : QString::number(number);
    }

    bool isSigned(int number) const
    {
        return m_layout.signedObjects.contains(number);
    }

    Status status(int number) const
    {
        const auto found = m_status.find(number);
        return found == m_status.end() ? Status::Unchanged : found->second;
    }

    void compareTrailers()
    {
        const PdfObject* rootNow = m_later.trailer().find("Root");
        const PdfObject* rootThen = m_signed.trailer().find("Root");
        if (!rootNow || !rootThen || serialize(*rootNow) != serialize(*rootThen)) {
            raise(ModificationLevel::Other, "root-changed",
                  ChangeAnalysisText::tr("The document's catalog was replaced by another one after signing: a reader "
                                         "now shows pages the signer did not sign."));
        }
        const PdfObject* encryptNow = m_later.trailer().find("Encrypt");
        const PdfObject* encryptThen = m_signed.trailer().find("Encrypt");
        if (encryptNow && (!encryptThen || serialize(*encryptNow) != serialize(*encryptThen))) {
            raise(ModificationLevel::Other, "encrypt-added",
                  ChangeAnalysisText::tr("Encryption was added to the document after signing."));
        }
        const PdfObject* infoNow = m_later.trailer().find("Info");
        const PdfObject* infoThen = m_signed.trailer().find("Info");
        if ((infoNow != nullptr) != (infoThen != nullptr)
            || (infoNow && infoThen && serialize(*infoNow) != serialize(*infoThen))) {
            raise(ModificationLevel::LtaUpdates, "info-changed",
                  ChangeAnalysisText::tr("The document information (author, dates) was updated."));
        }
    }

    /** Decides whether @p number is unchanged, changed or new against the signed revision (parsing only if needed). */
    Result<void> statusOf(int number)
    {
        const XrefEntry* now = m_later.entry(number);
        const XrefEntry* then = m_signed.entry(number);
        const bool definedNow = now && now->type != XrefEntry::Type::Free;
        const bool definedThen = then && then->type != XrefEntry::Type::Free;
        if (!definedNow && !definedThen) {
            return {};
        }
        if (definedNow && definedThen && sameLocation(m_later, m_signed, *now, *then)) {
            return {};
        }
        if (!definedNow) {
            m_status[number] = Status::Changed; // in use when signed, free or missing now
            return {};
        }
        // A changed or new object must be written after the signature: an entry pointed at other signed bytes
        // shows what the signer's revision held hidden (Shadow Hide-and-Replace).
        qint64 location = now->type == XrefEntry::Type::InFile ? now->location : -1;
        if (now->type == XrefEntry::Type::InObjectStream) {
            const XrefEntry* container = m_later.entry(static_cast<int>(now->location));
            location = container && container->type == XrefEntry::Type::InFile ? container->location : -1;
        }
        // The same bytes listed with another generation are not other bytes: readers rebuild (judged there).
        const bool sameBytes = then && then->type == XrefEntry::Type::InFile && now->type == XrefEntry::Type::InFile
                               && then->location == now->location;
        const bool redirected = location >= 0 && location < m_signedEnd && !sameBytes;
        if (redirected) {
            raise(ModificationLevel::Other, "xref-redirected",
                  ChangeAnalysisText::tr("The cross-reference entry of object %1 was pointed at other bytes of the "
                                         "signed revision.")
                      .arg(number));
        }
        auto after = m_later.indirect(number);
        if (!after) {
            if (isBlocking(after.error())) {
                return after.error();
            }
            // Through the cross-reference data, an entry that finds another object or none makes readers rebuild the
            // file: that view is judged. In the rebuilt view itself an unreadable object is a change nobody explains
            // (a reader may still draw it: poppler takes a stream without "endstream" by its /Length).
            if (m_later.rebuilt() || !m_later.misplacedObjects() || redirected) {
                m_status[number] = Status::Changed;
                m_unreadable.insert(number);
            }
            return {};
        }
        if (definedThen) {
            auto before = m_signed.indirect(number);
            if (before && !rawStream(m_signed, **before).isEmpty() == !rawStream(m_later, **after).isEmpty()
                && rawStream(m_signed, **before) == rawStream(m_later, **after)
                && serialize((*before)->value) == serialize((*after)->value)) {
                return {}; // written again, unchanged
            }
            if (!before && isBlocking(before.error())) {
                return before.error();
            }
        }
        m_status[number] = definedThen ? Status::Changed : Status::New;
        if (then && then->type == XrefEntry::Type::Free) {
            m_reactivated.insert(number);
        }
        if ((*after)->duplicateKeys) {
            raise(ModificationLevel::Other, "duplicate-keys",
                  ChangeAnalysisText::tr("Object %1, written after the signature, names the same key twice; readers "
                                         "disagree on which value counts.")
                      .arg(number));
        }
        return {};
    }

    PdfObject valueNow(int number)
    {
        auto object = m_later.object(PdfRef{number, 0});
        return object ? std::move(*object) : PdfObject();
    }
    PdfObject valueThen(int number)
    {
        auto object = m_signed.object(PdfRef{number, 0});
        return object ? std::move(*object) : PdfObject();
    }

    /** A finding (not a level) when @p annotation on @p page covers a signature widget of the signed revision. */
    void checkOverlap(int number, const PdfObject& annotation, int page)
    {
        const QRectF rect = rectOf(annotation);
        if (page < 0 || rect.isEmpty()) {
            return;
        }
        for (const SignatureArea& area : m_layout.areas) {
            if (area.page == page && area.object != number && area.rect.intersects(rect)) {
                m_report.findings.append(
                    Finding{QStringLiteral("annotation-over-signature"),
                            ChangeAnalysisText::tr("An annotation (%1) on page %2 lies over the signature \"%3\".")
                                .arg(subtypeOf(annotation))
                                .arg(page + 1)
                                .arg(area.field)});
            }
        }
    }

    void classifyChanged(int number, const ReachedObject& reached)
    {
        if (m_unreadable.contains(number)) {
            raise(ModificationLevel::Other, "object-unreadable",
                  ChangeAnalysisText::tr("A later revision holds an unreadable object (%1).").arg(number));
            return;
        }
        const PdfObject before = valueThen(number);
        const PdfObject after = valueNow(number);
        if (after.isNull()) {
            raise(ModificationLevel::Other, "object-freed",
                  ChangeAnalysisText::tr("Object %1 of the signed document was freed.").arg(number));
            return;
        }
        // The strictest role decides: the same object may be reached by several paths.
        if (reached.has(Reach::PageContent)) {
            classifyPageContent(number, reached);
        } else if (isSigned(number) || isSignedAppearance(reached)) {
            raise(ModificationLevel::Other, "signed-field-changed",
                  ChangeAnalysisText::tr("The already signed field \"%1\" was changed.").arg(nameOf(number, before)));
        } else if (reached.has(Reach::PageTree)) {
            classifyPage(number, reached, before, after);
        } else if (reached.has(Reach::Catalog)) {
            classifyCatalog(before, after);
        } else if (reached.has(Reach::Encrypt) || reached.has(Reach::Action) || reached.has(Reach::Other)) {
            classifyUnexplained(number, before);
        } else if (reached.has(Reach::SignatureValue)) {
            raise(ModificationLevel::Other, "signature-changed",
                  ChangeAnalysisText::tr("A signature dictionary of the signed document was redefined (object %1).")
                      .arg(number));
        } else if (reached.has(Reach::FieldLock)) {
            raise(ModificationLevel::Other, "lock-changed",
                  ChangeAnalysisText::tr("The lock of a signature field was changed after signing."));
        } else if (reached.has(Reach::AnnotsArray)) {
            classifyAnnots(before, after, reached.page);
        } else if (reached.has(Reach::AcroForm)) {
            classifyAcroForm(before, after);
        } else if (reached.has(Reach::FieldsArray)) {
            classifyFieldList(before, after);
        } else if (reached.has(Reach::Dss) || reached.has(Reach::DssData)) {
            classifyDss(number, reached, before, after);
        } else if (reached.has(Reach::Field) || (reached.has(Reach::Annotation) && isWidget(before))) {
            classifyField(number, reached, before, after);
        } else if (reached.has(Reach::WidgetAppearance) || reached.has(Reach::AnnotAppearance)) {
            classifyAppearance(number, reached);
        } else if (reached.has(Reach::FormResources)) {
            raise(ModificationLevel::FormFilling, "form-resources-changed",
                  ChangeAnalysisText::tr("The form's default resources (fonts for field values) were changed."));
        } else if (reached.has(Reach::Annotation)) {
            raise(ModificationLevel::Annotations, "annotation-changed",
                  reached.page >= 0 ? ChangeAnalysisText::tr("An annotation (%1) on page %2 was changed.")
                                          .arg(subtypeOf(before))
                                          .arg(reached.page + 1)
                                    : ChangeAnalysisText::tr("An annotation (%1) was changed.").arg(subtypeOf(before)));
            addArea(reached.page, rectOf(before));
            addArea(reached.page, rectOf(after));
            checkOverlap(number, after, reached.page);
        } else if (reached.has(Reach::Info) || reached.has(Reach::Metadata) || reached.has(Reach::Extensions)) {
            raise(ModificationLevel::LtaUpdates, "metadata-changed",
                  ChangeAnalysisText::tr("The document's metadata was updated."));
        } else if (reached.has(Reach::Outline) || reached.has(Reach::StructTree)) {
            raise(ModificationLevel::Annotations, "structure-changed",
                  ChangeAnalysisText::tr("The document's outline or tagged structure was updated."));
        } else {
            classifyUnexplained(number, before);
        }
    }

    bool isSignedAppearance(const ReachedObject& reached) const
    {
        return (reached.has(Reach::WidgetAppearance) || reached.has(Reach::Field))
               && std::any_of(reached.owners.begin(), reached.owners.end(),
                              [this](int owner) { return isSigned(owner); });
    }

    void classifyUnexplained(int number, const PdfObject& before)
    {
        const PdfObject* type = before.find("Type");
        raise(ModificationLevel::Other, "object-changed",
              ChangeAnalysisText::tr("An object of the signed document was redefined (object %1%2).")
                  .arg(number)
                  .arg(type && type->isName() ? QStringLiteral(", ") + QString::fromLatin1(type->bytes()) : QString()));
    }

    void classifyPageContent(int number, const ReachedObject& reached)
    {
        const int page = std::max(reached.page, 0) + 1;
        if (reached.resourceKind == "Contents") {
            raise(ModificationLevel::Other, "page-content-changed",
                  ChangeAnalysisText::tr("The content of page %1 was replaced.").arg(page));
        } else if (reached.resourceKind == "Font") {
            raise(ModificationLevel::Other, "font-changed",
                  ChangeAnalysisText::tr("A font used on page %1 was replaced (object %2).").arg(page).arg(number));
        } else if (reached.resourceKind == "XObject") {
            raise(ModificationLevel::Other, "xobject-changed",
                  ChangeAnalysisText::tr("An image or drawing used on page %1 was replaced (object %2).")
                      .arg(page)
                      .arg(number));
        } else {
            raise(ModificationLevel::Other, "resources-changed",
                  ChangeAnalysisText::tr("The resources of page %1 were changed (object %2).").arg(page).arg(number));
        }
        if (reached.has(Reach::WidgetAppearance) || reached.has(Reach::AnnotAppearance)) {
            raise(ModificationLevel::Other, "shared-object-changed",
                  ChangeAnalysisText::tr("Object %1 serves both as a field's appearance and as part of what page %2 "
                                         "draws; it may not change under the form-filling rule.")
                      .arg(number)
                      .arg(page));
        }
    }

    void classifyPage(int number, const ReachedObject& reached, const PdfObject& before, const PdfObject& after)
    {
        const bool isPage = std::find(m_graph.pages().begin(), m_graph.pages().end(), number) != m_graph.pages().end();
        const QSet<QByteArray> keys = changedKeys(before, after);
        if (!isPage) {
            raise(ModificationLevel::Other, "page-tree-changed",
                  ChangeAnalysisText::tr("The page tree was changed (pages added, removed or reordered)."));
            return;
        }
        if (keys == QSet<QByteArray>{"Annots"}) {
            const PdfObject oldAnnots = resolved(m_signed, before.find("Annots"));
            const PdfObject newAnnots = resolved(m_later, after.find("Annots"));
            classifyAnnots(oldAnnots.isArray() ? oldAnnots : PdfObject::array(), newAnnots, reached.page);
            return;
        }
        if (keys.contains("Contents")) {
            raise(ModificationLevel::Other, "page-content-changed",
                  ChangeAnalysisText::tr("The content of page %1 was replaced.").arg(reached.page + 1));
        }
        raise(ModificationLevel::Other, "page-changed",
              ChangeAnalysisText::tr("Page %1 was changed (%2).").arg(reached.page + 1).arg(keyList(keys)));
    }

    /** Annotations may be appended (new objects) and non-widget ones removed; nothing may be reordered. */
    void classifyAnnots(const PdfObject& before, const PdfObject& after, int page)
    {
        const ListChange change = compareLists(before, after.isArray() ? after : PdfObject::array());
        const int shown = std::max(page, 0) + 1;
        if (change.reordered) {
            raise(ModificationLevel::Other, "annotations-reordered",
                  ChangeAnalysisText::tr("Annotations of page %1 were removed or reordered.").arg(shown));
        }
        for (const PdfObject& item : change.removed) {
            const PdfObject annotation = resolved(m_signed, &item);
            if (isWidget(annotation) || (item.isReference() && isSigned(item.referenceValue().number))) {
                raise(ModificationLevel::Other, "widget-removed",
                      ChangeAnalysisText::tr("A form field or signature was removed from page %1.").arg(shown));
            } else {
                m_report.annotationRemoved = true;
                raise(ModificationLevel::Annotations, "annotation-removed",
                      ChangeAnalysisText::tr("An annotation (%1) was removed from page %2.")
                          .arg(subtypeOf(annotation))
                          .arg(shown));
                addArea(page, rectOf(annotation));
            }
        }
        for (const PdfObject& item : change.added) {
            if (!item.isReference()) {
                raise(ModificationLevel::Other, "existing-object-attached",
                      ChangeAnalysisText::tr("Page %1 now shows an annotation written directly into its list.")
                          .arg(shown));
                continue;
            }
            const XrefEntry* then = m_signed.entry(item.referenceValue().number);
            if (then && then->type != XrefEntry::Type::Free) {
                raise(ModificationLevel::Other, "existing-object-attached",
                      ChangeAnalysisText::tr("Page %1 now shows an annotation the signed revision carried without "
                                             "showing it.")
                          .arg(shown));
            }
        }
        if (!change.added.empty()) {
            // Bookkeeping only: each appended annotation is classified by itself (a document timestamp's invisible
            // field stays an LTA update).
            raise(ModificationLevel::LtaUpdates, "annotations-appended",
                  ChangeAnalysisText::tr("Page %1 received new annotations or fields (see below).").arg(shown));
        }
    }

    void classifyFieldList(const PdfObject& before, const PdfObject& after)
    {
        const ListChange change = compareLists(before, after.isArray() ? after : PdfObject::array());
        bool attached = false;
        for (const PdfObject& item : change.added) {
            const XrefEntry* then = item.isReference() ? m_signed.entry(item.referenceValue().number) : nullptr;
            attached = attached || !item.isReference() || (then && then->type != XrefEntry::Type::Free);
        }
        if (change.reordered || !change.removed.empty() || attached) {
            raise(ModificationLevel::Other, "form-rewritten",
                  ChangeAnalysisText::tr("Fields were removed or reordered in the form."));
        } else if (!change.added.empty()) {
            raise(ModificationLevel::LtaUpdates, "form-changed",
                  ChangeAnalysisText::tr("The form's field list was extended."));
        }
    }

    void classifyAcroForm(const PdfObject& before, const PdfObject& after)
    {
        const QSet<QByteArray> keys = changedKeys(before, after);
        if (!subsetOf(keys, {"Fields", "SigFlags", "DR", "DA", "NeedAppearances"})) {
            raise(ModificationLevel::Other, "form-rewritten",
                  ChangeAnalysisText::tr("The form was rewritten, not only extended (%1).").arg(keyList(keys)));
            return;
        }
        if (keys.contains("Fields")) {
            const PdfObject oldFields = resolved(m_signed, before.find("Fields"));
            classifyFieldList(oldFields.isArray() ? oldFields : PdfObject::array(),
                              resolved(m_later, after.find("Fields")));
        }
        if (keys.contains("DR") || keys.contains("DA") || keys.contains("NeedAppearances")) {
            raise(ModificationLevel::FormFilling, "form-defaults-changed",
                  ChangeAnalysisText::tr("The form's default appearance settings were changed."));
        }
        if (keys.contains("SigFlags")) {
            raise(ModificationLevel::LtaUpdates, "form-changed",
                  ChangeAnalysisText::tr("The form's field list was extended."));
        }
    }

    void classifyCatalog(const PdfObject& before, const PdfObject& after)
    {
        const QSet<QByteArray> keys = changedKeys(before, after);
        QSet<QByteArray> other = keys;
        other.subtract(
            {"DSS", "Extensions", "Metadata", "Version", "AcroForm", "Outlines", "StructTreeRoot", "MarkInfo"});
        if (!other.isEmpty()) {
            raise(ModificationLevel::Other, "catalog-changed",
                  ChangeAnalysisText::tr("The document's structure (catalog) was changed (%1).").arg(keyList(other)));
            return;
        }
        if (keys.contains("DSS") || keys.contains("Extensions") || keys.contains("Metadata")
            || keys.contains("Version")) {
            raise(ModificationLevel::LtaUpdates, "catalog-lta",
                  ChangeAnalysisText::tr("Long-term validation data or metadata was added."));
        }
        if (keys.contains("DSS")) {
            const PdfObject oldDss = resolved(m_signed, before.find("DSS"));
            const PdfObject newDss = resolved(m_later, after.find("DSS"));
            classifyDssDictionary(oldDss.isDictionary() ? oldDss : PdfObject::dictionary(), newDss);
        }
        if (keys.contains("AcroForm")) {
            const PdfObject oldForm = resolved(m_signed, before.find("AcroForm"));
            classifyAcroForm(oldForm.isDictionary() ? oldForm : PdfObject::dictionary(),
                             resolved(m_later, after.find("AcroForm")));
        }
        if (keys.contains("Outlines") || keys.contains("StructTreeRoot") || keys.contains("MarkInfo")) {
            raise(ModificationLevel::Annotations, "structure-changed",
                  ChangeAnalysisText::tr("The document's outline or tagged structure was updated."));
        }
    }

    /** Items of one DSS list: every one the signed revision held stays, new ones are new objects. */
    bool dssListGrows(const PdfObject& before, const PdfObject& after)
    {
        if (!after.isArray() && !after.isNull()) {
            return false;
        }
        const ListChange change =
            compareLists(before.isArray() ? before : PdfObject::array(), after.isArray() ? after : PdfObject::array());
        return change.removed.empty();
    }

    void classifyDssDictionary(const PdfObject& before, const PdfObject& after)
    {
        bool kept = true;
        for (const char* key : {"Certs", "OCSPs", "CRLs"}) {
            kept = kept && dssListGrows(resolved(m_signed, before.find(key)), resolved(m_later, after.find(key)));
        }
        const PdfObject oldVri = resolved(m_signed, before.find("VRI"));
        const PdfObject newVri = resolved(m_later, after.find("VRI"));
        for (const auto& [key, value] : oldVri.entries()) {
            kept = kept && newVri.find(key.constData()) != nullptr;
        }
        if (kept) {
            raise(ModificationLevel::LtaUpdates, "dss-extended",
                  ChangeAnalysisText::tr("Validation data (certificates, OCSP responses, CRLs) were added."));
        } else {
            raise(ModificationLevel::Other, "dss-rewritten",
                  ChangeAnalysisText::tr("Validation data the document held were changed or removed (%1).")
                      .arg(keyList(changedKeys(before, after))));
        }
    }

    void classifyDss(int number, const ReachedObject& reached, const PdfObject& before, const PdfObject& after)
    {
        Q_UNUSED(number)
        if (reached.has(Reach::Dss)) {
            classifyDssDictionary(before, after);
        } else if (before.isArray() && after.isArray() && dssListGrows(before, after)) {
            raise(ModificationLevel::LtaUpdates, "dss-extended",
                  ChangeAnalysisText::tr("Validation data (certificates, OCSP responses, CRLs) were added."));
        } else if (before.isDictionary() && after.isDictionary()
                   && std::all_of(before.entries().begin(), before.entries().end(),
                                  [&after](const auto& entry) { return after.find(entry.first.constData()); })) {
            raise(ModificationLevel::LtaUpdates, "dss-extended",
                  ChangeAnalysisText::tr("Validation data (certificates, OCSP responses, CRLs) were added."));
        } else {
            raise(ModificationLevel::Other, "dss-rewritten",
                  ChangeAnalysisText::tr("Validation data the document held were changed or removed (%1).")
                      .arg(keyList(changedKeys(before, after))));
        }
    }

    void classifyField(int number, const ReachedObject& reached, const PdfObject& before, const PdfObject& after)
    {
        const QString name = nameOf(number, before);
        changedField(name);
        const QSet<QByteArray> keys = changedKeys(before, after);
        if (keys.contains("Lock") || keys.contains("SV")) {
            raise(ModificationLevel::Other, "lock-changed",
                  ChangeAnalysisText::tr("The lock of a signature field was changed after signing."));
            return;
        }
        if (!subsetOf(keys, {"V", "AP", "AS", "F", "Ff", "DA", "Q", "MK"})) {
            QSet<QByteArray> other = keys;
            other.subtract({"V", "AP", "AS", "F", "Ff", "DA", "Q", "MK"});
            raise(ModificationLevel::Other, "field-moved",
                  ChangeAnalysisText::tr("The field \"%1\" was changed beyond its value (%2).")
                      .arg(name, keyList(other)));
            return;
        }
        raise(ModificationLevel::FormFilling, "field-filled",
              ChangeAnalysisText::tr("The field \"%1\" was filled in.").arg(name));
        addArea(reached.page, rectOf(after));
        addWidgetAreas(after);
    }

    /** The rectangles of a field's widget kids (their pages from the final graph). */
    void addWidgetAreas(const PdfObject& field)
    {
        const PdfObject kids = resolved(m_later, field.find("Kids"));
        for (const PdfObject& kid : kids.arrayItems()) {
            if (!kid.isReference()) {
                continue;
            }
            const ReachedObject* reached = m_graph.find(kid.referenceValue().number);
            if (reached) {
                addArea(reached->page, rectOf(valueNow(kid.referenceValue().number)));
            }
        }
    }

    void classifyAppearance(int number, const ReachedObject& reached)
    {
        const bool widget = reached.has(Reach::WidgetAppearance);
        const bool shared = reached.referrers.size() > 1 || reached.owners.size() > 1
                            || (reached.has(Reach::WidgetAppearance) && reached.has(Reach::AnnotAppearance))
                            || reached.has(Reach::FormResources);
        if (shared) {
            raise(ModificationLevel::Other, "shared-object-changed",
                  ChangeAnalysisText::tr("Object %1 is used by more than one appearance or field; it may not change "
                                         "under the form-filling rule.")
                      .arg(number));
            return;
        }
        for (const int owner : reached.owners) {
            const PdfObject annotation = valueNow(owner);
            const ReachedObject* ownerReached = m_graph.find(owner);
            addArea(ownerReached ? ownerReached->page : -1, rectOf(annotation));
            if (widget) {
                changedField(nameOf(owner, annotation));
            }
        }
        if (widget) {
            raise(ModificationLevel::FormFilling, "appearance-changed",
                  ChangeAnalysisText::tr("The appearance of a form field was redrawn."));
        } else {
            raise(ModificationLevel::Annotations, "annotation-changed",
                  ChangeAnalysisText::tr("An annotation (%1) was changed.").arg(QStringLiteral("AP")));
        }
    }

    void classifyNew(int number, const ReachedObject& reached)
    {
        // A new object must hang from something changed: a reference the signed revision held to a number it did
        // not define now shows whatever the later revision put there.
        const bool unexplained = std::any_of(reached.referrers.begin(), reached.referrers.end(), [this](int referrer) {
            return referrer != 0 && status(referrer) == Status::Unchanged;
        });
        if (unexplained) {
            raise(ModificationLevel::Other,
                  m_reactivated.contains(number) ? "object-reactivated" : "undefined-object-defined",
                  m_reactivated.contains(number)
                      ? ChangeAnalysisText::tr("Object %1, listed as free in the signed revision, was brought back "
                                               "into use.")
                            .arg(number)
                      : ChangeAnalysisText::tr("Object %1, which the signed revision referred to without defining it, "
                                               "is now defined.")
                            .arg(number));
            return;
        }
        const PdfObject object = valueNow(number);
        if (reached.has(Reach::PageContent) || reached.has(Reach::PageTree)) {
            return; // only reachable through a changed page or content, which is judged by itself
        }
        // What runs when an added outline item or annotation is used: only going to a page or to a web address.
        if (reached.has(Reach::Action) || reached.has(Reach::Outline) || reached.has(Reach::Annotation)) {
            const bool harmless = reached.has(Reach::Action)
                                      ? isNavigation(object)
                                      : !object.find("AA") && isNavigation(resolved(m_later, object.find("A")));
            if (!harmless) {
                raise(ModificationLevel::Other, "action-added",
                      ChangeAnalysisText::tr("An action (script, launch or form action) was added after signing."));
                return;
            }
        }
        if (reached.has(Reach::SignatureValue)) {
            if (isDocumentTimestampValue(object)) {
                raise(ModificationLevel::LtaUpdates, "document-timestamp-added",
                      ChangeAnalysisText::tr("A document timestamp was added."));
            }
            return;
        }
        if (!reached.has(Reach::Annotation) && !reached.has(Reach::Field)) {
            return;
        }
        if (!object.isDictionary()) {
            return;
        }
        const int page = reached.page;
        if (isWidget(object) || object.find("FT") || (reached.has(Reach::Field) && !reached.has(Reach::Annotation))) {
            PdfObject fieldType = object.find("FT") ? *object.find("FT") : PdfObject();
            if (fieldType.isNull() && object.find("Parent")) {
                fieldType = resolved(m_later, resolved(m_later, object.find("Parent")).find("FT"));
            }
            if (!fieldType.isName("Sig")) {
                if (isWidget(object) || !fieldType.isNull()) {
                    raise(ModificationLevel::Other, "form-field-added",
                          ChangeAnalysisText::tr("A new form field was added after signing; it can show any text over "
                                                 "the page."));
                }
                return;
            }
            if (!isWidget(object)) {
                return; // a field whose widgets are its kids: they are classified themselves
            }
            const QRectF rect = rectOf(object);
            if (rect.isEmpty()) {
                PdfObject value = resolved(m_later, object.find("V"));
                if (value.isNull() && object.find("Parent")) {
                    value = resolved(m_later, resolved(m_later, object.find("Parent")).find("V"));
                }
                // Only a document timestamp's field belongs with LTA updates; an invisible approval signature is a
                // signature like any other (not allowed under "no changes").
                raise(isDocumentTimestampValue(value) ? ModificationLevel::LtaUpdates : ModificationLevel::FormFilling,
                      "invisible-signature-field-added",
                      ChangeAnalysisText::tr("An invisible signature field was added."));
            } else {
                m_report.visibleSignatureFieldAdded = true;
                raise(ModificationLevel::FormFilling, "signature-field-added",
                      page >= 0
                          ? ChangeAnalysisText::tr("A new visible signature field was added on page %1.").arg(page + 1)
                          : ChangeAnalysisText::tr("A new visible signature field was added."));
                addArea(page, rect);
            }
            checkOverlap(number, object, page);
            return;
        }
        if (reached.has(Reach::Annotation)) {
            raise(ModificationLevel::Annotations, "annotation-added",
                  page >= 0 ? ChangeAnalysisText::tr("An annotation (%1) was added on page %2.")
                                  .arg(subtypeOf(object))
                                  .arg(page + 1)
                            : ChangeAnalysisText::tr("An annotation (%1) was added but is not on any page.")
                                  .arg(subtypeOf(object)));
            addArea(page, rectOf(object));
            checkOverlap(number, object, page);
        }
    }

    PdfFile& m_later;
    const ObjectGraph& m_graph;
    const std::map<int, QString>& m_names; ///< fully qualified field names of the later view, read once per view
    PdfFile& m_signed;
    qint64 m_signedEnd;
    ChangeReport& m_report;
    SignedLayout m_layout;
    std::map<int, Status> m_status;
    std::set<int> m_unreadable;
    std::set<int> m_reactivated;
};

void addFinding(ChangeReport& report, ModificationLevel level, const char* code, const QString& message)
{
    report.level = std::max(report.level, level);
    report.findings.append(Finding{QString::fromLatin1(code), message});
}

} // namespace

Result<std::unique_ptr<ChangeAnalysis>> ChangeAnalysis::prepare(Revisions& revisions)
{
    std::unique_ptr<ChangeAnalysis> analysis(new ChangeAnalysis(revisions));
    auto graph = ObjectGraph::walk(revisions.final());
    if (!graph) {
        return graph.error();
    }
    analysis->m_finalGraph = std::move(*graph);
    analysis->m_finalNames = fieldNames(revisions.final());
    if (auto scanned = analysis->scanStructure(); !scanned) {
        return scanned.error();
    }
    return analysis;
}

Result<void> ChangeAnalysis::scanStructure()
{
    PdfFile& final = m_revisions.final();
    const QByteArray& bytes = m_revisions.bytes();
    for (const XrefSection& section : final.sections()) {
        m_chainSections.insert(section.offset);
    }
    // Objects of the sections after the first are the updates: check each header against its entry (a reader
    // rebuilds the file when one differs) and look for keys named twice.
    for (size_t index = 0; index + 1 < final.sections().size(); ++index) {
        for (const auto& [number, entry] : final.sections()[index].entries) {
            if (entry.type != XrefEntry::Type::InFile || final.entry(number) == nullptr
                || final.entry(number)->location != entry.location) {
                continue;
            }
            auto object = final.indirect(number);
            if (!object && isBlocking(object.error())) {
                return object.error();
            }
            if (object && (*object)->duplicateKeys) {
                m_duplicateKeys.emplace_back(entry.location, number);
            }
        }
    }
    if (final.rebuilt()) {
        return {};
    }
    qint64 previousEnd = 0;
    for (const qint64 end : m_revisions.ends()) {
        const qsizetype keyword = bytes.lastIndexOf("startxref", end);
        PdfParser parser(bytes, keyword + 9);
        const auto start = keyword >= 0 ? parser.readUnsigned() : std::nullopt;
        PdfParser probe(bytes, start.value_or(-1));
        probe.skipSpace();
        if (!start || (!m_chainSections.contains(*start) && !m_chainSections.contains(probe.position()))) {
            m_hiddenRevisions.push_back(end);
        } else if (*start < previousEnd) {
            m_revisionsWithoutSection.push_back(end); // its startxref names an earlier revision's section
        }
        previousEnd = end;
    }
    const qint64 lastEnd = m_revisions.ends().empty() ? 0 : m_revisions.ends().back();
    m_dataAfterLastRevision = !m_revisions.onlyCommentsAfter(lastEnd);
    return {};
}

void ChangeAnalysis::scanUnlisted(qint64 from)
{
    const QByteArray& bytes = m_revisions.bytes();
    const qint64 to = m_scannedFrom.value_or(bytes.size());
    if (from >= to || m_revisions.final().rebuilt()) {
        return;
    }
    if (m_listed.empty()) {
        for (const XrefSection& section : m_revisions.final().sections()) {
            m_listed.insert(section.offset);
            for (const auto& [number, entry] : section.entries) {
                if (entry.type == XrefEntry::Type::InFile) {
                    m_listed.insert(entry.location);
                }
            }
        }
    }
    // What lies after a signature but no section of the final chain lists: shown only by readers that rebuild the
    // file. Only the bytes after the earliest signed end asked for are scanned, each once.
    for (const ScannedHeader& header : scanObjectHeaders(bytes, from, to)) {
        if (m_listed.contains(header.offset)) {
            continue;
        }
        // An entry may point at the whitespace before the header.
        auto before = m_listed.upper_bound(header.offset);
        bool covered = false;
        if (before != m_listed.begin()) {
            --before;
            PdfParser probe(bytes, *before);
            probe.skipSpace();
            covered = probe.position() == header.offset;
            if (!covered) {
                // A header inside the data of a listed stream is not an object.
                PdfParser parser(bytes, *before);
                const auto object = parser.readIndirectObject([](PdfRef) { return std::optional<qint64>(); });
                covered = object && object->end > header.offset;
            }
        }
        if (!covered) {
            m_unlisted.push_back(header.offset);
        }
    }
    m_scannedFrom = from;
}

Result<const ObjectGraph*> ChangeAnalysis::rebuiltGraph()
{
    if (m_revisions.final().rebuilt()) {
        m_rebuiltNames = m_finalNames;
        return &m_finalGraph;
    }
    if (!m_rebuiltTried) {
        m_rebuiltTried = true;
        if (PdfFile* rebuilt = m_revisions.rebuiltFinal()) {
            auto graph = ObjectGraph::walk(*rebuilt);
            if (!graph) {
                return graph.error();
            }
            m_rebuiltGraph = std::move(*graph);
            m_rebuiltNames = fieldNames(*rebuilt);
        }
    }
    return m_rebuiltGraph ? &*m_rebuiltGraph : nullptr;
}

Result<ChangeReport> ChangeAnalysis::analyse(qint64 signedEnd)
{
    ChangeReport report;
    const std::optional<qint64> revisionEnd = m_revisions.revisionCoveredBy(signedEnd);
    report.signedPartEndsAtRevision = revisionEnd.has_value();
    if (!revisionEnd) {
        report.findings.append(Finding{QStringLiteral("not-at-revision-end"),
                                       ChangeAnalysisText::tr("The signature does not end where a revision of the "
                                                              "document ends.")});
        return report;
    }
    PdfFile& final = m_revisions.final();
    scanUnlisted(signedEnd);
    const bool later = !m_revisions.onlyCommentsAfter(signedEnd);
    const bool unlistedAfter =
        std::any_of(m_unlisted.begin(), m_unlisted.end(), [signedEnd](qint64 offset) { return offset >= signedEnd; });
    const bool misplaced = final.misplacedObjects();
    if (!later && !final.rebuilt() && !misplaced) {
        return report; // the signature covers the whole file
    }
    auto signedFile = m_revisions.revision(*revisionEnd);
    if (!signedFile) {
        if (isBlocking(signedFile.error())) {
            return signedFile.error();
        }
        addFinding(report, ModificationLevel::Other, "signed-revision-unreadable",
                   ChangeAnalysisText::tr("The signed revision cannot be rebuilt."));
        return report;
    }
    if (!final.rebuilt()) {
        ViewDiff diff(final, m_finalGraph, m_finalNames, **signedFile, signedEnd, report);
        if (auto run = diff.run(); !run) {
            return run.error();
        }
    }
    report.needsRebuilding = final.rebuilt() || misplaced || final.misplacedObjects() || unlistedAfter;
    if (report.needsRebuilding) {
        if (final.rebuilt() || misplaced || final.misplacedObjects()) {
            report.findings.append(Finding{QStringLiteral("xref-rebuilt"),
                                           ChangeAnalysisText::tr("The document's cross-reference data is broken; "
                                                                  "readers rebuild it, and what they then show was "
                                                                  "checked too.")});
        }
        if (unlistedAfter) {
            report.findings.append(Finding{QStringLiteral("object-unlisted"),
                                           ChangeAnalysisText::tr("Objects were written after the signature that no "
                                                                  "cross-reference section lists; a reader that "
                                                                  "repairs the file shows them.")});
        }
        auto rebuilt = rebuiltGraph();
        if (!rebuilt) {
            return rebuilt.error();
        }
        PdfFile* rebuiltFile = m_revisions.rebuiltFinal();
        if (*rebuilt && rebuiltFile) {
            ChangeReport repaired;
            ViewDiff diff(*rebuiltFile, **rebuilt, m_rebuiltNames, **signedFile, signedEnd, repaired);
            if (auto run = diff.run(); !run) {
                return run.error();
            }
            report.level = std::max(report.level, repaired.level);
            for (const Finding& finding : repaired.findings) {
                appendOnce(report.findings, finding);
            }
            report.changedAreas += repaired.changedAreas;
            report.visibleSignatureFieldAdded =
                report.visibleSignatureFieldAdded || repaired.visibleSignatureFieldAdded;
            report.annotationRemoved = report.annotationRemoved || repaired.annotationRemoved;
            for (const QString& field : repaired.changedFields) {
                if (!report.changedFields.contains(field)) {
                    report.changedFields.append(field);
                }
            }
        } else {
            addFinding(report, ModificationLevel::Other, "revision-unreadable",
                       ChangeAnalysisText::tr("A revision written after the signature cannot be read, so what it "
                                              "changes cannot be checked."));
        }
    }
    if (std::any_of(m_duplicateKeys.begin(), m_duplicateKeys.end(),
                    [signedEnd](const auto& item) { return item.first >= signedEnd; })) {
        addFinding(report, ModificationLevel::Other, "duplicate-keys",
                   ChangeAnalysisText::tr("An object written after the signature names the same key twice; readers "
                                          "disagree on which value counts."));
    }
    if (std::any_of(m_revisionsWithoutSection.begin(), m_revisionsWithoutSection.end(),
                    [signedEnd](qint64 end) { return end > signedEnd; })) {
        report.findings.append(Finding{QStringLiteral("xref-missing"),
                                       ChangeAnalysisText::tr("Data was appended after the signature without a "
                                                              "cross-reference section of its own.")});
    }
    if (!final.rebuilt() && !(*signedFile)->sections().empty()
        && !m_chainSections.contains((*signedFile)->sections().front().offset)) {
        report.findings.append(Finding{QStringLiteral("revision-detached"),
                                       ChangeAnalysisText::tr("A later revision does not build on the signed one (its "
                                                              "cross-reference chain skips it).")});
    }
    if (std::any_of(m_hiddenRevisions.begin(), m_hiddenRevisions.end(),
                    [signedEnd](qint64 end) { return end > signedEnd; })) {
        report.findings.append(Finding{QStringLiteral("revision-hidden"),
                                       ChangeAnalysisText::tr("A revision written after the signature is skipped by a "
                                                              "later one: its changes are hidden from some viewers "
                                                              "and shown by others.")});
    }
    if (m_dataAfterLastRevision) {
        report.findings.append(Finding{QStringLiteral("data-after-last-revision"),
                                       ChangeAnalysisText::tr("Data was appended after the last revision without a "
                                                              "cross-reference section; a viewer that repairs the "
                                                              "file may show it.")});
    }
    return report;
}

} // namespace vanthu::signing::verify
