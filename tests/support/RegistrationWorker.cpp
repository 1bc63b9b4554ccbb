// SPDX-License-Identifier: GPL-3.0-or-later
// A process that registers documents one by one and acknowledges each commit on stdout, for the concurrency and
// crash tests: "ACK <document id> <series> <number> <sha256 of the attachment or ->".
//   vanthu-test-worker WORKSPACE incoming|outgoing COUNT [PDF]
#include "core/Workspace.h"
#include "core/domain/DocumentCode.h"
#include "core/registers/IncomingService.h"
#include "core/registers/OutgoingService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cstdio>
#include <unistd.h>

using namespace vanthu;
using namespace vanthu::core;

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: vanthu-test-worker WORKSPACE incoming|outgoing COUNT [PDF]\n");
        return 2;
    }
    const bool incoming = arguments.at(2) == QLatin1String("incoming");
    const int count = arguments.at(3).toInt();
    QByteArray pdf;
    if (arguments.size() > 4) {
        QFile file(arguments.at(4));
        if (!file.open(QIODevice::ReadOnly)) {
            return 2;
        }
        pdf = file.readAll();
    }
    WorkspaceOptions options;
    options.actor = QStringLiteral("worker-%1").arg(getpid());
    auto workspace = Workspace::open(arguments.at(1), options);
    if (!workspace) {
        std::fprintf(stdout, "ERR %s\n", qPrintable(workspace.error().detail));
        return 1;
    }
    // Unique across runs even if a process id comes back: the duplicate check must never fire here.
    const QString tag = QStringLiteral("%1T%2").arg(getpid()).arg(QDateTime::currentMSecsSinceEpoch());
    for (int index = 0; index < count; ++index) {
        QList<AttachmentInput> attachments;
        if (!pdf.isEmpty()) {
            // A comment after %%EOF makes each file unique without changing what it shows.
            attachments.append(AttachmentInput{QStringLiteral("scan.pdf"), pdf + "\n% worker " + tag.toLatin1() + " "
                                                                               + QByteArray::number(index) + "\n"});
        }
        Result<RegistrationReceipt> receipt = Error{};
        if (incoming) {
            IncomingRequest request;
            request.fields.typeKey = QStringLiteral("cong-van");
            request.fields.code =
                DocumentCode{QString::number(index + 1), QStringLiteral("W") + tag + QStringLiteral("-VP")};
            request.fields.issuedDate = QDate(2026, 1, 2);
            request.fields.organName = QStringLiteral("UBND quận Đống Đa");
            request.fields.subject = QStringLiteral("V/v kiểm thử đăng ký %1").arg(index);
            request.attachments = attachments;
            receipt = IncomingService(**workspace).registerDocument(request);
        } else {
            OutgoingRequest request;
            request.typeKey = QStringLiteral("cong-van");
            request.subject = QStringLiteral("V/v kiểm thử cấp số %1").arg(index);
            request.draftingUnit = QStringLiteral("VP");
            request.signerName = QStringLiteral("Trần Văn B");
            request.recipients = {Recipient{QString(), QStringLiteral("Bộ Nội vụ")}};
            request.attachments = attachments;
            receipt = OutgoingService(**workspace).registerDocument(request);
        }
        if (!receipt) {
            std::fprintf(stdout, "ERR %s\n", qPrintable(receipt.error().detail));
            std::fflush(stdout);
            return 1;
        }
        std::fprintf(stdout, "ACK %lld %s %lld %s\n", static_cast<long long>(receipt->id.value),
                     qPrintable(receipt->seriesCode), static_cast<long long>(receipt->number),
                     receipt->attachments.isEmpty() ? "-" : qPrintable(receipt->attachments.front().sha256));
        std::fflush(stdout);
    }
    return 0;
}
