// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pades/FormUpdate.h"

namespace vanthu::signing::pades
{
using namespace pdf;

namespace
{

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

/** Gives the AcroForm's /DR a /Helv font for the /DA of new text fields. */
void addDefaultFont(PdfFile& file, PdfObject& acroForm)
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
        return;
    }
    fonts.set("Helv", PdfObject::dictionary({{"Type", PdfObject::name("Font")},
                                             {"Subtype", PdfObject::name("Type1")},
                                             {"BaseFont", PdfObject::name("Helvetica")},
                                             {"Encoding", PdfObject::name("WinAnsiEncoding")}}));
    resources.set("Font", std::move(fonts));
    acroForm.set("DR", std::move(resources));
}

} // namespace

Result<Catalog> readCatalog(PdfFile& file)
{
    auto ref = file.catalogRef();
    if (!ref) {
        return ref.error();
    }
    auto dictionary = file.object(*ref);
    if (!dictionary) {
        return dictionary.error();
    }
    if (!dictionary->isDictionary()) {
        return PdfFile::damaged(QStringLiteral("catalog is not a dictionary"));
    }
    return Catalog{*ref, std::move(*dictionary), false};
}

Result<AcroForm> readAcroForm(PdfFile& file, const PdfObject& catalog)
{
    AcroForm acroForm;
    const PdfObject* existing = catalog.find("AcroForm");
    if (!existing) {
        return acroForm;
    }
    if (existing->isReference()) {
        acroForm.ref = existing->referenceValue();
        auto value = file.object(acroForm.ref);
        if (!value) {
            return value.error();
        }
        if (value->isDictionary()) {
            acroForm.dictionary = std::move(*value);
            acroForm.indirect = true;
        }
    } else if (existing->isDictionary()) {
        acroForm.dictionary = *existing;
    }
    return acroForm;
}

void NewWidgets::add(PdfRef page, PdfRef widget)
{
    auto& onPage = m_pages[page.number];
    onPage.first = page;
    onPage.second.push_back(PdfObject::reference(widget));
    m_added.push_back(widget);
}

Result<void> NewWidgets::writePages()
{
    for (auto& [number, onPage] : m_pages) {
        auto page = m_file.object(onPage.first);
        if (!page) {
            return page.error();
        }
        bool pageChanged = false;
        if (auto appended = appendToArray(m_file, m_update, *page, "Annots", onPage.second, pageChanged); !appended) {
            return appended;
        }
        if (pageChanged) {
            m_update.put(onPage.first, std::move(*page));
        }
    }
    return {};
}

Result<void> registerFields(PdfFile& file, IncrementalUpdate& update, AcroForm& acroForm, const NewWidgets& widgets,
                            bool needsHelvetica)
{
    PdfArray fields;
    for (const PdfRef& widget : widgets.added()) {
        fields.push_back(PdfObject::reference(widget));
    }
    // Not read: writeAcroForm() decides from its addsField alone, so a /Fields or /DR changed in place while signing
    // a prepared field is not written unless /SigFlags changes too.
    bool changedInPlace = false;
    if (auto appended = appendToArray(file, update, acroForm.dictionary, "Fields", fields, changedInPlace); !appended) {
        return appended;
    }
    if (needsHelvetica) {
        addDefaultFont(file, acroForm.dictionary);
    }
    return {};
}

void writeAcroForm(IncrementalUpdate& update, AcroForm acroForm, Catalog& catalog, bool addsField)
{
    PdfObject& dictionary = acroForm.dictionary;
    bool changed = addsField
                   && !(dictionary.find("Fields") && dictionary.find("Fields")->isReference()
                        && update.contains(dictionary.find("Fields")->referenceValue().number));
    const PdfObject* sigFlags = dictionary.find("SigFlags");
    if (!sigFlags || !sigFlags->isInteger() || (sigFlags->integerValue() & 3) != 3) {
        dictionary.set("SigFlags", PdfObject::integer((sigFlags ? sigFlags->integerValue() : 0) | 3));
        changed = true;
    }
    if (!changed) {
        return;
    }
    const PdfObject* entry = catalog.dictionary.find("AcroForm");
    if (acroForm.indirect) {
        update.put(acroForm.ref, std::move(dictionary));
    } else if (!entry || !entry->isReference()) {
        catalog.dictionary.set("AcroForm", std::move(dictionary));
        catalog.changed = true;
    } else {
        // The catalog points at something that is not a dictionary: give it a proper AcroForm object.
        const PdfRef fresh = update.allocate();
        update.put(fresh, std::move(dictionary));
        catalog.dictionary.set("AcroForm", PdfObject::reference(fresh));
        catalog.changed = true;
    }
}

} // namespace vanthu::signing::pades
