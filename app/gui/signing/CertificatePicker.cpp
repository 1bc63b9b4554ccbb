// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/signing/CertificatePicker.h"

#include "app/gui/signing/PinDialog.h"
#include "app/gui/signing/SigningSettings.h"
#include "signing/pkcs11/CertificateSummary.h"
#include "signing/pkcs11/Pkcs11Key.h"
#include "signing/pkcs11/Pkcs11Module.h"
#include "signing/pkcs12/Pkcs12Key.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vanthu::gui
{
namespace
{

QString shortDate(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

/** Why a certificate cannot sign now, or an empty string. */
QString invalidReason(const CertificateChoice& entry)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (entry.notAfter.isValid() && entry.notAfter < now) {
        return CertificatePicker::tr("Expired on %1").arg(shortDate(entry.notAfter));
    }
    if (entry.notBefore.isValid() && entry.notBefore > now) {
        return CertificatePicker::tr("Not valid before %1").arg(shortDate(entry.notBefore));
    }
    return {};
}

enum Column
{
    SubjectColumn,
    IssuerColumn,
    ValidFromColumn,
    ValidUntilColumn,
    WhereColumn,
};

} // namespace

QString CertificateChoice::displayText() const
{
    if (source == Source::None) {
        return CertificatePicker::tr("No certificate chosen");
    }
    if (subject.isEmpty()) {
        return CertificatePicker::tr("Key file %1 (the certificate is shown after the password)")
            .arg(QFileInfo(pkcs12Path).fileName());
    }
    return CertificatePicker::tr("%1, issued by %2, valid %3 to %4")
        .arg(subject, issuer, shortDate(notBefore), shortDate(notAfter));
}

namespace
{

QString settingsGroup(CertificateRole role)
{
    return role == CertificateRole::Agency ? QStringLiteral("signing/agencyCertificate")
                                           : QStringLiteral("signing/certificate");
}

} // namespace

CertificateChoice CertificateChoice::load(CertificateRole role)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(role));
    CertificateChoice choice;
    const QString source = settings.value(QStringLiteral("source")).toString();
    choice.source = source == QLatin1String("pkcs12")   ? Source::Pkcs12File
                    : source == QLatin1String("pkcs11") ? Source::Pkcs11Token
                                                        : Source::None;
    choice.pkcs12Path = settings.value(QStringLiteral("pkcs12Path")).toString();
    choice.modulePath = settings.value(QStringLiteral("module")).toString();
    choice.tokenLabel = settings.value(QStringLiteral("token")).toString();
    choice.tokenSerial = settings.value(QStringLiteral("tokenSerial")).toString();
    choice.keyIdHex = settings.value(QStringLiteral("keyId")).toString();
    choice.subject = settings.value(QStringLiteral("subject")).toString();
    choice.issuer = settings.value(QStringLiteral("issuer")).toString();
    choice.notBefore = settings.value(QStringLiteral("notBefore")).toDateTime();
    choice.notAfter = settings.value(QStringLiteral("notAfter")).toDateTime();
    return choice;
}

void CertificateChoice::save(CertificateRole role) const
{
    QSettings settings;
    settings.beginGroup(settingsGroup(role));
    settings.setValue(QStringLiteral("source"), source == Source::Pkcs12File    ? QStringLiteral("pkcs12")
                                                : source == Source::Pkcs11Token ? QStringLiteral("pkcs11")
                                                                                : QString());
    settings.setValue(QStringLiteral("pkcs12Path"), pkcs12Path);
    settings.setValue(QStringLiteral("module"), modulePath);
    settings.setValue(QStringLiteral("token"), tokenLabel);
    settings.setValue(QStringLiteral("tokenSerial"), tokenSerial);
    settings.setValue(QStringLiteral("keyId"), keyIdHex);
    settings.setValue(QStringLiteral("subject"), subject);
    settings.setValue(QStringLiteral("issuer"), issuer);
    settings.setValue(QStringLiteral("notBefore"), notBefore);
    settings.setValue(QStringLiteral("notAfter"), notAfter);
}

