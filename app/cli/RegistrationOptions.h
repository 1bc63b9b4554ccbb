// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "core/domain/RegistrationRequests.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace vanthu::cli
{

/** The options both registers share (`register incoming`, `register outgoing`, `issue`). */
struct CommonOptions
{
    CommonOptions();

    QCommandLineOption type;
    QCommandLineOption subject;
    QCommandLineOption urgency;
    QCommandLineOption secrecy;
    QCommandLineOption signerName;
    QCommandLineOption signerPosition;
    QCommandLineOption due;
    QCommandLineOption note;
    QCommandLineOption series;
    QCommandLineOption transfer;
    QCommandLineOption pdf;

    void addTo(QCommandLineParser& parser) const;
};

/** The columns of the outgoing register (`register outgoing`, `issue`). */
struct OutgoingOptions
{
    OutgoingOptions();

    CommonOptions common;
    QCommandLineOption unit;
    QCommandLineOption recipient;
    QCommandLineOption copies;
    QCommandLineOption copyHolder;
    QCommandLineOption legal;

    void addTo(QCommandLineParser& parser) const;
    /** The request the options describe, its --pdf files read. Errors: a bad level or date, a file not readable. */
    [[nodiscard]] Result<core::OutgoingRequest> request(const QCommandLineParser& parser) const;
};

/** Reads each file whole. Errors: NotFound, Io. */
[[nodiscard]] Result<QList<core::AttachmentInput>> readFiles(const QStringList& paths);
/** The date of @p option, null when it is not given. Errors: InvalidInput for text that is no date. */
[[nodiscard]] Result<QDate> optionalDate(const QCommandLineParser& parser, const QCommandLineOption& option);
/** A registration's receipt as --json prints it. */
[[nodiscard]] QJsonObject receiptJson(const core::RegistrationReceipt& receipt);

} // namespace vanthu::cli
