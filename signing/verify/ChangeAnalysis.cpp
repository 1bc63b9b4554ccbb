// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/verify/ChangeAnalysis.h"

#include "signing/pades/PdfText.h"
#include "signing/pdf/FieldTree.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <map>

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

bool isEmptyRect(const PdfObject& widget)
{
    const PdfObject* rect = widget.find("Rect");
    if (!rect || !rect->isArray() || rect->arrayItems().size() != 4) {
        return true;
    }
    const PdfArray& r = rect->arrayItems();
    return r[0].numberValue() == r[2].numberValue() || r[1].numberValue() == r[3].numberValue();
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

/** What the signed revision is made of, to name what a later revision touched. */
struct SignedLayout
{
    int catalog = -1;
    int info = -1;
    int acroForm = -1;
    int fieldsArray = -1;
    std::map<int, int> pages;        ///< object number -> page index
    std::map<int, int> annotsArrays; ///< indirect /Annots array -> page index
    std::map<int, int> contents;     ///< content stream -> page index
    QSet<int> signedFields;          ///< field objects whose /V is a signature
};

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
    auto catalog = file.object(*catalogRef);
    if (catalog) {
        if (const PdfObject* acroForm = catalog->find("AcroForm"); acroForm && acroForm->isReference()) {
            layout.acroForm = acroForm->referenceValue().number;
        }
        const PdfObject* acroFormEntry = catalog->find("AcroForm");
        auto acroForm = acroFormEntry ? file.resolve(*acroFormEntry) : Result<PdfObject>(PdfObject());
        if (acroForm && acroForm->find("Fields")) {
            if (acroForm->find("Fields")->isReference()) {
                layout.fieldsArray = acroForm->find("Fields")->referenceValue().number;
            }
        }
        walkFields(file, acroFormFields(file), [&file, &layout](const FieldNode& node) {
            const PdfObject* value = node.dictionary.find("V");
            if (value && value->isReference() && node.reference.isReference()) {
                auto target = file.object(value->referenceValue());
                if (target && (target->find("ByteRange") || target->find("Contents"))) {
                    layout.signedFields.insert(node.reference.referenceValue().number);
                }
            }
        });
    }
    auto pages = file.pages();
    if (!pages) {
        return layout;
    }
    for (size_t index = 0; index < pages->size(); ++index) {
        const PdfRef ref = (*pages)[index];
        layout.pages[ref.number] = static_cast<int>(index);
        auto page = file.object(ref);
        if (!page) {
            continue;
        }
        if (const PdfObject* annots = page->find("Annots"); annots && annots->isReference()) {
            layout.annotsArrays[annots->referenceValue().number] = static_cast<int>(index);
        }
        if (const PdfObject* contents = page->find("Contents")) {
            if (contents->isReference()) {
                layout.contents[contents->referenceValue().number] = static_cast<int>(index);
            }
            auto resolved = file.resolve(*contents);
            if (resolved && resolved->isArray()) {
                for (const PdfObject& item : resolved->arrayItems()) {
                    if (item.isReference()) {
                        layout.contents[item.referenceValue().number] = static_cast<int>(index);
                    }
                }
            }
        }
    }
    return layout;
}

class Classifier
{
public:
    Classifier(PdfFile& signedFile, PdfFile& laterFile, ChangeReport& report)
        : m_signed(signedFile), m_later(laterFile), m_layout(layoutOf(signedFile)), m_report(report)
    {
    }

    void classify(int number, const XrefEntry& entry)
    {
        const XrefEntry* before = m_signed.entry(number);
        const bool existed = before && before->type != XrefEntry::Type::Free;
        if (entry.type == XrefEntry::Type::Free) {
            if (existed) {
                raise(ModificationLevel::Other, "object-freed",
                      ChangeAnalysisText::tr("An object of the signed document was deleted (object %1).").arg(number));
            }
            return;
        }
        auto after = m_later.object(PdfRef{number, 0});
        if (!after) {
            raise(ModificationLevel::Other, "object-unreadable",
                  ChangeAnalysisText::tr("A later revision holds an unreadable object (%1).").arg(number));
            return;
        }
        if (!existed) {
            classifyNew(*after);
            return;
        }
        auto old = m_signed.object(PdfRef{number, 0});
        if (!old) {
            return;
        }
        if (serialize(*old) == serialize(*after)) {
            return; // written again, unchanged
        }
        classifyChanged(number, *old, *after);
    }

private:
    void raise(ModificationLevel level, const char* code, const QString& message)
    {
        m_report.level = std::max(m_report.level, level);
        m_report.findings.append(Finding{QString::fromLatin1(code), message});
    }

