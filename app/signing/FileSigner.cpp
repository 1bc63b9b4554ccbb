// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/signing/FileSigner.h"

#include "common/AtomicFile.h"
#include "common/MappedFile.h"

#include <QCoreApplication>
#include <QFileInfo>

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

} // namespace

Result<std::unique_ptr<PreparedInput>> PreparedInput::start(const QString& inputPath, const QString& outputPath,
                                                            DigestAlgorithm digest, bool flushEarly)
{
    if (QFileInfo(outputPath).absoluteFilePath() == QFileInfo(inputPath).absoluteFilePath()) {
        return Error{ErrorCode::InvalidInput,
                     FileSignerText::tr("The signed file must not replace the original; choose another output file."),
                     QString()};
    }
    auto file = MappedFile::open(inputPath, maxInputBytes);
    if (!file) {
        return file.error();
    }
    auto writer = AtomicFileWriter::create(outputPath);
    if (!writer) {
        return writer.error();
    }
    std::unique_ptr<PreparedInput> prepared(new PreparedInput(std::move(*file), std::move(*writer), digest));
    prepared->m_hashing = std::thread([input = prepared.get()] { input->m_digest.add(input->m_file.bytes()); });
    prepared->m_copying = std::thread([input = prepared.get(), flushEarly] {
        input->m_copied = input->m_writer.appendFileStart(input->m_file.descriptor(), input->m_file.bytes());
        if (input->m_copied && flushEarly) {
            input->m_copied = input->m_writer.syncData();
        }
    });
    return prepared;
}

PreparedInput::PreparedInput(MappedFile file, AtomicFileWriter writer, DigestAlgorithm digest)
    : m_file(std::move(file)), m_writer(std::move(writer)), m_digest(digest)
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
    return m_digest;
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
    auto signedPdf = signNd30(pdf, key, job, &input.digest());
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
