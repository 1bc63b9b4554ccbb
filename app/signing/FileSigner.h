// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/AtomicFile.h"
#include "core/common/MappedFile.h"
#include "core/common/Result.h"
#include "signing/keys/Digest.h"
#include "signing/pades/AppearanceRenderer.h"
#include "signing/pades/PadesSigner.h"
#include "signing/pades/SignaturePlacement.h"

#include <QDate>
#include <QDateTime>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>
#include <thread>

namespace vanthu::signing
{

/** The three appearances of Nghị định 30/2020 Phụ lục I, or none (an invisible signature). */
enum class AppearanceKind
{
    None,
    Leader,     ///< the leader's signature image in the signer's cell
    Agency,     ///< the red seal at its real size over the left third of the leader's signature
    Attachment, ///< "<number/symbol>; <time>" at the top right of page 1, no image
};

/** One file to sign, as the CLI and the desktop app describe it. */
struct FileSignJob
{
    QString inputPath;
    QString outputPath;
    AppearanceKind appearance = AppearanceKind::None;
    /** Explicit place: page (0-based) and rectangle in points. Wins over the anchor and the defaults. */
    std::optional<int> pageIndex;
    std::optional<QRectF> rect;
    /** Text whose position places the leader's signature (the signer's title, e.g. "CHỦ TỊCH"). */
    QString anchor;
    QByteArray imageFile; ///< signature image or seal (PNG file contents)
    /** Paints appearances; required unless the appearance is None. */
    const AppearanceRenderer* renderer = nullptr;
    double sealDiameterMillimetres = 36.0;
    /** The document's number and symbol, e.g. "05/QĐ-UBND": the attachment text, or what issuing fills in. */
    QString numberSymbol;
    /** Issuing date (with an agency signature on a prepared document); null = not issuing. */
    QDate issuingDate;
    /**
     * With the leader's signature on an unsigned document: create, in the same update, the empty number and date
     * fields and the agency's signature field locking them, so the records office can issue the document later in
     * a way strict validators accept (see docs/decisions.md).
     */
    bool prepareIssuing = true;
    SignRequest request; ///< digest, time, reason, location, timestamper
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

/** Names of the fields VanThu prepares for issuing; a validator's report shows them to the clerk. */
namespace issuing_fields
{
inline const QString Leader = QStringLiteral("LanhDao");
inline const QString Agency = QStringLiteral("CoQuan");
inline const QString Number = QStringLiteral("SoKyHieu");
inline const QString Day = QStringLiteral("NgayBanHanh_Ngay");
inline const QString Month = QStringLiteral("NgayBanHanh_Thang");
inline const QString Year = QStringLiteral("NgayBanHanh_Nam");
} // namespace issuing_fields

/**
 * Reads the input, works out the appearance and its place, signs, and writes the output atomically (temporary file,
 * fsync, rename), refusing to overwrite the input. Appearances come from job.renderer.
 */
[[nodiscard]] Result<FileSignResult> signFile(const FileSignJob& job, SigningKey& key);

/**
 * Where signFile() would put the appearance of @p job on @p pdf (the document's bytes): the prepared agency field, the
 * explicit page and rectangle, or the defaults of Phụ lục I (anchor text, seal over the leader's signature, attachment
 * text at the top right). The desktop app previews it. Errors: those signFile() reports for the placement (anchor
 * not found, no image, no leader's signature for the seal, an invisible signature).
 */
[[nodiscard]] Result<PagePlacement> appearancePlacement(const FileSignJob& job, const QByteArray& pdf);

/**
 * A file to sign, opened before the key is unlocked: mapped, then hashed and copied into the output's temporary file
 * (and flushed to disk) on two threads, so this work overlaps with the PBKDF2 of a PKCS#12 file or a token login.
 * The signed file is always the input followed by the update, so none of it depends on the key.
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
    DigestContext m_digest;
    Result<void> m_copied;
    std::thread m_hashing;
    std::thread m_copying;
};

/** signFile() with an input prepared ahead; @p job's input and output paths must be those of @p input. */
[[nodiscard]] Result<FileSignResult> signFile(const FileSignJob& job, SigningKey& key, PreparedInput& input);

} // namespace vanthu::signing