    void classifyNew(const PdfObject& object)
    {
        const PdfObject* type = object.find("Type");
        const PdfObject* subtype = object.find("Subtype");
        if (type && type->isName("DocTimeStamp")) {
            raise(ModificationLevel::LtaUpdates, "document-timestamp-added",
                  ChangeAnalysisText::tr("A document timestamp was added."));
        } else if (subtype && subtype->isName("Widget")) {
            const PdfObject* fieldType = object.find("FT");
            if (fieldType && fieldType->isName("Sig")) {
                if (isEmptyRect(object)) {
                    raise(ModificationLevel::LtaUpdates, "invisible-signature-field-added",
                          ChangeAnalysisText::tr("An invisible signature field was added."));
                } else {
                    raise(ModificationLevel::FormFilling, "signature-field-added",
                          ChangeAnalysisText::tr("A visible signature field was added."));
                }
            } else {
                raise(ModificationLevel::Other, "form-field-added",
                      ChangeAnalysisText::tr("A new form field was added after signing; it can show any text over the "
                                             "page."));
            }
        } else if (type && type->isName("Annot")) {
            raise(ModificationLevel::Annotations, "annotation-added",
                  ChangeAnalysisText::tr("An annotation (%1) was added.")
                      .arg(subtype ? QString::fromLatin1(subtype->bytes()) : QString()));
        } else if (subtype && subtype->isName("Widget") == false && object.find("Rect") && object.find("Subtype")) {
            raise(ModificationLevel::Annotations, "annotation-added",
                  ChangeAnalysisText::tr("An annotation (%1) was added.").arg(QString::fromLatin1(subtype->bytes())));
        }
        // Other new objects (appearance streams, fonts, signature dictionaries, xref streams, DSS data) matter only
        // through the objects that use them, which are classified in their own right.
    }

