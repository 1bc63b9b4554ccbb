// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/ObjectGraph.h"

#include <deque>

namespace vanthu::signing::verify
{
using namespace pdf;

namespace
{

constexpr std::uint32_t bit(Reach reach)
{
    return static_cast<std::uint32_t>(reach);
}
constexpr std::uint32_t skip = 0;
constexpr size_t maxListed = 8;
constexpr int maxDirectDepth = 64;

bool isPageNode(const PdfObject& value)
{
    const PdfObject* type = value.find("Type");
    return type && (type->isName("Page") || type->isName("Pages"));
}

bool isAnnotation(const PdfObject& value)
{
    const PdfObject* type = value.find("Type");
    return (type && type->isName("Annot")) || (value.find("Subtype") && value.find("Rect"));
}

bool isWidget(const PdfObject& value)
{
    const PdfObject* subtype = value.find("Subtype");
    return subtype && subtype->isName("Widget");
}

/** The role of what @p key of a dictionary reached as @p context leads to; skip for back references. */
std::uint32_t childReach(Reach context, const QByteArray& key)
{
    switch (context) {
    case Reach::Catalog:
        if (key == "Pages") {
            return bit(Reach::PageTree);
        }
        if (key == "AcroForm") {
            return bit(Reach::AcroForm);
        }
        if (key == "DSS") {
            return bit(Reach::Dss);
        }
        if (key == "Metadata") {
            return bit(Reach::Metadata);
        }
        if (key == "Extensions") {
            return bit(Reach::Extensions);
        }
        if (key == "Outlines") {
            return bit(Reach::Outline);
        }
        if (key == "StructTreeRoot") {
            return bit(Reach::StructTree);
        }
        if (key == "OpenAction" || key == "AA") {
            return bit(Reach::Action);
        }
        if (key == "Perms") {
            return bit(Reach::SignatureValue);
        }
        return bit(Reach::Other);
    case Reach::PageTree:
        if (key == "Parent") {
            return skip;
        }
        if (key == "Kids") {
            return bit(Reach::PageTree);
        }
        if (key == "Annots") {
            return bit(Reach::AnnotsArray);
        }
        return bit(Reach::PageContent); // everything else of a page changes what it shows
    case Reach::AnnotsArray:
        return bit(Reach::Annotation);
    case Reach::Annotation:
        if (key == "AP") {
            return bit(Reach::AnnotAppearance);
        }
        if (key == "Parent" || key == "P" || key == "IRT") {
            return skip;
        }
        if (key == "Popup") {
            return bit(Reach::Annotation);
        }
        if (key == "A" || key == "AA") {
            return bit(Reach::Action);
        }
        return bit(Reach::Annotation);
    case Reach::Field:
        if (key == "Parent" || key == "P") {
            return skip;
        }
        if (key == "AP" || key == "MK") {
            return bit(Reach::WidgetAppearance);
        }
        if (key == "V") {
            return bit(Reach::SignatureValue); // a dictionary value is a signature's; others are judged as fields
        }
        if (key == "Lock" || key == "SV") {
            return bit(Reach::FieldLock);
        }
        if (key == "A" || key == "AA") {
            return bit(Reach::Action);
        }
        if (key == "DR") {
            return bit(Reach::FormResources);
        }
        return bit(Reach::Field);
    case Reach::AcroForm:
        if (key == "Fields") {
            return bit(Reach::FieldsArray);
        }
        if (key == "DR") {
            return bit(Reach::FormResources);
        }
        if (key == "CO") {
            return bit(Reach::Field);
        }
        return bit(Reach::Other);
    case Reach::FieldsArray:
        return bit(Reach::Field);
    case Reach::SignatureValue:
        return key == "Data" ? skip : bit(Reach::SignatureValue); // /Data points back at the document
    case Reach::Dss:
        return bit(Reach::DssData);
    case Reach::Outline:
        if (key == "Parent" || key == "Prev" || key == "Last" || key == "Dest" || key == "SE") {
            return skip;
        }
        if (key == "A") {
            return bit(Reach::Action);
        }
        return bit(Reach::Outline);
    case Reach::StructTree:
        if (key == "P" || key == "Pg" || key == "Obj" || key == "Stm" || key == "StmOwn") {
            return skip;
        }
        return bit(Reach::StructTree);
    case Reach::Action:
        return key == "D" || key == "Dest" ? skip : bit(Reach::Action);
    case Reach::PageContent:
    case Reach::AnnotAppearance:
    case Reach::WidgetAppearance:
    case Reach::FormResources:
    case Reach::FieldLock:
    case Reach::DssData:
    case Reach::Info:
    case Reach::Metadata:
    case Reach::Extensions:
    case Reach::Other:
    case Reach::Encrypt:
        break;
    }
    return bit(context);
}

bool isResourceCategory(const QByteArray& key)
{
    return key == "Font" || key == "XObject" || key == "ExtGState" || key == "Pattern" || key == "Shading"
           || key == "ColorSpace" || key == "Properties";
}

void addListed(std::vector<int>& list, int value)
{
    if (list.size() < maxListed && std::find(list.begin(), list.end(), value) == list.end()) {
        list.push_back(value);
    }
}

} // namespace

/** Breadth first over (object, role) pairs, each pair once; the owners of appearances propagate as they grow. */
class GraphWalker
{
public:
    explicit GraphWalker(PdfFile& file) : m_file(file)
    {
    }

