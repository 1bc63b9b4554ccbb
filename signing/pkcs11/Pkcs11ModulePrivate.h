// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to signing/pkcs11: what the PKCS#11 sources share about a loaded module. Not for other folders.
#pragma once

#include "common/Result.h"
#include "signing/pkcs11/Pkcs11Module.h"

#include <p11-kit/pkcs11.h>

#include <QString>

#include <cstddef>
#include <map>
#include <mutex>

namespace vanthu::signing
{

struct Pkcs11Module::Private
{
    QString path;
    CK_FUNCTION_LIST* functions = nullptr;

    /**
     * A login belongs to the token, not to one session: C_Logout ends it for every session of this process. Each
     * holder of a login (a Pkcs11Key, a listing) counts itself here; only the last one logs out.
     */
    std::mutex loginMutex;
    std::map<CK_SLOT_ID, int> loginHolders;
};

/** A blank-padded (sometimes NUL-padded) CK_UTF8CHAR field as text. */
[[nodiscard]] QString pkcs11FieldText(const unsigned char* field, std::size_t size);

/** The flags a person cares about. */
[[nodiscard]] Pkcs11TokenFlags pkcs11TokenFlags(CK_FLAGS flags);

/** C_GetTokenInfo of @p slot as a Pkcs11Token; errors name the token @p expectedLabel (or the slot). */
[[nodiscard]] Result<Pkcs11Token> readPkcs11Token(CK_FUNCTION_LIST* functions, CK_SLOT_ID slot,
                                                  const QString& expectedLabel = {});

} // namespace vanthu::signing
