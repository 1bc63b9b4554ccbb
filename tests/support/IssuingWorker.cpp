// SPDX-License-Identifier: GPL-3.0-or-later
// A process that issues documents one by one through core::IssueService and acknowledges each commit on stdout, for
// the issuing kill loop: "ACK <document id> <number> <sha256 of the issued PDF>".
//   vanthu-test-issuing-worker WORKSPACE P12 PIN SIGNED_PDF SEAL_PNG COUNT
#include "core/Workspace.h"
#include "core/registers/IssueService.h"
#include "render/QtAppearanceRenderer.h"
#include "signing/keys/SecretPrompt.h"
#include "signing/pkcs12/Pkcs12Key.h"

#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <unistd.h>

using namespace vanthu;
using namespace vanthu::core;

namespace
{

class ArgumentPin final : public signing::SecretPrompt
{
public:
    explicit ArgumentPin(QByteArray pin) : m_pin(std::move(pin))
    {
    }
    std::optional<signing::Secret> ask(const signing::SecretRequest&) override
    {
        return signing::Secret(m_pin);
    }

private:
    QByteArray m_pin;
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int fail(const Error& error)
{
    std::fprintf(stdout, "ERR %s\n", qPrintable(error.detail.isEmpty() ? error.message : error.detail));
    std::fflush(stdout);
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication application(argc, argv); // the appearances are painted with Qt Gui (offscreen)
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 7) {
        std::fprintf(stderr, "usage: vanthu-test-issuing-worker WORKSPACE P12 PIN SIGNED_PDF SEAL_PNG COUNT\n");
        return 2;
    }
    IssueRequest request;
    request.signedByLeader = AttachmentInput{QStringLiteral("leader-signed.pdf"), readAll(arguments.at(4))};
    request.sealImage = readAll(arguments.at(5));
    const int count = arguments.at(6).toInt();
    if (request.signedByLeader.bytes.isEmpty() || request.sealImage.isEmpty()) {
        return 2;
    }
    request.document.typeKey = QStringLiteral("quyet-dinh");
    request.document.signerName = QStringLiteral("Nguyễn Văn A");
    request.document.recipients = {Recipient{QString(), QStringLiteral("Sở Nội vụ")}};
    request.checks.ignoreTrust = true; // the kill loop proves atomicity; trust is the validator's tests' subject
    request.checks.checkRevocationOnline = false;
    WorkspaceOptions options;
    options.actor = QStringLiteral("issuer-%1").arg(getpid());
    auto workspace = Workspace::open(arguments.at(1), options);
    if (!workspace) {
        return fail(workspace.error());
    }
    ArgumentPin pin(arguments.at(3).toUtf8());
    auto key = signing::openPkcs12Key(arguments.at(2), pin);
    if (!key) {
        return fail(key.error());
    }
    const render::QtAppearanceRenderer renderer;
    IssueService issuing(**workspace, renderer);
    for (int index = 0; index < count; ++index) {
        request.document.subject = QStringLiteral("Về việc kiểm thử ban hành %1").arg(index);
        auto issued = issuing.issue(request, **key);
        if (!issued) {
            return fail(issued.error());
        }
        std::fprintf(stdout, "ACK %lld %lld %s\n", static_cast<long long>(issued->receipt.id.value),
                     static_cast<long long>(issued->receipt.number),
                     qPrintable(issued->receipt.attachments.front().sha256));
        std::fflush(stdout);
    }
    return 0;
}
