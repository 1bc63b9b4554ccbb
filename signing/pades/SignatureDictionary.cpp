// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pades/SignatureDictionary.h"

#include "signing/pades/PdfText.h"

namespace vanthu::signing::pades
{
using namespace pdf;

namespace
{

const QByteArray byteRangeReservation = "[0 0000000000 0000000000 0000000000]";

SignatureDictionaryBody withByteRangeAndContents(const PdfObject& dictionary, qint64 reserved)
{
    SignatureDictionaryBody body;
    body.bytes = serialize(dictionary);
    body.bytes.chop(2); // ">>"
    body.bytes.append("/ByteRange");
    body.byteRangeAt = body.bytes.size();
    body.bytes.append(byteRangeReservation);
    body.bytes.append("/Contents");
    body.contentsAt = body.bytes.size();
    body.bytes.append('<').append(QByteArray(reserved * 2, '0')).append('>');
    body.bytes.append(">>");
    return body;
}

/** What the signature locks or allows, for validators: DocMDP when it certifies, FieldMDP from a prepared /Lock. */
PdfArray transformReferences(const SignRequest& request, const PdfObject& fieldLock)
{
    PdfArray references;
    if (request.certification) {
        references.push_back(PdfObject::dictionary({
            {"Type", PdfObject::name("SigRef")},
            {"TransformMethod", PdfObject::name("DocMDP")},
            {"TransformParams", PdfObject::dictionary({{"Type", PdfObject::name("TransformParams")},
                                                       {"P", PdfObject::integer(*request.certification)},
                                                       {"V", PdfObject::name("1.2")}})},
        }));
    }
    if (fieldLock.isDictionary()) {
        PdfObject parameters = PdfObject::dictionary({{"Type", PdfObject::name("TransformParams")}});
        for (const char* key : {"Action", "Fields"}) {
            if (const PdfObject* value = fieldLock.find(key)) {
                parameters.set(key, *value);
            }
        }
        parameters.set("V", PdfObject::name("1.2"));
        references.push_back(PdfObject::dictionary({
            {"Type", PdfObject::name("SigRef")},
            {"TransformMethod", PdfObject::name("FieldMDP")},
            {"TransformParams", std::move(parameters)},
        }));
    }
    return references;
}

} // namespace

SignatureDictionaryBody signatureDictionary(const SignRequest& request, const PdfObject& fieldLock, qint64 reserved)
{
    PdfObject dictionary = PdfObject::dictionary({
        {"Type", PdfObject::name("Sig")},
        {"Filter", PdfObject::name("Adobe.PPKLite")},
        {"SubFilter", PdfObject::name("ETSI.CAdES.detached")},
        {"M", PdfObject::string(pdfDate(request.signingTime))},
    });
    if (!request.reason.isEmpty()) {
        dictionary.set("Reason", textString(request.reason));
    }
    if (!request.location.isEmpty()) {
        dictionary.set("Location", textString(request.location));
    }
    if (!request.contactInfo.isEmpty()) {
        dictionary.set("ContactInfo", textString(request.contactInfo));
    }
    if (PdfArray references = transformReferences(request, fieldLock); !references.empty()) {
        dictionary.set("Reference", PdfObject::array(std::move(references)));
    }
    dictionary.set("Prop_Build",
                   PdfObject::dictionary({{"App", PdfObject::dictionary({{"Name", PdfObject::name("VanThu")}})}}));
    return withByteRangeAndContents(dictionary, reserved);
}

SignatureDictionaryBody documentTimestampDictionary(qint64 reserved)
{
    return withByteRangeAndContents(PdfObject::dictionary({
                                        {"Type", PdfObject::name("DocTimeStamp")},
                                        {"Filter", PdfObject::name("Adobe.PPKLite")},
                                        {"SubFilter", PdfObject::name("ETSI.RFC3161")},
                                    }),
                                    reserved);
}

QByteArray byteRangeText(qint64 contentsStart, qint64 contentsEnd, qint64 fileSize)
{
    const QByteArray byteRange = "[0 " + QByteArray::number(contentsStart) + ' ' + QByteArray::number(contentsEnd) + ' '
                                 + QByteArray::number(fileSize - contentsEnd) + ']';
    return byteRange.leftJustified(byteRangeReservation.size(), ' ');
}

} // namespace vanthu::signing::pades
