// SPDX-License-Identifier: GPL-3.0-or-later
// Generators for the viewer-model attacks and the legitimate edge cases of issue 12: sections written by hand
// (where our writer refuses: a new /Root, unlisted objects, wrong generations, object streams) and signatures
// whose dictionary is laid out by hand, their CMS made with the test key.
#pragma once

#include "signing/keys/SigningKey.h"
#include "signing/pdf/IncrementalUpdate.h"
#include "signing/pdf/PdfFile.h"
#include "signing/verify/Validation.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace vanthu::test
{

/** One classic cross-reference section written by hand. */
struct HandSection
{
    std::vector<std::pair<int, QByteArray>> objects; ///< listed: number -> body, written as "N 0 obj"
    /** Written before the table and named by no entry (e.g. "7 0 obj ... endobj" redefinitions). */
    QByteArray unlisted;
    /** Entries written as given: number -> (offset, generation), e.g. an old offset with another generation. */
    std::map<int, std::pair<qint64, int>> entries;
    /** Set on top of the copied /Root, /Info, /ID, and /Size and /Prev (e.g. a new /Root, an /Encrypt). */
    signing::pdf::PdfDictionary trailer;
};
[[nodiscard]] QByteArray appendSection(const QByteArray& pdf, const HandSection& section);

/** One xref-stream section written by hand, with an object stream for the objects that may live in one. */
struct StreamSection
{
    std::vector<std::pair<int, QByteArray>> objects;    ///< written in the file (streams, the signature)
    std::vector<std::pair<int, QByteArray>> compressed; ///< written into one new object stream
    signing::pdf::PdfDictionary trailer;
};
[[nodiscard]] QByteArray appendStreamSection(const QByteArray& pdf, const StreamSection& section);

/** The first number no section of @p pdf has used. */
[[nodiscard]] int nextObjectNumber(const QByteArray& pdf);
/**
 * @p resources (resolved) with Helvetica added as /FV: the fixtures' fonts are subsets whose codes poppler cannot
 * turn back into the forged words, so text written by an attack uses this one.
 */
[[nodiscard]] signing::pdf::PdfObject withHelvetica(signing::pdf::PdfFile& file,
                                                    const signing::pdf::PdfObject& resources);
/** A content stream body ("<</Length n>>stream ... endstream") that shows @p text in /FV at 24 points. */
[[nodiscard]] QByteArray textStreamBody(const QByteArray& text);
/** What `pdftotext` (poppler, as a viewer reads the file) prints for @p pdf; empty when it fails. */
[[nodiscard]] QString popplerText(const QByteArray& pdf);

/** The placeholders a hand-written signature dictionary holds until fillSignature() replaces them. */
[[nodiscard]] QByteArray byteRangePlaceholder();
[[nodiscard]] QByteArray contentsPlaceholder();
/** A /Type /Sig dictionary (CAdES detached) with @p byteRange and @p contents (placeholders or references). */
[[nodiscard]] QByteArray signatureDictionary(const QByteArray& extraKeys = {},
                                             const QByteArray& byteRange = byteRangePlaceholder(),
                                             const QByteArray& contents = contentsPlaceholder());

/**
 * Fills the last /ByteRange and /Contents placeholders of @p pdf: the ranges cover [0, signedEnd) except the hex
 * string, and the CMS is a CAdES B-B signature of @p key over them. Lengths stay, so every offset stays right.
 */
[[nodiscard]] QByteArray fillSignature(QByteArray pdf, signing::SigningKey& key,
                                       std::optional<qint64> signedEnd = std::nullopt);

/** A signature update whose dictionary is laid out by hand; the CMS is filled later by fillSignature(). */
struct HandSignature
{
    /** A prepared field to sign (its /V is set; for a field with /Kids, on the parent); else a new invisible field. */
    QString field = QStringLiteral("HandSigned");
    QByteArray extraKeys;           ///< inside the signature dictionary, e.g. a /Reference array
    bool byteRangeIndirect = false; ///< /ByteRange N 0 R
    bool contentsIndirect = false;  ///< /Contents N 0 R
    bool directInField = false;     ///< the dictionary written in the field's /V itself
    /** Certify: a DocMDP reference with this /P, and the catalog's /Perms /DocMDP naming the signature. */
    std::optional<int> docMdp;
    /** More objects of the same update (the catalog's /Perms, ...), given the signature dictionary's reference. */
    std::function<void(signing::pdf::PdfFile&, signing::pdf::IncrementalUpdate&, signing::pdf::PdfRef)> alsoWrite;
};
[[nodiscard]] QByteArray handSignatureUpdate(const QByteArray& pdf, const HandSignature& signature);

/** The reference of the field named @p name (fully qualified), or {0, 0}. */
[[nodiscard]] signing::pdf::PdfRef fieldReference(signing::pdf::PdfFile& file, const QString& name);

/**
 * Adds @p field (and its widget, the same object unless @p separateWidget) to the AcroForm's /Fields (creating the
 * form) and the widget to page 1's /Annots, in @p update.
 */
void registerField(signing::pdf::PdfFile& file, signing::pdf::IncrementalUpdate& update, signing::pdf::PdfRef field,
                   std::optional<signing::pdf::PdfRef> separateWidget = std::nullopt,
                   const std::function<void(signing::pdf::PdfObject&)>& editCatalog = {});

/** Appends to an unsigned document an empty signature field @p name at @p rect (PDF coordinates x1 y1 x2 y2). */
[[nodiscard]] QByteArray withSignatureField(const QByteArray& pdf, const QString& name,
                                            const signing::pdf::PdfObject& rect,
                                            const signing::pdf::PdfObject& lock = {}, bool widgetAsKid = false);

/** The catalog's reference and dictionary. */
[[nodiscard]] std::pair<signing::pdf::PdfRef, signing::pdf::PdfObject> catalogOf(signing::pdf::PdfFile& file);

/** A signature dictionary's /Reference with one FieldMDP transform (@p fields: "(A)(B)", none for /All). */
[[nodiscard]] QByteArray fieldMdpReference(const QByteArray& action, const QByteArray& fields = {});
/** A signature dictionary's /Reference with one DocMDP transform of permission @p permission. */
[[nodiscard]] QByteArray docMdpReference(int permission);

/** The number of page 1's first content stream. */
[[nodiscard]] int pageContentNumber(signing::pdf::PdfFile& file);

/** Fills the merged text field @p name with @p value and a new appearance, as a form filler does. */
[[nodiscard]] QByteArray fillTextField(const QByteArray& pdf, const QString& name, const QByteArray& value);

/** The report of the signature in field @p field (reports follow the form's field order, not the revisions'). */
[[nodiscard]] const signing::SignatureReport& signatureIn(const signing::ValidationReport& report, const char* field);

/** [x1 y1 x2 y2] as a PDF array. */
[[nodiscard]] signing::pdf::PdfObject rectangle(int x1, int y1, int x2, int y2);

} // namespace vanthu::test
