// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/signing/SigningSettings.h"

#include "common/AtomicFile.h"
#include "render/QtAppearanceRenderer.h"
#include "signing/timestamp/TimestampClient.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

#include <optional>

namespace vanthu::gui
{
namespace
{

struct SigningSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(SigningSettingsText)
};

constexpr qint64 maxImageBytes = 32 * 1024 * 1024;

/**
 * QtAppearanceRenderer run on the GUI thread whatever thread signs: text drawing (the attachment stamp, the number
 * and date fields) uses Qt's font database, which not every platform plugin allows off the GUI thread. A worker waits
 * for the GUI thread (Qt::BlockingQueuedConnection), so the GUI thread must never block waiting for a signing worker.
 */
class GuiThreadRenderer final : public signing::AppearanceRenderer
{
public:
    [[nodiscard]] Result<QSizeF> imageSize(const QByteArray& imageFile) const override
    {
        return onGuiThread([&] { return m_renderer.imageSize(imageFile); });
    }
    [[nodiscard]] Result<QByteArray> imageAppearance(const QByteArray& imageFile, QSizeF size) const override
    {
        return onGuiThread([&] { return m_renderer.imageAppearance(imageFile, size); });
    }
    [[nodiscard]] Result<QSizeF> attachmentTextSize(const QString& text) const override
    {
        return onGuiThread([&] { return m_renderer.attachmentTextSize(text); });
    }
    [[nodiscard]] Result<QByteArray> attachmentTextAppearance(const QString& text, QSizeF size) const override
    {
        return onGuiThread([&] { return m_renderer.attachmentTextAppearance(text, size); });
    }
    [[nodiscard]] Result<QByteArray> fieldTextAppearance(const QString& text, QSizeF size, bool italic) const override
    {
        return onGuiThread([&] { return m_renderer.fieldTextAppearance(text, size, italic); });
    }

private:
    template <typename Paint>
    static auto onGuiThread(Paint paint) -> decltype(paint())
    {
        if (QThread::currentThread() == qApp->thread()) {
            return paint();
        }
        std::optional<decltype(paint())> result;
        QMetaObject::invokeMethod(
            qApp, [&] { result.emplace(paint()); }, Qt::BlockingQueuedConnection);
        return std::move(*result);
    }

    render::QtAppearanceRenderer m_renderer;
};

QString appearanceKey(signing::AppearanceKind kind)
{
    switch (kind) {
    case signing::AppearanceKind::Leader:
        return QStringLiteral("leader");
    case signing::AppearanceKind::Agency:
        return QStringLiteral("agency");
    case signing::AppearanceKind::Attachment:
        return QStringLiteral("attachment");
    case signing::AppearanceKind::None:
        break;
    }
    return QStringLiteral("none");
}

signing::AppearanceKind appearanceFromKey(const QString& key)
{
    for (auto kind : {signing::AppearanceKind::Leader, signing::AppearanceKind::Agency,
                      signing::AppearanceKind::Attachment, signing::AppearanceKind::None}) {
        if (appearanceKey(kind) == key) {
            return kind;
        }
    }
    return signing::AppearanceKind::Leader;
}

Result<QString> writeImage(const QByteArray& bytes, const QString& name, const QString& suffix)
{
    const QString folder = SigningSettings::imageFolder();
    if (!QDir().mkpath(folder)) {
        return Error{ErrorCode::Io, SigningSettingsText::tr("The folder %1 cannot be created.").arg(folder), QString()};
    }
    const QString path = QDir(folder).filePath(name + QLatin1Char('.') + suffix);
    if (auto written = writeFileAtomically(path, bytes); !written) {
        return written.error();
    }
    // One image per name: drop an earlier copy of another format.
    const QStringList others = QDir(folder).entryList({name + QStringLiteral(".*")}, QDir::Files);
    for (const QString& other : others) {
        if (other != QFileInfo(path).fileName()) {
            QFile::remove(QDir(folder).filePath(other));
        }
    }
    return path;
}

} // namespace

SigningSettings SigningSettings::load()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("signing"));
    SigningSettings loaded;
    loaded.signatureImagePath = settings.value(QStringLiteral("signatureImage")).toString();
    loaded.sealImagePath = settings.value(QStringLiteral("sealImage")).toString();
    loaded.appearance = appearanceFromKey(settings.value(QStringLiteral("appearance")).toString());
    loaded.anchor = settings.value(QStringLiteral("anchor"), QStringLiteral("CHỦ TỊCH")).toString();
    loaded.tsaUrl = settings.value(QStringLiteral("tsaUrl")).toString();
    loaded.sealDiameterMillimetres = settings.value(QStringLiteral("sealDiameter"), 36.0).toDouble();
    loaded.pkcs11ModulePath = settings.value(QStringLiteral("pkcs11Module")).toString();
    return loaded;
}

