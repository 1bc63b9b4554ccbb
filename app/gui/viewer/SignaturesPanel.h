// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verify/Validation.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace vanthu::gui
{

/**
 * The signatures of one PDF as the validator judges them: a verdict banner on top (its title and explanation, in
 * green, yellow or red), then one row per signature (colour, signer, signing time and its source, PAdES level, what
 * changed after it, its revocation state) that unfolds into the result, its reason and the findings. Validation runs
 * off the GUI thread; a new document or Cancel stops a run still going (its cancel token is set, and a result that
 * arrives anyway is ignored).
 *
 * The first run is offline (the document's own validation data only, so the answer comes fast and without network).
 * A signature whose revocation it could not establish from that data is "revocation not yet checked": yellow in the
 * banner and in its row, never green. The panel then starts the online run at once (OCSP responders, then CRL
 * distribution points), keeping the offline answer on screen until the online one replaces it; unless the workspace
 * works offline (VerificationSettings::workOffline, passed as checkRevocationOnline = false), when it stays yellow.
 * "Check revocation online" is the explicit re-check, allowed in both cases because the person asks for it.
 */
class SignaturesPanel final : public QWidget
{
    Q_OBJECT

public:
    /** Item data of the rows (column 0): the Severity as an int, the signature's field, a finding's code. */
    enum Role
    {
        SeverityRole = Qt::UserRole,
        FieldRole,
        FindingCodeRole,
    };

    explicit SignaturesPanel(QWidget* parent = nullptr);
    ~SignaturesPanel() override;
    Q_DISABLE_COPY_MOVE(SignaturesPanel)

    /**
     * The options of every run from now on: the trust anchors (every window that shows a panel sets them from
     * verificationOptions()). checkRevocationOnline says whether the panel may go online by itself after the offline
     * pass (false: the workspace works offline); each run sets it for itself. The cancel token is the panel's own.
     */
    void setValidationOptions(const signing::ValidationOptions& options);

    /** Validates @p pdf offline, stopping any run still going; then online by itself when that is needed and allowed.
     */
    void validate(const QByteArray& pdf);
    /** Validates the same document again, asking the revocation services online (the explicit re-check). */
    void checkRevocationOnline();
    /** Stops the run still going; the panel says the check was cancelled and keeps the report it showed, if any. */
    void cancel();
    /** Empties the panel (no document). */
    void clear();
    /** Shows @p report as it was made (e.g. a stored one), without validating anything. */
    void showReport(const signing::ValidationReport& report);

    [[nodiscard]] bool isBusy() const
    {
        return m_busy;
    }
    /** The run going on asks the revocation services online. */
    [[nodiscard]] bool isCheckingOnline() const
    {
        return m_busy && m_runOnline;
    }
    /** The report shown, if any. */
    [[nodiscard]] const std::optional<signing::ValidationReport>& report() const
    {
        return m_report;
    }

Q_SIGNALS:
    /** A report (or an error) is shown. */
    void validationFinished();
    /** The person chose the signature in field @p field (to show it in the document). */
    void signatureActivated(const QString& field);

private:
    void start(bool online);
    void stopRun();
    void showMessage(const QString& message);
    void setBusy(bool busy);
    void addSignatureRow(const signing::SignatureReport& signature);
    void onItemActivated(QTreeWidgetItem* item);

    signing::ValidationOptions m_options;
    QByteArray m_pdf;
    std::optional<signing::ValidationReport> m_report;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_runOnline = false;
    /** The cancel token of the run going on (shared with its worker, which may outlive the panel). */
    std::shared_ptr<std::atomic<bool>> m_runCancel;

    QLabel* m_banner;
    QTreeWidget* m_signatures;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_cancel;
    QPushButton* m_online;
    QPushButton* m_copy;
};

} // namespace vanthu::gui