Result<std::shared_ptr<signing::SigningKey>> openSigningKey(const CertificateChoice& choice,
                                                            signing::SecretPrompt& prompt)
{
    if (choice.openedKey) {
        return choice.openedKey;
    }
    switch (choice.source) {
    case CertificateChoice::Source::Pkcs12File: {
        auto opened = signing::openPkcs12Key(choice.pkcs12Path, prompt);
        if (!opened) {
            return opened.error();
        }
        return std::shared_ptr<signing::SigningKey>(std::move(*opened));
    }
    case CertificateChoice::Source::Pkcs11Token: {
        signing::Pkcs11KeyRef ref;
        ref.modulePath = choice.modulePath;
        ref.tokenLabel = choice.tokenLabel;
        ref.tokenSerial = choice.tokenSerial;
        ref.keyIdHex = choice.keyIdHex;
        auto opened = signing::Pkcs11Key::open(ref, prompt);
        if (!opened) {
            return opened.error();
        }
        return std::shared_ptr<signing::SigningKey>(std::move(*opened));
    }
    case CertificateChoice::Source::None:
        break;
    }
    return Error{ErrorCode::InvalidInput, CertificatePicker::tr("Choose a certificate to sign with."), QString()};
}

CertificatePicker::CertificatePicker(QWidget* parent, const CertificateChoice& current, CertificateRole role)
    : QDialog(parent), m_role(role), m_choice(current)
{
    setObjectName(QStringLiteral("certificatePicker"));
    setWindowTitle(role == CertificateRole::Agency ? tr("Choose the agency's certificate")
                                                   : tr("Choose a certificate"));
    resize(760, 420);
    auto* layout = new QVBoxLayout(this);

    auto* sourceRow = new QFormLayout;
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_source->addItem(tr("Key file (PKCS#12: .p12, .pfx)"), int(CertificateChoice::Source::Pkcs12File));
    m_source->addItem(tr("USB token (PKCS#11)"), int(CertificateChoice::Source::Pkcs11Token));
    m_source->setAccessibleName(tr("Where the key is"));
    sourceRow->addRow(tr("&Key in:"), m_source);
    layout->addLayout(sourceRow);

    m_pages = new QStackedWidget(this);
    // PKCS#12 page: the file and a button that asks its password to show the certificate.
    auto* filePage = new QWidget(m_pages);
    auto* fileRow = new QHBoxLayout(filePage);
    fileRow->setContentsMargins(0, 0, 0, 0);
    m_pkcs12Path = new QLineEdit(current.pkcs12Path, filePage);
    m_pkcs12Path->setObjectName(QStringLiteral("pkcs12PathEdit"));
    m_pkcs12Path->setAccessibleName(tr("Key file"));
    auto* browseFile = new QPushButton(tr("&Browse…"), filePage);
    auto* showCertificate = new QPushButton(tr("&Show certificate…"), filePage);
    showCertificate->setObjectName(QStringLiteral("showPkcs12Button"));
    fileRow->addWidget(m_pkcs12Path, 1);
    fileRow->addWidget(browseFile);
    fileRow->addWidget(showCertificate);
    m_pages->addWidget(filePage);
    connect(browseFile, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Key file"), m_pkcs12Path->text(),
                                                          tr("PKCS#12 key files (*.p12 *.pfx);;All files (*)"));
        if (!file.isEmpty()) {
            m_pkcs12Path->setText(file);
        }
    });
    connect(m_pkcs12Path, &QLineEdit::textChanged, this, [this] {
        m_openedKey.reset();
        m_entries.clear();
        m_certificates->clear();
        updateOk();
    });
    connect(showCertificate, &QPushButton::clicked, this, &CertificatePicker::showPkcs12Certificate);

    // Token page: the module, editable, offering the known modules that are installed.
    auto* tokenPage = new QWidget(m_pages);
    auto* moduleRow = new QHBoxLayout(tokenPage);
    moduleRow->setContentsMargins(0, 0, 0, 0);
    m_module = new QComboBox(tokenPage);
    m_module->setObjectName(QStringLiteral("moduleCombo"));
    m_module->setEditable(true);
    m_module->setAccessibleName(tr("PKCS#11 module of the token"));
    QStringList modules = installedPkcs11Modules();
    for (const QString& known : {current.modulePath, SigningSettings::load().pkcs11ModulePath}) {
        if (!known.isEmpty() && !modules.contains(known)) {
            modules.prepend(known);
        }
    }
    m_module->addItems(modules);
    if (!current.modulePath.isEmpty()) {
        m_module->setCurrentText(current.modulePath);
    }
    auto* browseModule = new QPushButton(tr("B&rowse…"), tokenPage);
    auto* refresh = new QPushButton(tr("&List certificates"), tokenPage);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    moduleRow->addWidget(new QLabel(tr("Module:"), tokenPage));
    moduleRow->addWidget(m_module, 1);
    moduleRow->addWidget(browseModule);
    moduleRow->addWidget(refresh);
    m_pages->addWidget(tokenPage);
    connect(browseModule, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("PKCS#11 module"), m_module->currentText(),
                                                          tr("Shared libraries (*.so);;All files (*)"));
        if (!file.isEmpty()) {
            m_module->setCurrentText(file);
            refreshTokens();
        }
    });
    connect(refresh, &QPushButton::clicked, this, &CertificatePicker::refreshTokens);
    layout->addWidget(m_pages);

    m_certificates = new QTreeWidget(this);
    m_certificates->setObjectName(QStringLiteral("certificateList"));
    m_certificates->setAccessibleName(tr("Certificates"));
    m_certificates->setRootIsDecorated(false);
    m_certificates->setHeaderLabels({tr("Subject"), tr("Issuer"), tr("Valid from"), tr("Valid until"), tr("Where")});
    m_certificates->header()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    layout->addWidget(m_certificates, 1);
    connect(m_certificates, &QTreeWidget::itemSelectionChanged, this, &CertificatePicker::updateOk);
    connect(m_certificates, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_ok->isEnabled()) {
            accept();
        }
    });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pickerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &CertificatePicker::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setTabOrder(m_source, m_pkcs12Path);
    setTabOrder(m_pkcs12Path, browseFile);
    setTabOrder(browseFile, showCertificate);
    setTabOrder(showCertificate, m_module);
    setTabOrder(m_module, browseModule);
    setTabOrder(browseModule, refresh);
    setTabOrder(refresh, m_certificates);

    m_source->setCurrentIndex(current.source == CertificateChoice::Source::Pkcs11Token ? 1 : 0);
    connect(m_source, &QComboBox::currentIndexChanged, this, &CertificatePicker::sourceChanged);
    sourceChanged();
}

