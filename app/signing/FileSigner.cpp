// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/signing/FileSigner.h"

#include "common/AtomicFile.h"
#include "common/MappedFile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <unistd.h>

namespace vanthu::signing
{
namespace
{

struct FileSignerText
{
    Q_DECLARE_TR_FUNCTIONS(FileSignerText)
};

/** QByteArray's own limit; a signed PDF is appended to, so a little room is kept. */
constexpr qint64 maxInputBytes = 2000LL * 1024 * 1024;

/**
 * Hashes the file behind @p file through its descriptor, a piece at a time into a buffer that stays in the cache:
 * faster than hashing its mapping, whose every page would also have to be mapped and unmapped. Where a read fails,
 * the rest is hashed from the mapping, which holds the same bytes.
 */
void hashFile(DigestContext& digest, const MappedFile& file)
{
    constexpr qsizetype piece = 256 * 1024;
    const QByteArray bytes = file.bytes();
    QByteArray buffer(std::min(piece, bytes.size()), Qt::Uninitialized);
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        const ssize_t read = ::pread(file.descriptor(), buffer.data(),
                                     static_cast<size_t>(std::min(piece, bytes.size() - offset)), offset);
        if (read < 0 && errno == EINTR) {
            continue;
        }
        if (read <= 0) {
            digest.add(QByteArrayView(bytes).sliced(offset));
            return;
        }
        digest.add(QByteArrayView(buffer).first(read));
        offset += read;
    }
}

} // namespace

Result<std::unique_ptr<PreparedInput>> PreparedInput::start(const QString& inputPath, const QString& outputPath,
                                                            DigestAlgorithm digest, bool flushEarly)
{
    if (QFileInfo(outputPath).absoluteFilePath() == QFileInfo(inputPath).absoluteFilePath()) {
        return Error{ErrorCode::InvalidInput,
                     FileSignerText::tr("The signed file must not replace the original; choose another output file."),
                     QString()};
    }
    auto file = MappedFile::open(inputPath, maxInputBytes, MappedFile::Pages::OnDemand);
    if (!file) {
        return file.error();
    }
    auto writer = AtomicFileWriter::create(outputPath);
    if (!writer) {
        return writer.error();
    }
    std::unique_ptr<PreparedInput> prepared(new PreparedInput(std::move(*file), std::move(*writer), digest));
    // The copy first: its flush to disk is the longest part. The digest context is made on the hashing thread
    // because the first OpenSSL call of the process loads the configuration and the providers (milliseconds), which
    // would hold back both threads if done here.
    prepared->m_copying = std::thread([input = prepared.get(), flushEarly] {
        input->m_copied = input->m_writer.appendFileStart(input->m_file.descriptor(), input->m_file.bytes());
        if (input->m_copied && flushEarly) {
            input->m_copied = input->m_writer.syncData();
        }
    });
    prepared->m_hashing = std::thread([input = prepared.get()] {
        input->m_digest.emplace(input->m_algorithm);
        hashFile(*input->m_digest, input->m_file);
    });
    return prepared;
}

PreparedInput::PreparedInput(MappedFile file, AtomicFileWriter writer, DigestAlgorithm digest)
    : m_file(std::move(file)), m_writer(std::move(writer)), m_algorithm(digest)
{
}

PreparedInput::~PreparedInput()
{
    if (m_hashing.joinable()) {
        m_hashing.join();
    }
    if (m_copying.joinable()) {
        m_copying.join();
    }
}

const DigestContext& PreparedInput::digest()
{
    if (m_hashing.joinable()) {
        m_hashing.join();
    }
    return *m_digest;
}

Result<void> PreparedInput::commit(QByteArrayView appendix)
{
    if (m_copying.joinable()) {
        m_copying.join();
    }
    if (!m_copied) {
        return m_copied;
    }
    if (auto written = m_writer.append(appendix); !written) {
        return written;
    }
    return m_writer.commit();
}

Result<FileSignResult> signFile(const FileSignJob& job, SigningKey& key)
{
    auto prepared = PreparedInput::start(job.inputPath, job.outputPath, job.request.digest, false);
    if (!prepared) {
        return prepared.error();
    }
    return signFile(job, key, **prepared);
}

Result<FileSignResult> signFile(const FileSignJob& job, SigningKey& key, PreparedInput& input)
{
    const QByteArray pdf = input.bytes(); // shares the mapping; lives no longer than `input`
    auto signedPdf = signNd30(pdf, key, job, [&input]() -> const DigestContext& { return input.digest(); });
    if (!signedPdf) {
        return signedPdf.error();
    }
    if (auto written = input.commit(signedPdf->pdf.appendix); !written) {
        return written.error();
    }
    FileSignResult result;
    result.outputPath = job.outputPath;
    result.fieldName = signedPdf->pdf.fieldName;
    result.bytes = signedPdf->pdf.original.size() + signedPdf->pdf.appendix.size();
    result.timestamped = signedPdf->pdf.timestamped;
    result.preparedIssuing = signedPdf->preparedIssuing;
    result.issued = signedPdf->issued;
    result.pageIndex = signedPdf->pageIndex;
    result.rect = signedPdf->rect;
    return result;
}

} // namespace vanthu::signing
