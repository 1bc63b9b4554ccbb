// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/signing/SigningSettings.h"
#include "signing/pades/SignaturePlacement.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace vanthu::gui
{

class CertificateField;
class DialogSecretPrompt;
class ErrorPanel;
class PagePreview;

/** What a signing run hands back to the GUI thread. */
struct SignOutcome
{
    std::optional<signing::FileSignResult> result;
    Error error;
};

/**
 * Signs one PDF: the certificate, the appearance (leader, agency seal, attachment stamp, invisible), a preview of
 * the page with the signature box where Nghị định 30 puts it, moved by clicking on the page, and the output file
 * ("<name>-ky.pdf" beside the input by default). Signing runs on a worker thread; the PIN dialog comes up on the GUI
 * thread when the key asks for it (DialogSecretPrompt).
 */
class SignDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignDialog(const QString& pdfPath, QWidget* parent = nullptr);
    ~SignDialog() override;

    /** Shows the dialog for @p pdf; the signed file's path, or an empty string when nothing was signed. */
    static QString signFile(QWidget* parent, const QString& pdf);

    /** The signed file once signing succeeded, else empty. */
    [[nodiscard]] QString signedPath() const
    {
        return m_signedPath;
    }
    /** Where the signature will go: the place clicked, else the default; nullopt when unknown or invisible. */
    [[nodiscard]] std::optional<signing::PagePlacement> placement() const;
    [[nodiscard]] bool isSigning() const;
    [[nodiscard]] PagePreview* preview() const
    {
        return m_preview;
    }

public Q_SLOTS:
    void startSigning();
    void reject() override;
    /** Centres the signature box on @p pdfPoint of page @p pageIndex. */
    void moveSignature(int pageIndex, QPointF pdfPoint);
    /** Back to the place Nghị định 30 gives. */
    void resetPlacement();

Q_SIGNALS:
    void signingFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void updatePlacement();
    void showBox();
    void setBusy(bool busy);
    void finished();
    [[nodiscard]] Result<signing::FileSignJob> buildJob() const;

    QString m_input;
    QByteArray m_pdf;
    QString m_signedPath;
    std::optional<signing::PagePlacement> m_default;
    std::optional<signing::PagePlacement> m_moved;
    QSizeF m_boxSize;

    CertificateField* m_certificate = nullptr;
    QComboBox* m_appearance = nullptr;
    QLineEdit* m_anchor = nullptr;
    QLineEdit* m_number = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_output = nullptr;
    QSpinBox* m_page = nullptr;
    QLabel* m_placeHint = nullptr;
    PagePreview* m_preview = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    ErrorPanel* m_error = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_close = nullptr;
    QList<QWidget*> m_inputs;
    std::unique_ptr<DialogSecretPrompt> m_prompt;
    QFutureWatcher<SignOutcome> m_watcher;
};

} // namespace vanthu::gui