void CertificatePicker::sourceChanged()
{
    const bool token = m_source->currentIndex() == 1;
    m_pages->setCurrentIndex(token ? 1 : 0);
    m_entries.clear();
    m_certificates->clear();
    m_message->clear();
    if (token && !m_module->currentText().isEmpty()) {
        refreshTokens();
    }
    updateOk();
}

void CertificatePicker::addCertificateRow(const CertificateChoice& entry, const QString& where)
{
    auto* item = new QTreeWidgetItem(
        m_certificates, {entry.subject, entry.issuer, shortDate(entry.notBefore), shortDate(entry.notAfter), where});
    item->setData(SubjectColumn, Qt::UserRole, int(m_entries.size()));
    const QString reason = invalidReason(entry);
    if (!reason.isEmpty()) {
        item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        item->setText(WhereColumn, reason);
        item->setToolTip(SubjectColumn, reason);
    }
    m_entries.append(entry);
}

namespace
{

/** What a module's tokens hold, read off the GUI thread: a token may take seconds to answer. */
struct TokenListing
{
    QList<std::pair<CertificateChoice, QString>> entries; ///< the certificate, and where it is ("Token X")
    QStringList problems;
};

TokenListing listTokenCertificates(const QString& modulePath)
{
    TokenListing listing;
    auto module = signing::Pkcs11Module::load(modulePath);
    if (!module) {
        listing.problems << module.error().message;
        return listing;
    }
    auto tokens = (*module)->tokens();
    if (!tokens) {
        listing.problems << tokens.error().message;
        return listing;
    }
    for (const signing::Pkcs11Token& token : *tokens) {
        if (!token.flags.initialized) {
            continue; // a blank token holds nothing to sign with
        }
        auto certificates = (*module)->certificates(token);
        if (!certificates) {
            listing.problems << CertificatePicker::tr("Token %1: %2").arg(token.label, certificates.error().message);
            continue;
        }
        const QString where = token.flags.userPinLocked
                                  ? CertificatePicker::tr("Token %1 (PIN locked)").arg(token.label)
                                  : CertificatePicker::tr("Token %1").arg(token.label);
        // CA certificates of the signer's chain often sit on the token too: they sign nothing.
        QList<QByteArray> pool;
        for (const signing::Pkcs11Certificate& certificate : *certificates) {
            pool << certificate.der;
        }
        QSet<QByteArray> issuers;
        for (const QByteArray& der : std::as_const(pool)) {
            for (const QByteArray& issuer : signing::certificateChainUpward(der, pool)) {
                issuers.insert(issuer);
            }
        }
        for (const signing::Pkcs11Certificate& certificate : *certificates) {
            if (certificate.privateKey == signing::Pkcs11KeyPresence::Absent || issuers.contains(certificate.der)) {
                continue;
            }
            CertificateChoice entry;
            entry.source = CertificateChoice::Source::Pkcs11Token;
            entry.modulePath = (*module)->path();
            entry.tokenLabel = token.label;
            entry.tokenSerial = token.serial;
            entry.keyIdHex = certificate.idHex;
            entry.subject = certificate.subjectCommonName;
            entry.issuer = certificate.issuerCommonName;
            entry.notBefore = certificate.notBefore;
            entry.notAfter = certificate.notAfter;
            listing.entries.append({entry, where});
        }
    }
    if (listing.entries.isEmpty() && listing.problems.isEmpty()) {
        listing.problems << CertificatePicker::tr("No certificate with a key was found. Is the token plugged in?");
    }
    return listing;
}

} // namespace

