// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/keys/SecretPrompt.h"
#include "signing/keys/SigningKey.h"

#include <QDateTime>
#include <QDialog>
#include <QString>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace vanthu::gui
{

/** Whose key a choice is: the person's own, or the agency's (its seal, added when a document is issued). */
enum class CertificateRole
{
    Personal,
    Agency,
};

/**
 * The certificate to sign with: a PKCS#12 file, or a key on a PKCS#11 token (module, token, key id). Remembered in
 * QSettings ("signing/certificate/", the agency's in "signing/agencyCertificate/") without any secret. What the person
 * saw (subject, issuer, validity) is kept for the dialogs to show.
 */
struct CertificateChoice
{
    enum class Source
    {
        None,
        Pkcs12File,
        Pkcs11Token,
    };
    Source source = Source::None;
    QString pkcs12Path;
    QString modulePath;
    QString tokenLabel;
    QString tokenSerial;
    QString keyIdHex;
    QString subject; ///< empty for a PKCS#12 file whose password was not given yet
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    /** A PKCS#12 key the picker already opened (its password given there), so signing does not ask again. */
    std::shared_ptr<signing::SigningKey> openedKey;

    [[nodiscard]] bool isSet() const
    {
        return source != Source::None;
    }
    /** One line for a label: subject, issuer and validity, or the file name. */
    [[nodiscard]] QString displayText() const;

    [[nodiscard]] static CertificateChoice load(CertificateRole role = CertificateRole::Personal);
    void save(CertificateRole role = CertificateRole::Personal) const;
};

/**
 * Opens the key of @p choice, asking the password or PIN through @p prompt (the key already opened by the picker
 * when there is one). Errors: those of openPkcs12Key() and Pkcs11Key::open(); Cancelled when the prompt is cancelled.
 */
[[nodiscard]] Result<std::shared_ptr<signing::SigningKey>> openSigningKey(const CertificateChoice& choice,
                                                                          signing::SecretPrompt& prompt);

/**
 * Chooses the certificate: a PKCS#12 file (its certificate is shown once its password is given, since OpenSSL 3
 * and Windows both encrypt the certificate bags) or a token of a PKCS#11 module, whose certificates are listed
 * without a PIN with subject, issuer and validity; expired and not yet valid ones are greyed with the reason and
 * cannot be chosen.
 */
class CertificatePicker final : public QDialog
{
    Q_OBJECT

public:
    explicit CertificatePicker(QWidget* parent = nullptr, const CertificateChoice& current = CertificateChoice::load(),
                               CertificateRole role = CertificateRole::Personal);

    [[nodiscard]] const CertificateChoice& choice() const
    {
        return m_choice;
    }

    /**
     * Shows the picker; the choice (saved as the last one of @p role) when the person confirms, nullopt otherwise.
     * @p current defaults to the last choice of @p role.
     */
    [[nodiscard]] static std::optional<CertificateChoice> pick(QWidget* parent, CertificateRole role);
    [[nodiscard]] static std::optional<CertificateChoice> pick(QWidget* parent, const CertificateChoice& current,
                                                               CertificateRole role = CertificateRole::Personal);

    /** True while the tokens are being read; tokensListed() follows. */
    [[nodiscard]] bool isListingTokens() const;

Q_SIGNALS:
    /** The certificates of the module's tokens are in the list (or the message says why not). */
    void tokensListed();

public Q_SLOTS:
    /** Lists the tokens of the module in the module box and their certificates, reading them off the GUI thread. */
    void refreshTokens();
    /** Asks the PKCS#12 file's password and shows its certificate. */
    void showPkcs12Certificate();
    void accept() override;

private:
    void sourceChanged();
    void updateOk();
    void addCertificateRow(const CertificateChoice& entry, const QString& where);

    CertificateRole m_role;
    CertificateChoice m_choice;
    QComboBox* m_source = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_pkcs12Path = nullptr;
    QComboBox* m_module = nullptr;
    QTreeWidget* m_certificates = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_ok = nullptr;
    QList<CertificateChoice> m_entries;
    std::shared_ptr<signing::SigningKey> m_openedKey;
    quint64 m_listingGeneration = 0;
    bool m_listing = false;
};

} // namespace vanthu::gui
