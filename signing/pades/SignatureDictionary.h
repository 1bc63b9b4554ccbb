// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/pades/PadesSigner.h"
#include "signing/pdf/PdfObject.h"

#include <QByteArray>

namespace vanthu::signing::pades
{

/**
 * A signature (or document timestamp) dictionary serialised with /ByteRange and /Contents last, so that the signer can
 * patch both in place once the rest of the file is known: the ByteRange as a fixed-width placeholder, the contents as
 * zeros for reserved bytes. The offsets are relative to the start of @c bytes.
 */
struct SignatureDictionaryBody
{
    QByteArray bytes;
    qint64 byteRangeAt = 0; ///< the '[' of the placeholder
    qint64 contentsAt = 0;  ///< the '<' of /Contents
};

/**
 * The signature dictionary of @p request (ETSI.CAdES.detached): /M, the signer's details, a DocMDP reference when it
 * certifies and a FieldMDP one taken from @p fieldLock (the prepared field's /Lock) when that is a dictionary.
 */
[[nodiscard]] SignatureDictionaryBody signatureDictionary(const SignRequest& request, const pdf::PdfObject& fieldLock,
                                                          qint64 reserved);
/** A document timestamp's dictionary (ETSI EN 319 142-1 §5.4.3): no /M, no signer's details. */
[[nodiscard]] SignatureDictionaryBody documentTimestampDictionary(qint64 reserved);

/**
 * The final /ByteRange, padded to the placeholder's width so that no offset after it moves: everything before the
 * contents' '<' (at @p contentsStart) and everything after its '>' (at @p contentsEnd) up to @p fileSize.
 */
[[nodiscard]] QByteArray byteRangeText(qint64 contentsStart, qint64 contentsEnd, qint64 fileSize);

} // namespace vanthu::signing::pades
