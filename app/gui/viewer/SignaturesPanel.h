// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verify/Validation.h"

#include <QWidget>

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
 * changed after it) that unfolds into the result, its reason and the findings. Validation runs off the GUI thread;
 * a new document or Cancel abandons a run still going (its result is ignored when it arrives). The first run is
 * offline (the document's own validation data only, so the answer comes fast and without network); "Check revocation
 * online" runs again asking the OCSP responders and CRL distribution points.
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
     * TrustStore::anchorsFor()). checkRevocationOnline is ignored: the panel decides it (offline first, online on
     * request).
     */
    void setValidationOptions(const signing::ValidationOptions& options);

    /** Validates @p pdf offline, abandoning any run still going. */
    void validate(const QByteArray& pdf);
    /** Validates the same document again, asking the revocation services online. */
    void checkRevocationOnline();
    /** Abandons the run still going; the panel says the check was cancelled. */
    void cancel();
    /** Empties the panel (no document). */
    void clear();

    [[nodiscard]] bool isBusy() const
    {
        return m_busy;
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
    void showReport(const signing::ValidationReport& report, bool online);
    void showMessage(const QString& message);
    void setBusy(bool busy);
    void addSignatureRow(const signing::SignatureReport& signature);
    void onItemActivated(QTreeWidgetItem* item);

    signing::ValidationOptions m_options;
    QByteArray m_pdf;
    std::optional<signing::ValidationReport> m_report;
    quint64 m_generation = 0;
    bool m_busy = false;

    QLabel* m_banner;
    QTreeWidget* m_signatures;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_cancel;
    QPushButton* m_online;
    QPushButton* m_copy;
};

} // namespace vanthu::gui