void CertificatePicker::refreshTokens()
{
    m_entries.clear();
    m_certificates->clear();
    m_message->clear();
    const QString modulePath = m_module->currentText().trimmed();
    if (modulePath.isEmpty()) {
        m_message->setText(tr("Give the PKCS#11 module of the token (ask the CA which file it installed)."));
        updateOk();
        return;
    }
    const quint64 generation = ++m_listingGeneration;
    m_listing = true;
    m_message->setText(tr("Reading the tokens…"));
    updateOk();
    auto* watcher = new QFutureWatcher<TokenListing>(this);
    connect(watcher, &QFutureWatcher<TokenListing>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_listingGeneration) {
            return; // another module was asked for meanwhile
        }
        m_listing = false;
        const TokenListing listing = watcher->result();
        for (const auto& [entry, where] : listing.entries) {
            addCertificateRow(entry, where);
            const bool remembered = m_choice.source == CertificateChoice::Source::Pkcs11Token
                                    && m_choice.tokenLabel == entry.tokenLabel && m_choice.keyIdHex == entry.keyIdHex;
            QTreeWidgetItem* item = m_certificates->topLevelItem(m_certificates->topLevelItemCount() - 1);
            if (remembered && item->flags().testFlag(Qt::ItemIsEnabled)) {
                m_certificates->setCurrentItem(item);
            }
        }
        m_message->setText(listing.problems.join(QLatin1Char('\n')));
        if (!m_certificates->currentItem() && m_certificates->topLevelItemCount() > 0
            && m_certificates->topLevelItem(0)->flags().testFlag(Qt::ItemIsEnabled)) {
            m_certificates->setCurrentItem(m_certificates->topLevelItem(0));
        }
        updateOk();
        Q_EMIT tokensListed();
    });
    watcher->setFuture(QtConcurrent::run(listTokenCertificates, modulePath));
}