    Result<ObjectGraph> run()
    {
        if (auto pages = m_file.pages()) {
            for (size_t index = 0; index < pages->size(); ++index) {
                m_pageIndex.try_emplace((*pages)[index].number, static_cast<int>(index));
                m_graph.m_pages.push_back((*pages)[index].number);
            }
        }
        Step trailer;
        trailer.holder = 0;
        for (const auto& [key, value] : m_file.trailer().entries()) {
            if (key == "Root") {
                trailer.reach = Reach::Catalog;
            } else if (key == "Info") {
                trailer.reach = Reach::Info;
            } else if (key == "Encrypt") {
                trailer.reach = Reach::Encrypt;
            } else {
                continue;
            }
            walkValue(value, trailer, 0);
        }
        while (!m_queue.empty()) {
            const Pending pending = m_queue.front();
            m_queue.pop_front();
            if (m_file.cache().cancelled()) {
                return Error{ErrorCode::Cancelled, QString(), QStringLiteral("cancelled")};
            }
            if (!m_file.cache().spend(1)) {
                return PdfFile::tooComplex();
            }
            if (auto visited = visit(pending); !visited) {
                return visited.error();
            }
        }
        return std::move(m_graph);
    }

private:
    /** Where the walk stands inside one object's value. */
    struct Step
    {
        Reach reach = Reach::Other;
        int holder = 0;
        int page = -1;
        int owner = 0;
        QByteArray resourceKind;
    };
    struct Pending
    {
        int number = 0;
        Step step;
    };

    void enqueue(int number, const Step& step)
    {
        ReachedObject& reached = m_graph.m_objects[number];
        addListed(reached.referrers, step.holder);
        const bool newRole = (reached.reach & bit(step.reach)) == 0;
        bool newOwner = false;
        if (step.owner != 0
            && std::find(reached.owners.begin(), reached.owners.end(), step.owner) == reached.owners.end()
            && reached.owners.size() < maxListed) {
            reached.owners.push_back(step.owner);
            newOwner = true;
        }
        reached.reach |= bit(step.reach);
        if (reached.page < 0) {
            reached.page = step.page;
        }
        if (reached.resourceKind.isEmpty()) {
            reached.resourceKind = step.resourceKind;
        }
        if (newRole || newOwner) {
            m_queue.push_back(Pending{number, step});
        }
    }

    void dropRole(int number, Reach reach)
    {
        m_graph.m_objects[number].reach &= ~bit(reach);
    }

