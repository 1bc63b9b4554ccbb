// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/GuiModule.h"
#include "app/cli/KeyOptions.h"
#include "app/cli/TerminalSecretPrompt.h"
#include "app/signing/FileSigner.h"
#include "core/Workspace.h"
#include "core/registers/DraftService.h"
#include "signing/verify/Validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct SignCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SignCommandText)
};

std::optional<signing::AppearanceKind> parseAppearance(const QString& text)
{
    if (text.isEmpty() || text == QLatin1String("none")) {
        return signing::AppearanceKind::None;
    }
    if (text == QLatin1String("leader")) {
        return signing::AppearanceKind::Leader;
    }
    if (text == QLatin1String("agency")) {
        return signing::AppearanceKind::Agency;
    }
    if (text == QLatin1String("attachment")) {
        return signing::AppearanceKind::Attachment;
    }
    return std::nullopt;
}

std::optional<QRectF> parseRect(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4) {
        return std::nullopt;
    }
    double values[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok) {
            return std::nullopt;
        }
    }
    if (values[2] <= 0 || values[3] <= 0) {
        return std::nullopt;
    }
    return QRectF(values[0], values[1], values[2], values[3]);
}

QJsonObject resultJson(const signing::FileSignResult& result)
{
    QJsonObject object{{QStringLiteral("out"), result.outputPath},
                       {QStringLiteral("field"), result.fieldName},
                       {QStringLiteral("bytes"), result.bytes},
                       {QStringLiteral("level"), result.timestamped ? QStringLiteral("B-T") : QStringLiteral("B-B")}};
    if (result.preparedIssuing) {
        object.insert(QStringLiteral("preparedIssuing"), true);
    }
    if (result.issued) {
        object.insert(QStringLiteral("issued"), true);
    }
    if (result.pageIndex >= 0) {
        object.insert(QStringLiteral("page"), result.pageIndex + 1);
        object.insert(QStringLiteral("rect"),
                      QJsonArray{result.rect.x(), result.rect.y(), result.rect.width(), result.rect.height()});
    }
    return object;
}

/** sign --document: DraftService signs the document's current version; the PIN is asked before anything is locked. */
int signVersion(CliContext& context, core::DocumentId id, const signing::Nd30SignJob& job, const KeyOptions& keyOptions,
                const QCommandLineParser& parser)
{
    auto workspace = context.openWorkspace();
    if (!workspace) {
        return context.fail(workspace.error());
    }
    core::VersionSignRequest request{id, job, signing::trustStoreOptions((*workspace)->directory())};
    TerminalSecretPrompt prompt;
    auto key = keyOptions.open(parser, prompt);
    if (!key) {
        return context.fail(key.error());
    }
    auto signedVersion = core::DraftService(**workspace).signCurrentVersion(request, **key);
    if (!signedVersion) {
        return context.fail(signedVersion.error());
    }
    const core::DocumentVersion& version = signedVersion->document.versions.back();
    if (context.json()) {
        QJsonObject json{{QStringLiteral("document"), id.value},
                         {QStringLiteral("version"), version.number},
                         {QStringLiteral("sha256"), version.sha256},
                         {QStringLiteral("state"), core::stateKey(signedVersion->document.state)},
                         {QStringLiteral("check"), signing::verdictName(signedVersion->check.verdict)}};
        context.printJson(json);
    } else {
        context.printLine(SignCommandText::tr("Document %1 signed: version %2 (%3), checked: %4.")
                              .arg(id.value)
                              .arg(version.number)
                              .arg(core::stateName(signedVersion->document.state),
                                   signing::verdictName(signedVersion->check.verdict)));
    }
    return ExitOk;
}

} // namespace