bool CertificatePicker::isListingTokens() const
{
    return m_listing;
}

void CertificatePicker::showPkcs12Certificate()
{
    m_entries.clear();
    m_certificates->clear();
    m_message->clear();
    m_openedKey.reset();
    const QString path = m_pkcs12Path->text().trimmed();
    DialogSecretPrompt prompt(this);
    auto opened = signing::openPkcs12Key(path, prompt);
    if (!opened) {
        if (opened.error().code != ErrorCode::Cancelled) {
            m_message->setText(opened.error().message);
        }
        updateOk();
        return;
    }
    auto summary = signing::summarizeCertificate((*opened)->certificateDer());
    if (!summary) {
        m_message->setText(summary.error().message);
        updateOk();
        return;
    }
    m_openedKey = std::move(*opened);
    CertificateChoice entry;
    entry.source = CertificateChoice::Source::Pkcs12File;
    entry.pkcs12Path = path;
    entry.subject = summary->subjectCommonName;
    entry.issuer = summary->issuerCommonName;
    entry.notBefore = summary->notBefore;
    entry.notAfter = summary->notAfter;
    addCertificateRow(entry, QFileInfo(path).fileName());
    if (m_certificates->topLevelItem(0)->flags().testFlag(Qt::ItemIsEnabled)) {
        m_certificates->setCurrentItem(m_certificates->topLevelItem(0));
    } else {
        m_openedKey.reset();
    }
    updateOk();
}

void CertificatePicker::updateOk()
{
    if (m_source->currentIndex() == 0) {
        // A key file may be chosen before its password is given; then the password is asked when signing.
        const bool shownInvalid = !m_entries.isEmpty() && !invalidReason(m_entries.first()).isEmpty();
        m_ok->setEnabled(QFileInfo(m_pkcs12Path->text().trimmed()).isFile() && !shownInvalid);
        return;
    }
    const QTreeWidgetItem* item = m_certificates->currentItem();
    m_ok->setEnabled(item != nullptr && item->isSelected() && item->flags().testFlag(Qt::ItemIsEnabled));
}

void CertificatePicker::accept()
{
    updateOk();
    if (!m_ok->isEnabled()) {
        return;
    }
    if (m_source->currentIndex() == 0) {
        if (!m_entries.isEmpty()) {
            m_choice = m_entries.first();
        } else {
            m_choice = CertificateChoice{};
            m_choice.source = CertificateChoice::Source::Pkcs12File;
            m_choice.pkcs12Path = m_pkcs12Path->text().trimmed();
        }
        m_choice.openedKey = m_openedKey;
    } else {
        m_choice = m_entries.at(m_certificates->currentItem()->data(SubjectColumn, Qt::UserRole).toInt());
        SigningSettings settings = SigningSettings::load();
        settings.pkcs11ModulePath = m_choice.modulePath;
        settings.save();
    }
    m_choice.save(m_role);
    QDialog::accept();
}

std::optional<CertificateChoice> CertificatePicker::pick(QWidget* parent, CertificateRole role)
{
    return pick(parent, CertificateChoice::load(role), role);
}

std::optional<CertificateChoice> CertificatePicker::pick(QWidget* parent, const CertificateChoice& current,
                                                         CertificateRole role)
{
    CertificatePicker picker(parent, current, role);
    if (picker.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return picker.choice();
}

} // namespace vanthu::gui
