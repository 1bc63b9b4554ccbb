// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/pdf/PdfFile.h"

#include <QString>

#include <functional>

namespace vanthu::signing::pdf
{

/** One node of an AcroForm field tree as the walk meets it. */
struct FieldNode
{
    PdfObject reference;  ///< the entry in /Fields or /Kids (usually an indirect reference)
    PdfObject dictionary; ///< the resolved field or widget dictionary
    QString name;         ///< fully qualified name ("parent.child"); a widget without /T keeps its field's name
    PdfObject type;       ///< /FT, inherited from the parents when the node has none
    bool hasKids = false;
};

/**
 * Walks the field tree below @p fields (the AcroForm's /Fields array) depth-first in document order, calling
 * @p visit for every node that resolves to a dictionary. Bounded (32 levels, 100,000 nodes) so a looping or huge tree
 * ends (the bound counts the nodes queued); nodes that do not resolve are skipped.
 */
void walkFields(PdfFile& file, const PdfObject& fields, const std::function<void(const FieldNode&)>& visit);

/** The AcroForm's /Fields array of @p file's newest revision (an empty array when there is no form). */
[[nodiscard]] PdfObject acroFormFields(PdfFile& file);

} // namespace vanthu::signing::pdf