int runSign(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption in(QStringLiteral("in"), SignCommandText::tr("PDF to sign."), SignCommandText::tr("file"));
    const QCommandLineOption out(QStringLiteral("out"), SignCommandText::tr("Signed PDF to write."),
                                 SignCommandText::tr("file"));
    const QCommandLineOption outDir(QStringLiteral("out-dir"),
                                    SignCommandText::tr("Batch: folder for the signed copies of the files named after "
                                                        "the options (one PIN for all)."),
                                    SignCommandText::tr("folder"));
    const QCommandLineOption appearance(QStringLiteral("appearance"),
                                        SignCommandText::tr("leader, agency, attachment or none (default)."),
                                        QStringLiteral("kind"));
    const QCommandLineOption page(QStringLiteral("page"), SignCommandText::tr("Page number (from 1)."),
                                  SignCommandText::tr("n"));
    const QCommandLineOption rect(QStringLiteral("rect"),
                                  SignCommandText::tr("Rectangle in points from the lower-left corner."),
                                  QStringLiteral("x,y,w,h"));
    const QCommandLineOption anchor(QStringLiteral("anchor"),
                                    SignCommandText::tr("Text under which the leader's signature goes (e.g. the "
                                                        "signer's title)."),
                                    SignCommandText::tr("text"));
    const QCommandLineOption image(QStringLiteral("image"), SignCommandText::tr("Signature image or seal (PNG)."),
                                   SignCommandText::tr("file"));
    const QCommandLineOption sealSize(QStringLiteral("seal-diameter"),
                                      SignCommandText::tr("Real diameter of the seal in millimetres (default 36)."),
                                      QStringLiteral("mm"), QStringLiteral("36"));
    const QCommandLineOption number(QStringLiteral("number"),
                                    SignCommandText::tr("Number and symbol of the document, e.g. 05/QĐ-UBND."),
                                    SignCommandText::tr("text"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  SignCommandText::tr("Issuing date (with --appearance agency and --number on a "
                                                      "document prepared for issuing)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption noIssuingFields(
        QStringLiteral("no-issuing-fields"),
        SignCommandText::tr("With --appearance leader: do not prepare the number, date and seal fields."));
    const QCommandLineOption reason(QStringLiteral("reason"), SignCommandText::tr("Reason shown with the signature."),
                                    SignCommandText::tr("text"));
    const QCommandLineOption location(QStringLiteral("location"), SignCommandText::tr("Place of signing."),
                                      SignCommandText::tr("text"));
    const QCommandLineOption certify(QStringLiteral("certify"),
                                     SignCommandText::tr("Certify the document (its first signature only): 1 no "
                                                         "changes allowed, 2 form filling and signing, 3 also "
                                                         "annotations."),
                                     QStringLiteral("P"));
    const QCommandLineOption document(QStringLiteral("document"),
                                      SignCommandText::tr("Sign the current version of this document of the workspace "
                                                          "(a draft) instead of a file; the signed PDF becomes its "
                                                          "next version."),
                                      SignCommandText::tr("id"));
    const KeyOptions keyOptions;
    keyOptions.addTo(parser);
    parser.addOptions({document, in, out, outDir, appearance, page, rect, anchor, image, sealSize, number, date,
                       noIssuingFields, reason, location, certify});
    if (auto exit = context.parse(parser, SignCommandText::tr("Sign PDFs as PAdES (B-B, or B-T with --tsa)."),
                                  QStringLiteral("[FILE...]"))) {
        return *exit;
    }

    // Which files: one --in/--out pair, or a batch of FILE... into --out-dir; or a document of the workspace.
    QList<std::pair<QString, QString>> files;
    const QStringList batch = parser.positionalArguments().mid(1);
    if (parser.isSet(document)) {
        if (parser.isSet(in) || parser.isSet(out) || parser.isSet(outDir) || !batch.isEmpty()) {
            return context.usage(SignCommandText::tr("--document signs in the workspace: no --in, --out or files."));
        }
    } else if (parser.isSet(outDir)) {
        if (batch.isEmpty() || parser.isSet(in) || parser.isSet(out)) {
            return context.usage(SignCommandText::tr("With --out-dir, name the files to sign after the options."));
        }
        const QDir folder(parser.value(outDir));
        if (!folder.exists()) {
            return context.usage(SignCommandText::tr("The folder %1 does not exist.").arg(folder.path()));
        }
        for (const QString& file : batch) {
            files.append({file, folder.filePath(QFileInfo(file).fileName())});
        }
    } else {
        if (!parser.isSet(in) || !parser.isSet(out) || !batch.isEmpty()) {
            return context.usage(SignCommandText::tr("--in and --out are required (or --out-dir with files)."));
        }
        files.append({parser.value(in), parser.value(out)});
    }
    const auto kind = parseAppearance(parser.isSet(document) && !parser.isSet(appearance) ? QStringLiteral("leader")
                                                                                          : parser.value(appearance));
    if (!kind) {
        return context.usage(SignCommandText::tr("--appearance must be leader, agency, attachment or none."));
    }
    if (auto missing = keyOptions.incomplete(parser)) {
        return context.usage(*missing);
    }

    signing::FileSignJob job;
    job.appearance = *kind;
    if (auto applied = keyOptions.applyTo(parser, job.request); !applied) {
        return context.fail(applied.error());
    }
    job.request.reason = parser.value(reason);
    job.request.location = parser.value(location);
    if (parser.isSet(certify)) {
        bool valid = false;
        const int permission = parser.value(certify).toInt(&valid);
        if (!valid || permission < 1 || permission > 3) {
            return context.usage(SignCommandText::tr("--certify must be 1, 2 or 3."));
        }
        job.request.certification = permission;
    }
    job.anchor = parser.value(anchor);
    job.numberSymbol = parser.value(number);
    bool ok = false;
    job.sealDiameterMillimetres = parser.value(sealSize).toDouble(&ok);
    if (!ok || job.sealDiameterMillimetres < 10 || job.sealDiameterMillimetres > 80) {
        return context.usage(SignCommandText::tr("--seal-diameter must be between 10 and 80 millimetres."));
    }
    job.prepareIssuing = !parser.isSet(noIssuingFields);
    if (parser.isSet(date)) {
        job.issuingDate = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!job.issuingDate.isValid()) {
            return context.usage(SignCommandText::tr("--date must be a date like 2026-03-05."));
        }
    }
    if (parser.isSet(page)) {
        const int pageNumber = parser.value(page).toInt(&ok);
        if (!ok || pageNumber < 1) {
            return context.usage(SignCommandText::tr("--page must be a page number from 1."));
        }
        job.pageIndex = pageNumber - 1;
    }
    if (parser.isSet(rect)) {
        job.rect = parseRect(parser.value(rect));
        if (!job.rect) {
            return context.usage(SignCommandText::tr("--rect must be x,y,width,height in points."));
        }
    }
    if (parser.isSet(image)) {
        QFile imageFile(parser.value(image));
        if (imageFile.size() > 32 * 1024 * 1024 || !imageFile.open(QIODevice::ReadOnly)
            || (job.imageFile = imageFile.readAll()).isEmpty()) {
            return context.fail(Error{ErrorCode::InvalidInput,
                                      SignCommandText::tr("The image %1 cannot be read.").arg(parser.value(image)),
                                      QString()});
        }
    }
    if (job.appearance != signing::AppearanceKind::None) {
        auto renderer = appearanceRenderer();
        if (!renderer) {
            return context.fail(renderer.error());
        }
        job.renderer = *renderer;
    }

    if (parser.isSet(document)) {
        bool valid = false;
        const qint64 id = parser.value(document).toLongLong(&valid);
        if (!valid || id <= 0) {
            return context.usage(SignCommandText::tr("--document takes a document id (see \"draft list\")."));
        }
        return signVersion(context, core::DocumentId{id}, job, keyOptions, parser);
    }

    // A single file is mapped, hashed and copied while the key is being unlocked (PreparedInput).
    std::unique_ptr<signing::PreparedInput> prepared;
    if (files.size() == 1) {
        // Flushing early pays when the copy is large enough for the flush to overlap with unlocking the key.
        const bool flushEarly = QFileInfo(files.first().first).size() > 1024 * 1024;
        auto started =
            signing::PreparedInput::start(files.first().first, files.first().second, job.request.digest, flushEarly);
        if (!started) {
            return context.fail(started.error());
        }
        prepared = std::move(*started);
    }

    TerminalSecretPrompt prompt;
    auto key = keyOptions.open(parser, prompt);
    if (!key) {
        return context.fail(key.error());
    }

    QJsonArray signedFiles;
    int failures = 0;
    Error lastError;
    for (const auto& [input, output] : files) {
        job.inputPath = input;
        job.outputPath = output;
        job.request.signingTime = QDateTime();
        auto result = prepared ? signing::signFile(job, **key, *prepared) : signing::signFile(job, **key);
        if (!result) {
            ++failures;
            lastError = result.error().withContext(QFileInfo(input).fileName());
            if (files.size() == 1) {
                return context.fail(result.error());
            }
            if (context.json()) {
                signedFiles.append(QJsonObject{{QStringLiteral("in"), input},
                                               {QStringLiteral("error"), lastError.message},
                                               {QStringLiteral("code"), errorCodeName(lastError.code)}});
            } else {
                context.printLine(SignCommandText::tr("FAILED %1: %2").arg(input, result.error().message));
            }
            continue;
        }
        if (context.json()) {
            QJsonObject object = resultJson(*result);
            object.insert(QStringLiteral("in"), input);
            signedFiles.append(object);
        } else {
            context.printLine(SignCommandText::tr("Signed %1 -> %2 (%3, field %4)")
                                  .arg(input, output,
                                       result->timestamped ? QStringLiteral("PAdES B-T") : QStringLiteral("PAdES B-B"),
                                       result->fieldName));
        }
    }
    if (context.json()) {
        context.printJson(files.size() == 1
                              ? signedFiles.first()
                              : QJsonValue(QJsonObject{{QStringLiteral("signed"), files.size() - failures},
                                                       {QStringLiteral("failed"), failures},
                                                       {QStringLiteral("files"), signedFiles}}));
    }
    return failures == 0 ? ExitOk : exitCodeFor(lastError.code);
}

} // namespace vanthu::cli
