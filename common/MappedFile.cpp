// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/MappedFile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vanthu
{
namespace
{

struct MappedFileText
{
    Q_DECLARE_TR_FUNCTIONS(MappedFileText)
};

} // namespace

Result<MappedFile> MappedFile::open(const QString& path, qint64 maxBytes, Pages pages)
{
    MappedFile file;
    file.m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (file.m_fd < 0) {
        const int savedErrno = errno;
        if (savedErrno == ENOENT) {
            return Error{ErrorCode::NotFound, MappedFileText::tr("The file %1 does not exist.").arg(path), QString()};
        }
        return Error{ErrorCode::Io, MappedFileText::tr("The file %1 cannot be read.").arg(path),
                     QString::fromLocal8Bit(std::strerror(savedErrno))};
    }
    struct stat status
    {
    };
    if (::fstat(file.m_fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        return Error{ErrorCode::Io, MappedFileText::tr("The file %1 cannot be read.").arg(path),
                     QStringLiteral("not a regular file")};
    }
    if (status.st_size > maxBytes) {
        return Error{ErrorCode::InvalidInput, MappedFileText::tr("The file %1 is too large.").arg(path),
                     QStringLiteral("%1 bytes").arg(status.st_size)};
    }
    file.m_size = status.st_size;
    if (file.m_size > 0) {
        const int flags = pages == Pages::Populated ? MAP_PRIVATE | MAP_POPULATE : MAP_PRIVATE;
        file.m_data = ::mmap(nullptr, static_cast<size_t>(file.m_size), PROT_READ, flags, file.m_fd, 0);
        if (file.m_data == MAP_FAILED) {
            file.m_data = nullptr;
            return Error{ErrorCode::Io, MappedFileText::tr("The file %1 cannot be read.").arg(path),
                         QString::fromLocal8Bit(std::strerror(errno))};
        }
    }
    return file;
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

MappedFile::~MappedFile()
{
    release();
}

void MappedFile::release()
{
    if (m_data != nullptr) {
        ::munmap(m_data, static_cast<size_t>(m_size));
        m_data = nullptr;
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

QByteArray MappedFile::bytes() const
{
    return m_data == nullptr
               ? QByteArray()
               : QByteArray::fromRawData(static_cast<const char*>(m_data), static_cast<qsizetype>(m_size));
}

} // namespace vanthu
