// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace vanthu
{

/**
 * A file mapped read-only into memory, all pages faulted in at once. Reading a 10 MB PDF this way costs about a
 * millisecond where QFile::readAll() costs tens on a VM (every fresh heap page faults separately). bytes() does not
 * own its data: it, and every QByteArray copied from it, must not outlive the MappedFile. The file must not be
 * truncated by another process while mapped (the kernel would raise SIGBUS on access).
 */
class MappedFile final
{
public:
    enum class Pages
    {
        /** All faulted in by open(): for readers of the whole file through bytes(). */
        Populated,
        /**
         * Faulted in as touched: for readers of a few parts (the PDF signer reads the trailer and some objects, and
         * reads the rest through the descriptor), who then pay neither the mapping of every page nor its unmapping.
         */
        OnDemand,
    };

    /** Errors: NotFound, Io (with errno text), InvalidInput when larger than @p maxBytes. */
    [[nodiscard]] static Result<MappedFile> open(const QString& path, qint64 maxBytes, Pages pages = Pages::Populated);

    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    [[nodiscard]] QByteArray bytes() const;
    /** The open descriptor, for kernel-side copies (copy_file_range). */
    [[nodiscard]] int descriptor() const
    {
        return m_fd;
    }

private:
    MappedFile() = default;
    void release();

    int m_fd = -1;
    void* m_data = nullptr;
    qint64 m_size = 0;
};

} // namespace vanthu
