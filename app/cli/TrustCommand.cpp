// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/TextTable.h"
#include "signing/keys/TrustStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vanthu::cli
{
namespace
{

struct TrustCommandText
{
    Q_DECLARE_TR_FUNCTIONS(TrustCommandText)
};

QJsonObject toJson(const signing::TrustAnchor& anchor)
{
    return QJsonObject{{QStringLiteral("subject"), anchor.subject},
                       {QStringLiteral("fingerprint"), anchor.fingerprint},
                       {QStringLiteral("notBefore"), anchor.notBefore.toString(Qt::ISODate)},
                       {QStringLiteral("notAfter"), anchor.notAfter.toString(Qt::ISODate)},
                       {QStringLiteral("purpose"), signing::trustPurposeName(anchor.purpose)}};
}

void printAnchors(CliContext& context, const QList<signing::TrustAnchor>& anchors)
{
    if (context.json()) {
        QJsonArray items;
        for (const signing::TrustAnchor& anchor : anchors) {
            items.append(toJson(anchor));
        }
        context.printJson(items);
        return;
    }
    TextTable table({TrustCommandText::tr("Certification authority"), TrustCommandText::tr("Valid until"),
                     TrustCommandText::tr("Trusted for"), TrustCommandText::tr("SHA-256 fingerprint")});
    for (const signing::TrustAnchor& anchor : anchors) {
        table.addRow({anchor.subject, anchor.notAfter.toString(QStringLiteral("yyyy-MM-dd")),
                      signing::trustPurposeName(anchor.purpose), anchor.fingerprint});
    }
    for (const QString& line : table.lines()) {
        context.printLine(line);
    }
}

} // namespace

QCommandLineOption trustStoreOption()
{
    return QCommandLineOption(QStringLiteral("trust-store"),
                              TrustCommandText::tr("The folder of trusted certification authorities (default %1).")
                                  .arg(signing::TrustStore::defaultDirectory()),
                              TrustCommandText::tr("folder"), signing::TrustStore::defaultDirectory());
}

int runTrust(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption store = trustStoreOption();
    const QCommandLineOption purpose(QStringLiteral("purpose"),
                                     TrustCommandText::tr("With add: what the authority is trusted for: any (the "
                                                          "default), document-signing or timestamping."),
                                     TrustCommandText::tr("purpose"), QStringLiteral("any"));
    parser.addOptions({store, purpose});
    if (auto exit = context.parse(parser,
                                  TrustCommandText::tr("Manage the certification authorities trusted when verifying "
                                                       "signatures: list, add FILE (PEM or DER), remove "
                                                       "FINGERPRINT."),
                                  QStringLiteral("list|add FILE|remove FINGERPRINT"))) {
        return *exit;
    }
    signing::TrustStore trustStore(parser.value(store));
    const QStringList words = parser.positionalArguments().mid(1);
    const QString action = words.value(0);
    if (action == QLatin1String("list") && words.size() == 1) {
        printAnchors(context, trustStore.anchors());
        return ExitOk;
    }
    if (action == QLatin1String("add") && words.size() == 2) {
        const std::optional<signing::TrustPurpose> limit = signing::trustPurposeNamed(parser.value(purpose));
        if (!limit) {
            return context.usage(TrustCommandText::tr("--purpose takes any, document-signing or timestamping."));
        }
        auto added = trustStore.add(words[1], *limit);
        if (!added) {
            return context.fail(added.error());
        }
        printAnchors(context, *added);
        return ExitOk;
    }
    if (action == QLatin1String("remove") && words.size() == 2) {
        auto removed = trustStore.remove(words[1]);
        if (!removed) {
            return context.fail(removed.error());
        }
        if (context.json()) {
            context.printJson(toJson(*removed));
        } else {
            context.printLine(TrustCommandText::tr("%1 is no longer trusted.").arg(removed->subject));
        }
        return ExitOk;
    }
    return context.usage(TrustCommandText::tr("Use \"trust list\", \"trust add FILE\" or \"trust remove "
                                              "FINGERPRINT\"."));
}

} // namespace vanthu::cli
