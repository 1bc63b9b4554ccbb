// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/pdf/IncrementalUpdate.h"

#include <map>
#include <utility>
#include <vector>

namespace vanthu::signing::pades
{

/** The document catalog as the update changes it; written back only when changed. */
struct Catalog
{
    pdf::PdfRef ref;
    pdf::PdfObject dictionary;
    bool changed = false;
};

/** Reads the catalog. Errors: it is missing, unreadable or not a dictionary. */
[[nodiscard]] Result<Catalog> readCatalog(pdf::PdfFile& file);

/** The interactive form, wherever the catalog keeps it: an object of its own, or inside the catalog. */
struct AcroForm
{
    pdf::PdfObject dictionary = pdf::PdfObject::dictionary(); ///< empty when the document has no form
    pdf::PdfRef ref{};
    bool indirect = false; ///< held as the object @c ref (else in the catalog, or absent)
};

/** Reads the AcroForm of @p catalog; a missing or malformed one reads as empty. Errors: the object cannot be read. */
[[nodiscard]] Result<AcroForm> readAcroForm(pdf::PdfFile& file, const pdf::PdfObject& catalog);

/** Widgets added to pages: each page (or its /Annots array) is written once, however many widgets it gets. */
class NewWidgets
{
public:
    NewWidgets(pdf::PdfFile& file, pdf::IncrementalUpdate& update) : m_file(file), m_update(update)
    {
    }

    void add(pdf::PdfRef page, pdf::PdfRef widget);
    /** Appends the widgets to their pages' /Annots. */
    [[nodiscard]] Result<void> writePages();

    [[nodiscard]] const std::vector<pdf::PdfRef>& added() const
    {
        return m_added;
    }

private:
    pdf::PdfFile& m_file;
    pdf::IncrementalUpdate& m_update;
    std::map<int, std::pair<pdf::PdfRef, pdf::PdfArray>> m_pages; ///< page number: the page and its new widgets
    std::vector<pdf::PdfRef> m_added;
};

/**
 * Appends the widgets of @p widgets to the AcroForm's /Fields (they are merged with their fields) and, for new text
 * fields (@p needsHelvetica), gives /DR the /Helv font their /DA names. A /Fields array held as an object of its own
 * is written here.
 */
[[nodiscard]] Result<void> registerFields(pdf::PdfFile& file, pdf::IncrementalUpdate& update, AcroForm& acroForm,
                                          const NewWidgets& widgets, bool needsHelvetica);

/**
 * Sets /SigFlags to SignaturesExist | AppendOnly and writes the AcroForm where it lives when it changed (a new field
 * in @p addsField changes /Fields unless that array is an object of its own, already written). An AcroForm entry of
 * the catalog that points at no dictionary is replaced by a proper object.
 */
void writeAcroForm(pdf::IncrementalUpdate& update, AcroForm acroForm, Catalog& catalog, bool addsField);

} // namespace vanthu::signing::pades
