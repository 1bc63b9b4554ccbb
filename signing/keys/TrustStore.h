// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vanthu::signing
{

/** What an anchor is trusted for: everything, or only document signatures, or only timestamps. */
enum class TrustPurpose
{
    Any,
    DocumentSigning,
    Timestamping,
};

/** "any", "document-signing", "timestamping": the words of `vanthu-cli trust add --purpose` and of the store. */
[[nodiscard]] QString trustPurposeName(TrustPurpose purpose);
/** The purpose named @p name (as trustPurposeName writes it); nullopt for other words. */
[[nodiscard]] std::optional<TrustPurpose> trustPurposeNamed(const QString& name);

/** A root certificate the user trusts, as the store lists it. */
struct TrustAnchor
{
    QByteArray der;
    QString subject;     ///< common name
    QString fingerprint; ///< SHA-256 of the DER, lower-case hex: the anchor's name in the store
    QDateTime notBefore;
    QDateTime notAfter;
    TrustPurpose purpose = TrustPurpose::Any;
};

/**
 * The certification authorities the user trusts for verification: one PEM file per anchor, named by its SHA-256
 * fingerprint, in a folder the user manages (`vanthu-cli trust`, the desktop app's settings). An anchor limited to
 * one purpose has a file "<fingerprint>.purpose" next to it holding the purpose's name (none: any purpose). Files
 * are written atomically; other files in the folder are ignored.
 */
class TrustStore
{
public:
    explicit TrustStore(QString directory);

    /** $VANTHU_TRUST_DIR, else "<user config>/vanthu/trust-anchors" (~/.config/vanthu/trust-anchors on Linux). */
    [[nodiscard]] static QString defaultDirectory();
    /** The anchors a workspace adds to the user's (its agency's own CAs, the demo's root): <workspace>/trust-anchors.
     */
    [[nodiscard]] static QString workspaceDirectory(const QString& workspaceFolder);
    /** The anchors of any purpose of the user's store and of @p workspaceFolder's, as DER. */
    [[nodiscard]] static QList<QByteArray> anchorsFor(const QString& workspaceFolder);
    /**
     * The anchors limited to @p purpose of both stores, as DER: what ValidationOptions::signingAnchorsDer
     * (DocumentSigning) and timestampAnchorsDer (Timestamping) take; Any gives anchorsFor().
     */
    [[nodiscard]] static QList<QByteArray> anchorsFor(const QString& workspaceFolder, TrustPurpose purpose);
    [[nodiscard]] const QString& directory() const
    {
        return m_directory;
    }

    /** The anchors, by subject. A missing folder is an empty store; unreadable files are skipped. */
    [[nodiscard]] QList<TrustAnchor> anchors() const;

    /**
     * Adds the CA certificates of a PEM or DER file. Errors: NotFound/InvalidInput from reading the file;
     * InvalidInput when a certificate is not a CA's (basic constraints); Io when the folder cannot be written.
     * An anchor already in the store is not an error: it is kept with @p purpose.
     */
    [[nodiscard]] Result<QList<TrustAnchor>> add(const QString& certificateFile,
                                                 TrustPurpose purpose = TrustPurpose::Any);

    /**
     * Removes the anchor whose fingerprint starts with @p fingerprintPrefix (at least 8 hex digits, colons allowed).
     * Errors: InvalidInput for a short or ambiguous prefix, NotFound when no anchor matches, Io.
     */
    [[nodiscard]] Result<TrustAnchor> remove(const QString& fingerprintPrefix);

private:
    QString m_directory;
};

} // namespace vanthu::signing
