// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AtomicFile.h"
#include "common/MappedFile.h"
#include "common/Result.h"
#include "signing/keys/Digest.h"
#include "signing/nd30/Nd30Signature.h"

#include <QDate>
#include <QDateTime>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>
#include <thread>

namespace vanthu::signing
{

/** One file to sign, as the CLI and the desktop app describe it: the signature of Phụ lục I, from a file to a file. */
struct FileSignJob : Nd30SignJob
{
    QString inputPath;
    QString outputPath;
};

struct FileSignResult
{
    QString outputPath;
    QString fieldName;
    int pageIndex = -1;
    QRectF rect;
    qint64 bytes = 0;
    bool timestamped = false;
    bool preparedIssuing = false; ///< the issuing fields were created
    bool issued = false;          ///< number and date were filled and sealed
};

/**
 * Reads the input, signs it with signNd30(), and writes the output atomically (temporary file, fsync, rename), refusing
 * to overwrite the input. Appearances come from job.renderer.
 */
[[nodiscard]] Result<FileSignResult> signFile(const FileSignJob& job, SigningKey& key);

/**
 * A file to sign, opened before the key is unlocked: mapped (its pages as the parser touches them), then hashed
 * through its descriptor and copied into the output's temporary file (and flushed to disk) on two threads, so this
 * work overlaps with the PBKDF2 of a PKCS#12 file or a token login. The signed file is always the input followed by
 * the update, so none of it depends on the key.
 */
class PreparedInput final
{
public:
    /**
     * @p flushEarly: flush the copy to disk as soon as it is written (worth it when the caller has other work to
     * overlap with, such as unlocking a key; a batch that signs right away saves the extra flush).
     * Errors: the output would replace the input, the input cannot be read, the output folder cannot be written.
     */
    [[nodiscard]] static Result<std::unique_ptr<PreparedInput>>
    start(const QString& inputPath, const QString& outputPath, DigestAlgorithm digest, bool flushEarly = true);
    ~PreparedInput();
    PreparedInput(const PreparedInput&) = delete;
    PreparedInput& operator=(const PreparedInput&) = delete;

    [[nodiscard]] QByteArray bytes() const
    {
        return m_file.bytes();
    }
    /** The input's digest (waits for the hashing thread). */
    [[nodiscard]] const DigestContext& digest();
    /** Appends @p appendix after the copied input and puts the file in place (waits for the copying thread). */
    [[nodiscard]] Result<void> commit(QByteArrayView appendix);

private:
    PreparedInput(MappedFile file, AtomicFileWriter writer, DigestAlgorithm digest);

    MappedFile m_file;
    AtomicFileWriter m_writer;
    DigestAlgorithm m_algorithm;
    std::optional<DigestContext> m_digest; ///< made on the hashing thread
    Result<void> m_copied;
    std::thread m_hashing;
    std::thread m_copying;
};

/** signFile() with an input prepared ahead; @p job's input and output paths must be those of @p input. */
[[nodiscard]] Result<FileSignResult> signFile(const FileSignJob& job, SigningKey& key, PreparedInput& input);

} // namespace vanthu::signing
