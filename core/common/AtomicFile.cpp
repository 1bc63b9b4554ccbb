// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vanthu
{
namespace
{

struct AtomicFileText
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileText)
};

Error ioError(const QString& path, const char* operation, int errorNumber)
{
    return Error{ErrorCode::Io, AtomicFileText::tr("Could not write the file %1.").arg(path),
                 QStringLiteral("%1(%2): %3")
                     .arg(QString::fromLatin1(operation), path, QString::fromLocal8Bit(std::strerror(errorNumber)))};
}

Result<void> writeAll(int fd, QByteArrayView data, const QString& path)
{
    const char* cursor = data.constData();
    qsizetype remaining = data.size();
    while (remaining > 0) {
        const ssize_t written = ::write(fd, cursor, static_cast<size_t>(remaining));
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return ioError(path, "write", errno);
        }
        cursor += written;
        remaining -= written;
    }
    return {};
}

/** Copies the first @p length bytes of @p source to @p target in the kernel; false when the kernel cannot. */
bool copyInKernel(int source, int target, qint64 length)
{
    loff_t offset = 0;
    while (offset < length) {
        const ssize_t copied =
            ::copy_file_range(source, &offset, target, nullptr, static_cast<size_t>(length - offset), 0);
        if (copied < 0 && errno == EINTR) {
            continue;
        }
        if (copied <= 0) {
            return false;
        }
    }
    return true;
}

/** Temporary file, @p fill, fsync, rename over @p path, fsync of the folder. */
template <typename Fill>
Result<void> replaceAtomically(const QString& path, Fill&& fill)
{
    const QFileInfo target(path);
    const QString directory = target.absolutePath();
    QByteArray temporaryName =
        QFile::encodeName(directory + QStringLiteral("/.") + target.fileName() + QStringLiteral(".tmp-XXXXXX"));
    const int fd = ::mkostemp(temporaryName.data(), O_CLOEXEC);
    if (fd < 0) {
        return ioError(path, "mkostemp", errno);
    }
    const QString temporaryPath = QFile::decodeName(temporaryName);
    auto fail = [&](const Error& error) -> Result<void> {
        ::close(fd);
        ::unlink(temporaryName.constData());
        return error;
    };
    if (::fchmod(fd, 0644) != 0) {
        return fail(ioError(temporaryPath, "fchmod", errno));
    }
    if (auto written = fill(fd, temporaryPath); !written) {
        return fail(written.error());
    }
    if (::fsync(fd) != 0) {
        return fail(ioError(temporaryPath, "fsync", errno));
    }
    if (::close(fd) != 0) {
        ::unlink(temporaryName.constData());
        return ioError(temporaryPath, "close", errno);
    }
    if (::rename(temporaryName.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        const int savedErrno = errno;
        ::unlink(temporaryName.constData());
        return ioError(path, "rename", savedErrno);
    }
    return syncDirectory(directory);
}

} // namespace

Result<void> syncDirectory(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return ioError(path, "open", errno);
    }
    const int rc = ::fsync(fd);
    const int savedErrno = errno;
    ::close(fd);
    if (rc != 0) {
        return ioError(path, "fsync", savedErrno);
    }
    return {};
}

Result<void> writeFileAtomically(const QString& path, const QByteArray& data)
{
    return replaceAtomically(
        path, [&data](int fd, const QString& temporaryPath) { return writeAll(fd, data, temporaryPath); });
}

Result<void> writeFileAtomically(const QString& path, int sourceDescriptor, QByteArrayView prefix, QByteArrayView tail)
{
    return replaceAtomically(path, [&](int fd, const QString& temporaryPath) -> Result<void> {
        if (!copyInKernel(sourceDescriptor, fd, prefix.size())) {
            // Another file system, or a kernel without the call: start over through memory.
            if (::ftruncate(fd, 0) != 0 || ::lseek(fd, 0, SEEK_SET) != 0) {
                return ioError(temporaryPath, "ftruncate", errno);
            }
            if (auto written = writeAll(fd, prefix, temporaryPath); !written) {
                return written;
            }
        }
        if (::lseek(fd, prefix.size(), SEEK_SET) != prefix.size()) {
            return ioError(temporaryPath, "lseek", errno);
        }
        return writeAll(fd, tail, temporaryPath);
    });
}

} // namespace vanthu