    void classifyChanged(int number, const PdfObject& before, const PdfObject& after)
    {
        const QSet<QByteArray> keys = changedKeys(before, after);
        if (number == m_layout.catalog) {
            QSet<QByteArray> other = keys;
            other.subtract({"DSS", "Extensions", "Metadata", "Version"});
            if (other.isEmpty()) {
                raise(ModificationLevel::LtaUpdates, "catalog-lta",
                      ChangeAnalysisText::tr("Long-term validation data or metadata was added."));
            } else if (other == QSet<QByteArray>{"AcroForm"}) {
                raise(ModificationLevel::FormFilling, "form-changed",
                      ChangeAnalysisText::tr("The form's field list was extended."));
            } else {
                raise(ModificationLevel::Other, "catalog-changed",
                      ChangeAnalysisText::tr("The document's structure (catalog) was changed."));
            }
            return;
        }
        if (number == m_layout.info) {
            raise(ModificationLevel::LtaUpdates, "info-changed",
                  ChangeAnalysisText::tr("The document information (author, dates) was updated."));
            return;
        }
        if (number == m_layout.acroForm) {
            QSet<QByteArray> other = keys;
            other.subtract({"Fields", "SigFlags", "DR", "DA", "NeedAppearances"});
            const bool fieldsGrew = !keys.contains("Fields")
                                    || (before.find("Fields") && after.find("Fields")
                                        && isPrefixArray(*before.find("Fields"), *after.find("Fields")));
            if (other.isEmpty() && fieldsGrew) {
                raise(ModificationLevel::FormFilling, "form-changed",
                      ChangeAnalysisText::tr("The form's field list was extended."));
            } else {
                raise(ModificationLevel::Other, "form-rewritten",
                      ChangeAnalysisText::tr("The form was rewritten, not only extended."));
            }
            return;
        }
        if (number == m_layout.fieldsArray) {
            if (isPrefixArray(before, after)) {
                raise(ModificationLevel::FormFilling, "form-changed",
                      ChangeAnalysisText::tr("The form's field list was extended."));
            } else {
                raise(ModificationLevel::Other, "form-rewritten",
                      ChangeAnalysisText::tr("Fields were removed or reordered in the form."));
            }
            return;
        }
        if (const auto page = m_layout.pages.find(number); page != m_layout.pages.end()) {
            const bool onlyAnnots = keys == QSet<QByteArray>{"Annots"};
            const PdfObject* oldAnnots = before.find("Annots");
            const PdfObject* newAnnots = after.find("Annots");
            const bool appended = onlyAnnots && newAnnots
                                  && (!oldAnnots || isPrefixArray(*oldAnnots, *newAnnots)
                                      || (oldAnnots->isReference() && newAnnots->isArray()));
            if (appended) {
                raise(ModificationLevel::FormFilling, "annotations-appended",
                      ChangeAnalysisText::tr("Page %1 received new annotations or fields (see below).")
                          .arg(page->second + 1));
            } else {
                raise(ModificationLevel::Other, "page-changed",
                      ChangeAnalysisText::tr("Page %1 was changed (%2).")
                          .arg(page->second + 1)
                          .arg(QString::fromLatin1(QList<QByteArray>(keys.begin(), keys.end()).join(", "))));
            }
            return;
        }
        if (const auto annots = m_layout.annotsArrays.find(number); annots != m_layout.annotsArrays.end()) {
            if (isPrefixArray(before, after)) {
                raise(ModificationLevel::FormFilling, "annotations-appended",
                      ChangeAnalysisText::tr("Page %1 received new annotations or fields (see below).")
                          .arg(annots->second + 1));
            } else {
                raise(ModificationLevel::Other, "annotations-removed",
                      ChangeAnalysisText::tr("Annotations of page %1 were removed or reordered.")
                          .arg(annots->second + 1));
            }
            return;
        }
        if (const auto content = m_layout.contents.find(number); content != m_layout.contents.end()) {
            raise(ModificationLevel::Other, "page-content-changed",
                  ChangeAnalysisText::tr("The content of page %1 was replaced.").arg(content->second + 1));
            return;
        }
        const PdfObject* subtype = before.find("Subtype");
        if ((subtype && subtype->isName("Widget")) || before.find("FT")) {
            const QString name = before.find("T") && before.find("T")->isString()
                                     ? fromTextString(before.find("T")->bytes())
                                     : QString::number(number);
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
                          .arg(name, QString::fromLatin1(QList<QByteArray>(other.begin(), other.end()).join(", "))));
            }
            return;
        }
        if (subtype && before.find("Rect")) {
            raise(ModificationLevel::Annotations, "annotation-changed",
                  ChangeAnalysisText::tr("An annotation (%1) was changed.").arg(QString::fromLatin1(subtype->bytes())));
            return;
        }
        const PdfObject* type = before.find("Type");
        raise(ModificationLevel::Other, "object-changed",
              ChangeAnalysisText::tr("An object of the signed document was redefined (object %1%2).")
                  .arg(number)
                  .arg(type && type->isName() ? QStringLiteral(", ") + QString::fromLatin1(type->bytes()) : QString()));
    }

    PdfFile& m_signed;
    PdfFile& m_later;
    SignedLayout m_layout;
    ChangeReport& m_report;
};

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
    auto signedFile = PdfFile::open(QByteArray::fromRawData(pdf.constData(), signedEnd)); // a view, not a copy
    if (!signedFile) {
        report.level = ModificationLevel::Other;
        report.findings.append(Finding{QStringLiteral("signed-revision-unreadable"),
                                       ChangeAnalysisText::tr("The signed revision cannot be rebuilt.")});
        return report;
    }
    const size_t signedSections = (*signedFile)->sections().size();
    for (const qint64 end : ends) {
        if (end <= signedEnd) {
            continue;
        }
        auto later = PdfFile::open(QByteArray::fromRawData(pdf.constData(), end));
        if (!later) {
            continue; // e.g. a first-page section of a linearized file: not a revision of its own
        }
        const auto& sections = (*later)->sections();
        if (sections.size() <= signedSections) {
            report.level = ModificationLevel::Other;
            report.findings.append(Finding{QStringLiteral("revision-detached"),
                                           ChangeAnalysisText::tr("A later revision does not build on the signed one "
                                                                  "(its cross-reference chain skips it).")});
            continue;
        }
        Classifier classifier(**signedFile, **later, report);
        // Only the sections this revision added (newest first), each object once, newest definition wins.
        QSet<int> seen;
        const size_t added = sections.size() - signedSections;
        for (size_t index = 0; index < added; ++index) {
            for (const auto& [number, entry] : sections[index].entries) {
                if (!seen.contains(number) && number != 0) {
                    seen.insert(number);
                    classifier.classify(number, entry);
                }
            }
        }
    }
    return report;
}

} // namespace vanthu::signing::verify
