// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/common/Spawn.h"

#include <QFile>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace vanthu::bench
{
namespace
{

/** NUL-terminated strings that live as long as the object, and the char* array execve wants. */
class CStrings
{
public:
    void append(QByteArray text)
    {
        m_storage.push_back(std::move(text));
    }

    std::vector<char*> pointers()
    {
        std::vector<char*> result;
        result.reserve(m_storage.size() + 1);
        for (QByteArray& text : m_storage) {
            result.push_back(text.data());
        }
        result.push_back(nullptr);
        return result;
    }

private:
    std::vector<QByteArray> m_storage;
};

QByteArray variableName(const QByteArray& entry)
{
    const qsizetype equals = entry.indexOf('=');
    return equals < 0 ? entry : entry.left(equals);
}

} // namespace

Spawned spawnAndWait(const QStringList& command, const QString& logPath, const QByteArrayList& extraEnvironment)
{
    Spawned result;
    CStrings arguments;
    for (const QString& argument : command) {
        arguments.append(QFile::encodeName(argument));
    }
    QByteArrayList replaced;
    for (const QByteArray& entry : extraEnvironment) {
        replaced.append(variableName(entry));
    }
    CStrings environment;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const QByteArray text(*entry);
        if (!replaced.contains(variableName(text))) {
            environment.append(text);
        }
    }
    for (const QByteArray& entry : extraEnvironment) {
        environment.append(entry);
    }
    std::vector<char*> argv = arguments.pointers();
    std::vector<char*> envp = environment.pointers();
    const QByteArray log = QFile::encodeName(logPath);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);

    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawnError = posix_spawnp(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
    if (spawnError != 0) {
        posix_spawn_file_actions_destroy(&actions);
        result.startError = QString::fromLocal8Bit(std::strerror(spawnError));
        return result;
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            status = -1;
            break;
        }
    }
    const auto end = std::chrono::steady_clock::now();
    posix_spawn_file_actions_destroy(&actions);
    result.milliseconds = std::chrono::duration<double, std::milli>(end - start).count();
    if (status == -1) {
        result.exitCode = -1;
    } else if (WIFEXITED(status)) {
        result.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        result.exitCode = 128 + WTERMSIG(status);
    }
    return result;
}

QString capture(const QStringList& command, const QString& logPath, int* exitCode)
{
    const Spawned run = spawnAndWait(command, logPath);
    if (exitCode != nullptr) {
        *exitCode = run.exitCode;
    }
    if (!run.startError.isEmpty()) {
        return run.startError;
    }
    QFile file(logPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace vanthu::bench
