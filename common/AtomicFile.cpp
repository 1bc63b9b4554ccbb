// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/AtomicFile.h"

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

} // namespace

namespace
{

/** Opens @p path with @p flags and flushes it (fsync), or its whole file system (syncfs). */
Result<void> flush(const QString& path, int flags, bool wholeFileSystem)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0) {
        return ioError(path, "open", errno);
    }
    const int rc = wholeFileSystem ? ::syncfs(fd) : ::fsync(fd);
    const int savedErrno = errno;
    ::close(fd);
    if (rc != 0) {
        return ioError(path, wholeFileSystem ? "syncfs" : "fsync", savedErrno);
    }
    return {};
}

} // namespace

Result<void> syncFile(const QString& path)
{
    return flush(path, O_RDONLY, false);
}

Result<void> syncDirectory(const QString& path)
{
    return flush(path, O_RDONLY | O_DIRECTORY, false);
}

Result<void> syncFileSystem(const QString& path)
{
    return flush(path, O_RDONLY, true);
}

Result<QString> writeTemporaryBeside(const QString& target, QByteArrayView data)
{
    const QFileInfo info(target);
    QByteArray name =
        QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".tmp-XXXXXX"));
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0) {
        return ioError(target, "mkostemp", errno);
    }
    const QString path = QFile::decodeName(name);
    auto written = writeAll(fd, data, path);
    ::close(fd);
    if (!written) {
        QFile::remove(path);
        return written.error();
    }
    return path;
}

Result<AtomicFileWriter> AtomicFileWriter::create(const QString& path)
{
    const QFileInfo target(path);
    AtomicFileWriter writer;
    writer.m_path = target.absoluteFilePath();
    writer.m_temporaryName = QFile::encodeName(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                                               + QStringLiteral(".tmp-XXXXXX"));
    writer.m_fd = ::mkostemp(writer.m_temporaryName.data(), O_CLOEXEC);
    if (writer.m_fd < 0) {
        writer.m_temporaryName.clear();
        return ioError(path, "mkostemp", errno);
    }
    if (::fchmod(writer.m_fd, 0644) != 0) {
        return ioError(QFile::decodeName(writer.m_temporaryName), "fchmod", errno);
    }
    return writer;
}

AtomicFileWriter::AtomicFileWriter(AtomicFileWriter&& other) noexcept
    : m_path(std::move(other.m_path))
    , m_temporaryName(std::exchange(other.m_temporaryName, QByteArray()))
    , m_fd(std::exchange(other.m_fd, -1))
    , m_size(other.m_size)
{
}

AtomicFileWriter::~AtomicFileWriter()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
    if (!m_temporaryName.isEmpty()) {
        ::unlink(m_temporaryName.constData());
    }
}

Result<void> AtomicFileWriter::append(QByteArrayView bytes)
{
    if (::lseek(m_fd, m_size, SEEK_SET) != m_size) {
        return ioError(QFile::decodeName(m_temporaryName), "lseek", errno);
    }
    if (auto written = writeAll(m_fd, bytes, QFile::decodeName(m_temporaryName)); !written) {
        return written;
    }
    m_size += bytes.size();
    return {};
}

Result<void> AtomicFileWriter::appendFileStart(int sourceDescriptor, QByteArrayView prefix)
{
    if (m_size == 0 && copyInKernel(sourceDescriptor, m_fd, prefix.size())) {
        m_size = prefix.size();
        return {};
    }
    // Another file system, or a kernel without the call: write it from memory over whatever was copied.
    if (::ftruncate(m_fd, m_size) != 0) {
        return ioError(QFile::decodeName(m_temporaryName), "ftruncate", errno);
    }
    return append(prefix);
}

Result<void> AtomicFileWriter::syncData()
{
    if (::fdatasync(m_fd) != 0) {
        return ioError(QFile::decodeName(m_temporaryName), "fdatasync", errno);
    }
    return {};
}

Result<void> AtomicFileWriter::commit()
{
    const QString temporaryPath = QFile::decodeName(m_temporaryName);
    if (::fsync(m_fd) != 0) {
        return ioError(temporaryPath, "fsync", errno);
    }
    const int fd = std::exchange(m_fd, -1);
    if (::close(fd) != 0) {
        return ioError(temporaryPath, "close", errno);
    }
    if (::rename(m_temporaryName.constData(), QFile::encodeName(m_path).constData()) != 0) {
        return ioError(m_path, "rename", errno);
    }
    m_temporaryName.clear(); // it is the target now
    return syncDirectory(QFileInfo(m_path).absolutePath());
}

Result<void> writeFileAtomically(const QString& path, const QByteArray& data)
{
    auto writer = AtomicFileWriter::create(path);
    if (!writer) {
        return writer.error();
    }
    if (auto written = writer->append(data); !written) {
        return written;
    }
    return writer->commit();
}

Result<void> writeFileAtomically(const QString& path, int sourceDescriptor, QByteArrayView prefix, QByteArrayView tail)
{
    auto writer = AtomicFileWriter::create(path);
    if (!writer) {
        return writer.error();
    }
    if (auto copied = writer->appendFileStart(sourceDescriptor, prefix); !copied) {
        return copied;
    }
    if (auto written = writer->append(tail); !written) {
        return written;
    }
    return writer->commit();
}

} // namespace vanthu