    void walkValue(const PdfObject& value, const Step& step, int depth)
    {
        if (depth > maxDirectDepth) {
            return;
        }
        switch (value.kind()) {
        case PdfObject::Kind::Reference:
            if (value.referenceValue().number > 0) {
                enqueue(value.referenceValue().number, step);
            }
            return;
        case PdfObject::Kind::Array: {
            Step items = step;
            if (step.reach == Reach::AnnotsArray || step.reach == Reach::FieldsArray) {
                items.reach = static_cast<Reach>(childReach(step.reach, QByteArray()));
            }
            for (const PdfObject& item : value.arrayItems()) {
                walkValue(item, items, depth + 1);
            }
            return;
        }
        case PdfObject::Kind::Dictionary:
            walkDictionary(value, step, depth);
            return;
        default:
            return;
        }
    }

    void walkDictionary(const PdfObject& dictionary, const Step& step, int depth)
    {
        // A widget listed by a page is a field too: its parts follow the field's rules.
        const Reach rules = step.reach == Reach::Annotation && isWidget(dictionary) ? Reach::Field : step.reach;
        for (const auto& [key, value] : dictionary.entries()) {
            const std::uint32_t reach = childReach(rules, key);
            if (reach == skip) {
                continue;
            }
            Step child = step;
            child.reach = static_cast<Reach>(reach);
            if ((rules == Reach::Field || rules == Reach::Annotation)
                && (child.reach == Reach::WidgetAppearance || child.reach == Reach::AnnotAppearance)) {
                child.owner = step.holder;
            }
            if (child.reach == Reach::PageContent && step.reach == Reach::PageTree) {
                child.resourceKind = key == "Contents" ? QByteArray("Contents") : QByteArray("Resources");
            } else if (child.reach == Reach::PageContent && isResourceCategory(key)) {
                child.resourceKind = key;
            }
            walkValue(value, child, depth + 1);
        }
    }

    Result<void> visit(const Pending& pending)
    {
        auto indirect = m_file.indirect(pending.number);
        if (!indirect) {
            if (indirect.error().code == ErrorCode::Cancelled || indirect.error().code == ErrorCode::Unsupported) {
                return indirect.error();
            }
            return {}; // unreadable: reached, with nothing below it
        }
        const PdfObject& value = (*indirect)->value;
        Step step = pending.step;
        step.holder = pending.number;
        // Pointers at pages (destinations, /P, /Pg) and at annotations (structure /Obj) are not ownership.
        if (step.reach != Reach::PageTree && step.reach != Reach::Catalog && isPageNode(value)) {
            dropRole(pending.number, step.reach);
            return {};
        }
        if ((step.reach == Reach::StructTree || step.reach == Reach::Outline || step.reach == Reach::Action
             || step.reach == Reach::Other)
            && (isAnnotation(value) || (step.reach == Reach::StructTree && (*indirect)->stream))) {
            dropRole(pending.number, step.reach);
            return {};
        }
        if (step.reach == Reach::SignatureValue && !value.isDictionary()) {
            dropRole(pending.number, step.reach); // a text field's value held in an object of its own
            m_graph.m_objects[pending.number].reach |= bit(Reach::Field);
            return {};
        }
        if (step.reach == Reach::PageTree) {
            if (const auto page = m_pageIndex.find(pending.number); page != m_pageIndex.end()) {
                step.page = page->second;
                m_graph.m_objects[pending.number].page = page->second;
            }
        }
        walkDictionary(value, step, 0);
        if (value.isArray()) {
            walkValue(value, step, 0);
        }
        return {};
    }

    PdfFile& m_file;
    ObjectGraph m_graph;
    std::unordered_map<int, int> m_pageIndex;
    std::deque<Pending> m_queue;
};

Result<ObjectGraph> ObjectGraph::walk(PdfFile& file)
{
    return GraphWalker(file).run();
}

} // namespace vanthu::signing::verify
