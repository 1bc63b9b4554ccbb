// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TerminalSecretPrompt.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace vanthu::cli
{
namespace
{

struct SecretPromptText
{
    Q_DECLARE_TR_FUNCTIONS(SecretPromptText)
};

std::optional<QByteArray> readLineWithoutEcho()
{
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= static_cast<tcflag_t>(~ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray line;
    int character = 0;
    while ((character = std::fgetc(stdin)) != EOF && character != '\n') {
        line.append(static_cast<char>(character));
    }
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (character == EOF && line.isEmpty()) {
        return std::nullopt;
    }
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    return line;
}

} // namespace

std::optional<signing::Secret> TerminalSecretPrompt::ask(const signing::SecretRequest& request)
{
    QTextStream err(stderr);
    if (qEnvironmentVariableIsSet("VANTHU_PIN")) {
        if (m_environmentUsed) {
            m_environmentRejected = true;
            return std::nullopt;
        }
        m_environmentUsed = true;
        return signing::Secret(qgetenv("VANTHU_PIN"));
    }
    if (!isatty(STDIN_FILENO)) {
        err << SecretPromptText::tr("No PIN: set VANTHU_PIN or run in a terminal.") << Qt::endl;
        return std::nullopt;
    }
    if (!request.retryMessage.isEmpty()) {
        err << request.retryMessage << Qt::endl;
    }
    err << (request.kind == signing::SecretRequest::Kind::Pkcs12Password
                ? SecretPromptText::tr("Password for %1: ").arg(request.subject)
                : SecretPromptText::tr("PIN of token %1: ").arg(request.subject));
    err.flush();
    auto line = readLineWithoutEcho();
    if (!line) {
        return std::nullopt;
    }
    return signing::Secret(std::move(*line));
}

} // namespace vanthu::cli
