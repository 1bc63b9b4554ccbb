// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace vanthu::cli
{
namespace
{

struct CliContextText
{
    Q_DECLARE_TR_FUNCTIONS(CliContextText)
};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString defaultActor()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("cli") : user;
}

} // namespace

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return ExitInvalidInput;
    case ErrorCode::NotFound:
        return ExitNotFound;
    case ErrorCode::Duplicate:
        return ExitDuplicate;
    case ErrorCode::Conflict:
        return ExitConflict;
    case ErrorCode::Busy:
        return ExitBusy;
    case ErrorCode::Io:
        return ExitIo;
    case ErrorCode::Corrupt:
        return ExitIntegrity;
    case ErrorCode::Unsupported:
        return ExitUnsupported;
    case ErrorCode::Storage:
    case ErrorCode::Cancelled:
    case ErrorCode::Internal:
        return ExitFailure;
    }
    return ExitFailure;
}

CliContext::CliContext(QString command, QString action, QStringList arguments)
    : m_command(std::move(command)), m_action(std::move(action)), m_arguments(std::move(arguments))
{
}

const QString& CliContext::command() const
{
    return m_command;
}

const QString& CliContext::action() const
{
    return m_action;
}

std::optional<core::DocumentId> CliContext::documentId() const
{
    bool ok = false;
    const qint64 id = m_action.toLongLong(&ok);
    if (!ok || id <= 0) {
        return std::nullopt;
    }
    return core::DocumentId{id};
}

QStringList CliContext::commandWords(const QStringList& arguments)
{
    static const QStringList globalOptionsWithValue{QStringLiteral("-w"), QStringLiteral("--workspace"),
                                                    QStringLiteral("--actor"), QStringLiteral("--lang")};
    QStringList words;
    for (qsizetype index = 0; index < arguments.size() && words.size() < 2; ++index) {
        const QString& argument = arguments.at(index);
        if (globalOptionsWithValue.contains(argument)) {
            ++index;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-'))) {
            if (!words.isEmpty()) {
                break;
            }
            continue;
        }
        words.append(argument);
    }
    return words;
}

std::optional<int> CliContext::parse(QCommandLineParser& parser, const QString& description, const QString& syntax)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption workspaceOption(
        {QStringLiteral("w"), QStringLiteral("workspace")},
        CliContextText::tr("Workspace folder (default: $VANTHU_WORKSPACE, else the current folder)."),
        CliContextText::tr("folder"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliContextText::tr("Print the result as JSON."));
    const QCommandLineOption actorOption(QStringLiteral("actor"),
                                         CliContextText::tr("User name recorded in the audit trail (default: $USER)."),
                                         CliContextText::tr("name"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), CliContextText::tr("Language: vi (default) or en."),
                                            QStringLiteral("vi|en"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CliContextText::tr("Show this help."));
    parser.addOptions({workspaceOption, jsonOption, actorOption, languageOption, helpOption});
    parser.addPositionalArgument(m_command, description, syntax);
    if (!parser.parse(m_arguments)) {
        m_json = m_arguments.contains(QStringLiteral("--json"));
        return usage(parser.errorText());
    }
    m_json = parser.isSet(jsonOption);
    m_workspace = parser.value(workspaceOption);
    m_actor = parser.isSet(actorOption) ? parser.value(actorOption) : defaultActor();
    if (parser.isSet(helpOption)) {
        out() << parser.helpText();
        out().flush();
        return ExitOk;
    }
    return std::nullopt;
}

bool CliContext::json() const
{
    return m_json;
}

QString CliContext::workspacePath() const
{
    if (!m_workspace.isEmpty()) {
        return QDir(m_workspace).absolutePath();
    }
    const QString fromEnvironment = qEnvironmentVariable("VANTHU_WORKSPACE");
    return fromEnvironment.isEmpty() ? QDir::currentPath() : QDir(fromEnvironment).absolutePath();
}

Result<std::unique_ptr<core::Workspace>> CliContext::openWorkspace(bool create, const Clock* clock) const
{
    core::WorkspaceOptions options;
    options.create = create;
    options.actor = m_actor;
    options.clock = clock;
    return core::Workspace::open(workspacePath(), options);
}

void CliContext::printLine(const QString& text) const
{
    out() << text << '\n';
    out().flush();
}

void CliContext::printJson(const QJsonValue& value) const
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

int CliContext::fail(const Error& error) const
{
    report(error);
    return exitCodeFor(error.code);
}

void CliContext::report(const Error& error) const
{
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCodeName(error.code)},
                                                                    {QStringLiteral("message"), error.message},
                                                                    {QStringLiteral("detail"), error.detail}}}});
    } else {
        err() << "vanthu-cli: " << error.message << '\n';
        if (qEnvironmentVariableIsSet("VANTHU_DEBUG") && !error.detail.isEmpty()) {
            err() << "  (" << error.detail << ")\n";
        }
        err().flush();
    }
}

int CliContext::usage(const QString& message) const
{
    report(Error{ErrorCode::InvalidInput, message, QStringLiteral("usage")});
    if (!m_json) {
        err() << CliContextText::tr("Run \"vanthu-cli %1 --help\" for the options.").arg(m_command) << '\n';
        err().flush();
    }
    return ExitUsage;
}

} // namespace vanthu::cli
