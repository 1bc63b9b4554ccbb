// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/pdf/PdfFile.h"

#include <QString>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace vanthu::signing::verify
{

/**
 * The roles in which a reader reaches an object from the trailer. An object may play several (a form XObject drawn by
 * a page and used as a widget's appearance): the change rules judge it by the strictest.
 */
enum class Reach : std::uint32_t
{
    Catalog = 1U << 0,
    PageTree = 1U << 1,         ///< page tree nodes and pages
    PageContent = 1U << 2,      ///< what a page draws: content streams, resources, fonts, images, their parts
    AnnotsArray = 1U << 3,      ///< a page's /Annots array
    Annotation = 1U << 4,       ///< an annotation dictionary listed by a page (widgets included)
    Field = 1U << 5,            ///< a field or widget dictionary of the form's field tree
    AnnotAppearance = 1U << 6,  ///< the appearance of a non-widget annotation
    WidgetAppearance = 1U << 7, ///< the appearance of a widget (/AP, /MK icons)
    AcroForm = 1U << 8,
    FieldsArray = 1U << 9,
    FormResources = 1U << 10,  ///< the form's default resources (/DR)
    SignatureValue = 1U << 11, ///< a signature dictionary (a field's /V, /Perms) and its parts
    FieldLock = 1U << 12,      ///< a signature field's /Lock or /SV
    Dss = 1U << 13,
    DssData = 1U << 14, ///< the DSS arrays, their certificates, OCSP responses, CRLs and /VRI
    Info = 1U << 15,
    Metadata = 1U << 16, ///< the catalog's XMP stream
    Extensions = 1U << 17,
    Outline = 1U << 18,
    StructTree = 1U << 19,
    Action = 1U << 20, ///< /OpenAction, /AA, /A: what runs when the document or an item is opened
    Other = 1U << 21,  ///< names, optional content, embedded files, anything else
    Encrypt = 1U << 22,
};

/** How one reachable object is reached. */
struct ReachedObject
{
    std::uint32_t reach = 0;    ///< Reach bits
    int page = -1;              ///< the first page (0-based) it belongs to, where it belongs to one
    QByteArray resourceKind;    ///< for page content: "Contents", "Font", "XObject", ... (the first seen)
    std::vector<int> referrers; ///< distinct objects holding a reference to it (0: the trailer), at most 8
    std::vector<int> owners;    ///< for appearances: the widgets or annotations whose /AP leads to it, at most 8

    [[nodiscard]] bool has(Reach bit) const
    {
        return (reach & static_cast<std::uint32_t>(bit)) != 0;
    }
};

/**
 * Every object a reader reaches from @p file's trailer (/Root, /Info, /Encrypt) through the document's structure:
 * pages and what they draw, annotations and their appearances, the form and its fields, the DSS, metadata,
 * outlines, the structure tree, actions and names. Each object is parsed once per role it plays; back references
 * (/Parent, /P, destinations to pages) are not followed. Objects that cannot be read are reached, with no children.
 */
class ObjectGraph
{
public:
    /** Errors: Cancelled or Unsupported (work budget) from the file's cache. */
    [[nodiscard]] static Result<ObjectGraph> walk(pdf::PdfFile& file);

    [[nodiscard]] const std::unordered_map<int, ReachedObject>& objects() const
    {
        return m_objects;
    }
    [[nodiscard]] const ReachedObject* find(int number) const
    {
        const auto found = m_objects.find(number);
        return found == m_objects.end() ? nullptr : &found->second;
    }
    /** Page object numbers in page order. */
    [[nodiscard]] const std::vector<int>& pages() const
    {
        return m_pages;
    }

private:
    std::unordered_map<int, ReachedObject> m_objects;
    std::vector<int> m_pages;
    friend class GraphWalker;
};

} // namespace vanthu::signing::verify
