// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/ltv/Dss.h"

#include <QCoreApplication>

namespace vanthu::signing
{
using namespace pdf;

namespace
{

struct DssText
{
    Q_DECLARE_TR_FUNCTIONS(DssText)
};

constexpr const char* certificatesKey = "Certs";
constexpr const char* ocspKey = "OCSPs";
constexpr const char* crlKey = "CRLs";

/** Items of one DSS array; @p references gets the array's entries as written, to be kept in a new DSS. */
QList<QByteArray> readItems(PdfFile& file, const PdfObject& dss, const char* key, PdfArray* references = nullptr)
{
    QList<QByteArray> items;
    const PdfObject* entry = dss.find(key);
    if (entry == nullptr) {
        return items;
    }
    auto array = file.resolve(*entry);
    if (!array || !array->isArray()) {
        return items;
    }
    for (const PdfObject& item : array->arrayItems()) {
        if (!item.isReference()) {
            continue;
        }
        if (references != nullptr) {
            references->push_back(item);
        }
        auto data = file.streamData(item.referenceValue().number);
        if (data && !data->isEmpty()) {
            items.append(*data);
        }
    }
    return items;
}

Result<PdfObject> dssOf(PdfFile& file, const PdfObject& catalog)
{
    const PdfObject* entry = catalog.find("DSS");
    if (entry == nullptr) {
        return PdfObject::dictionary();
    }
    auto dss = file.resolve(*entry);
    if (!dss) {
        return dss.error();
    }
    return dss->isDictionary() ? *dss : PdfObject::dictionary();
}

} // namespace

ValidationData readDss(PdfFile& file)
{
    ValidationData data;
    auto catalogRef = file.catalogRef();
    auto catalog = catalogRef ? file.object(*catalogRef) : Result<PdfObject>(PdfObject());
    if (!catalog || !catalog->isDictionary()) {
        return data;
    }
    auto dss = dssOf(file, *catalog);
    if (!dss) {
        return data;
    }
    data.certificates = readItems(file, *dss, certificatesKey);
    data.ocspResponses = readItems(file, *dss, ocspKey);
    data.crls = readItems(file, *dss, crlKey);
    return data;
}

Result<WrittenUpdate> appendDss(PdfFile& file, const ValidationData& data)
{
    auto catalogRef = file.catalogRef();
    if (!catalogRef) {
        return catalogRef.error();
    }
    auto catalog = file.object(*catalogRef);
    if (!catalog || !catalog->isDictionary()) {
        return PdfFile::damaged(QStringLiteral("catalog is not a dictionary"));
    }
    auto dss = dssOf(file, *catalog);
    if (!dss) {
        return dss.error();
    }
    IncrementalUpdate update(file);
    int added = 0;
    auto extend = [&](const char* key, const QList<QByteArray>& items) {
        PdfArray references;
        const QList<QByteArray> existing = readItems(file, *dss, key, &references);
        for (const QByteArray& item : items) {
            if (existing.contains(item)) {
                continue;
            }
            const PdfRef ref = update.allocate();
            update.putStream(ref, PdfObject::dictionary(), item);
            references.push_back(PdfObject::reference(ref));
            ++added;
        }
        if (!references.empty()) {
            dss->set(key, PdfObject::array(std::move(references)));
        }
    };
    extend(certificatesKey, data.certificates);
    extend(ocspKey, data.ocspResponses);
    extend(crlKey, data.crls);
    if (added == 0) {
        return Error{ErrorCode::Conflict, DssText::tr("The document already holds all this validation data."),
                     QString()};
    }
    dss->set("Type", PdfObject::name("DSS"));
    const PdfObject* oldEntry = catalog->find("DSS");
    const PdfRef dssRef =
        oldEntry != nullptr && oldEntry->isReference() ? oldEntry->referenceValue() : update.allocate();
    update.put(dssRef, std::move(*dss));

    // PAdES documents announce themselves with the ESIC developer extension (EN 319 142-1 §5.4).
    PdfObject extensions = PdfObject::dictionary();
    if (const PdfObject* old = catalog->find("Extensions")) {
        if (auto resolved = file.resolve(*old); resolved && resolved->isDictionary()) {
            extensions = *resolved;
        }
    }
    bool catalogChanged = oldEntry == nullptr || !oldEntry->isReference();
    if (extensions.find("ESIC") == nullptr) {
        extensions.set("ESIC", PdfObject::dictionary({{"BaseVersion", PdfObject::name("1.7")},
                                                      {"ExtensionLevel", PdfObject::integer(5)}}));
        catalog->set("Extensions", std::move(extensions));
        catalogChanged = true;
    }
    if (catalogChanged) {
        catalog->set("DSS", PdfObject::reference(dssRef));
        update.put(*catalogRef, std::move(*catalog));
    }
    return update.write();
}

} // namespace vanthu::signing