void SigningSettings::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("signing"));
    settings.setValue(QStringLiteral("signatureImage"), signatureImagePath);
    settings.setValue(QStringLiteral("sealImage"), sealImagePath);
    settings.setValue(QStringLiteral("appearance"), appearanceKey(appearance));
    settings.setValue(QStringLiteral("anchor"), anchor);
    settings.setValue(QStringLiteral("tsaUrl"), tsaUrl);
    settings.setValue(QStringLiteral("sealDiameter"), sealDiameterMillimetres);
    settings.setValue(QStringLiteral("pkcs11Module"), pkcs11ModulePath);
}

QString SigningSettings::imageFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/signing");
}

Result<QString> SigningSettings::storeImage(const QString& source, const QString& name)
{
    QFile file(source);
    if (file.size() > maxImageBytes) {
        return Error{ErrorCode::InvalidInput,
                     SigningSettingsText::tr("The image %1 is larger than 32 MiB.").arg(QFileInfo(source).fileName()),
                     QString()};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io,
                     SigningSettingsText::tr("The image %1 cannot be read.").arg(QFileInfo(source).fileName()),
                     file.errorString()};
    }
    const QByteArray bytes = file.readAll();
    if (QImage::fromData(bytes).isNull()) {
        return Error{ErrorCode::InvalidInput,
                     SigningSettingsText::tr("%1 is not a PNG or JPEG image.").arg(QFileInfo(source).fileName()),
                     QString()};
    }
    QString suffix = QFileInfo(source).suffix().toLower();
    if (suffix.isEmpty()) {
        suffix = QStringLiteral("png");
    }
    return writeImage(bytes, name, suffix);
}

Result<QString> SigningSettings::storeImage(const QImage& image, const QString& name)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        return Error{ErrorCode::Internal, SigningSettingsText::tr("The image cannot be stored."), QString()};
    }
    return writeImage(bytes, name, QStringLiteral("png"));
}

Result<void> SigningSettings::prepare(signing::FileSignJob& job, signing::AppearanceKind kind) const
{
    job.appearance = kind;
    job.anchor = anchor;
    job.sealDiameterMillimetres = sealDiameterMillimetres;
    job.renderer = kind == signing::AppearanceKind::None ? nullptr : &appearanceRenderer();
    if (!tsaUrl.isEmpty()) {
        job.request.timestamper = signing::timestamperFor(tsaUrl);
    }
    job.imageFile.clear();
    if (kind != signing::AppearanceKind::Leader && kind != signing::AppearanceKind::Agency) {
        return {};
    }
    const QString path = kind == signing::AppearanceKind::Leader ? signatureImagePath : sealImagePath;
    if (path.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     kind == signing::AppearanceKind::Leader
                         ? SigningSettingsText::tr("Choose your signature image in the signing settings first.")
                         : SigningSettingsText::tr("Choose the agency's seal image in the signing settings first."),
                     QString()};
    }
    QFile file(path);
    if (file.size() > maxImageBytes || !file.open(QIODevice::ReadOnly) || (job.imageFile = file.readAll()).isEmpty()) {
        return Error{ErrorCode::Io, SigningSettingsText::tr("The image %1 cannot be read.").arg(path),
                     file.errorString()};
    }
    return {};
}

void fillAppearanceCombo(QComboBox* combo, signing::AppearanceKind current)
{
    combo->clear();
    combo->addItem(SigningSettingsText::tr("Leader's signature"), int(signing::AppearanceKind::Leader));
    combo->addItem(SigningSettingsText::tr("Agency seal (issuing)"), int(signing::AppearanceKind::Agency));
    combo->addItem(SigningSettingsText::tr("Attachment stamp"), int(signing::AppearanceKind::Attachment));
    combo->addItem(SigningSettingsText::tr("Invisible"), int(signing::AppearanceKind::None));
    combo->setCurrentIndex(combo->findData(int(current)));
}

signing::AppearanceKind selectedAppearance(const QComboBox* combo)
{
    return static_cast<signing::AppearanceKind>(combo->currentData().toInt());
}

const signing::AppearanceRenderer& appearanceRenderer()
{
    static const GuiThreadRenderer renderer;
    return renderer;
}

QStringList installedPkcs11Modules()
{
    static const char* const candidates[] = {
        "/usr/lib/libeps2003csp11.so",
        "/usr/lib/x86_64-linux-gnu/libeps2003csp11.so",
        "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib/softhsm/libsofthsm2.so",
        "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    };
    QStringList found;
    for (const char* candidate : candidates) {
        const QString path = QString::fromLatin1(candidate);
        if (QFileInfo::exists(path)) {
            found << path;
        }
    }
    return found;
}

QString signedFileName(const QString& input, const QString& folder)
{
    const QFileInfo info(input);
    const QString name = info.completeBaseName() + QStringLiteral("-ky.pdf");
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(name);
}

} // namespace vanthu::gui
