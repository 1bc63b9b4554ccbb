// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace vanthu::signing
{

/**
 * A unique_ptr deleter that calls a C library's free function, e.g.
 * std::unique_ptr<X509, FreeDeleter<X509_free>>. One definition for every file that holds OpenSSL objects.
 */
template <auto Free>
struct FreeDeleter
{
    template <typename T>
    void operator()(T* pointer) const
    {
        Free(pointer);
    }
};

} // namespace vanthu::signing
