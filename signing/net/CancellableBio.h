// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <openssl/bio.h>

#include <atomic>
#include <ctime>

namespace vanthu::signing::net
{

/** Why a CancellableBio stopped reading or writing. */
struct CancellableState
{
    const std::atomic<bool>* cancel = nullptr; ///< set by another thread; null: never cancelled
    std::time_t deadline = 0;                  ///< for the whole exchange
    bool cancelled = false;
    bool timedOut = false;
};

/**
 * A filter BIO over a non-blocking socket BIO that waits for the socket itself, in slices of 50 ms, and gives up as
 * soon as @p state's cancel flag is set or its deadline passes. OpenSSL's HTTP client otherwise waits in select()
 * until its own timeout, and a Cancel in the window could not stop an OCSP or CRL request that a slow responder
 * holds open. To OpenSSL the BIO looks blocking: it never asks for a retry. @p state must outlive the BIO; the BIO
 * does not own @p next (pop it before freeing either).
 */
[[nodiscard]] BIO* newCancellableBio(CancellableState* state);

/** Waits until @p fd can be read (or written), @p state is cancelled or its deadline passes; true when ready. */
bool waitForSocket(int fd, bool forWriting, CancellableState& state);

} // namespace vanthu::signing::net
