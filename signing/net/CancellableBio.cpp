// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/net/CancellableBio.h"

#include <poll.h>

#include <algorithm>

namespace vanthu::signing::net
{
namespace
{

constexpr int sliceMilliseconds = 50;

CancellableState* stateOf(BIO* bio)
{
    return static_cast<CancellableState*>(BIO_get_data(bio));
}

/** One read or write through the next BIO, waiting on its socket while it asks for a retry. */
template <typename Transfer>
int transferWaiting(BIO* bio, bool forWriting, Transfer&& transfer)
{
    BIO* next = BIO_next(bio);
    CancellableState* state = stateOf(bio);
    BIO_clear_retry_flags(bio);
    if (next == nullptr || state == nullptr) {
        return 0;
    }
    for (;;) {
        if (transfer(next) == 1) {
            return 1;
        }
        if (!BIO_should_retry(next)) {
            return 0;
        }
        int fd = -1;
        if (BIO_get_fd(next, &fd) <= 0 || fd < 0 || !waitForSocket(fd, forWriting, *state)) {
            return 0;
        }
    }
}

int writeEx(BIO* bio, const char* data, size_t size, size_t* written)
{
    return transferWaiting(bio, true, [&](BIO* next) { return BIO_write_ex(next, data, size, written); });
}

int readEx(BIO* bio, char* data, size_t size, size_t* read)
{
    return transferWaiting(bio, false, [&](BIO* next) { return BIO_read_ex(next, data, size, read); });
}

int getsLine(BIO* bio, char* buffer, int size)
{
    // OpenSSL's HTTP client reads through BIO_gets only on memory BIOs; a line read here goes byte by byte.
    if (size <= 0) {
        return 0;
    }
    int length = 0;
    while (length + 1 < size) {
        size_t got = 0;
        if (readEx(bio, buffer + length, 1, &got) != 1 || got == 0) {
            break;
        }
        if (buffer[length++] == '\n') {
            break;
        }
    }
    buffer[length] = '\0';
    return length;
}

long control(BIO* bio, int command, long number, void* pointer)
{
    BIO* next = BIO_next(bio);
    return next != nullptr ? BIO_ctrl(next, command, number, pointer) : 0;
}

int create(BIO* bio)
{
    BIO_set_init(bio, 1);
    return 1;
}

BIO_METHOD* cancellableMethod()
{
    static BIO_METHOD* const method = [] {
        BIO_METHOD* made = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_FILTER, "vanthu cancellable");
        if (made != nullptr) {
            BIO_meth_set_write_ex(made, writeEx);
            BIO_meth_set_read_ex(made, readEx);
            BIO_meth_set_gets(made, getsLine);
            BIO_meth_set_ctrl(made, control);
            BIO_meth_set_create(made, create);
        }
        return made;
    }();
    return method;
}

} // namespace

bool waitForSocket(int fd, bool forWriting, CancellableState& state)
{
    for (;;) {
        if (state.cancel != nullptr && state.cancel->load()) {
            state.cancelled = true;
            return false;
        }
        const std::time_t now = std::time(nullptr);
        if (now >= state.deadline) {
            state.timedOut = true;
            return false;
        }
        const long left = static_cast<long>(state.deadline - now) * 1000;
        pollfd watched{fd, static_cast<short>(forWriting ? POLLOUT : POLLIN), 0};
        const int ready = ::poll(&watched, 1, static_cast<int>(std::min<long>(sliceMilliseconds, left)));
        if (ready > 0) {
            return true; // readable, writable, or an error the next transfer reports
        }
        if (ready < 0 && errno != EINTR) {
            return false;
        }
    }
}

BIO* newCancellableBio(CancellableState* state)
{
    BIO_METHOD* method = cancellableMethod();
    BIO* bio = method != nullptr ? BIO_new(method) : nullptr;
    if (bio != nullptr) {
        BIO_set_data(bio, state);
    }
    return bio;
}

} // namespace vanthu::signing::net
