// SPDX-License-Identifier: GPL-3.0-or-later
// qpdfCheck, revisionEnds and checkRevisionChain: the incremental-update chain read from the raw bytes, with qpdf
// judging each revision as a file of its own.
#include "tests/support/oracles/SignatureOracles.h"
#include "tests/support/oracles/ToolRunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>

namespace vanthu::test
{

namespace
{

const QByteArray EofMarker("%%EOF");
const QByteArray StartXref("startxref");

bool isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

/** The non-negative integer after optional whitespace at @p pos, or -1. */
qint64 integerAt(const QByteArray& data, qint64 pos)
{
    while (pos < data.size() && isWhitespace(data.at(pos))) {
        ++pos;
    }
    qint64 value = -1;
    while (pos < data.size() && data.at(pos) >= '0' && data.at(pos) <= '9' && value < (qint64(1) << 50)) {
        value = (value < 0 ? 0 : value * 10) + (data.at(pos) - '0');
        ++pos;
    }
    return value;
}

/** The integer value of @p key (e.g. "/Prev") in the dictionary text @p dictionary, or -1 when absent. */
qint64 integerEntry(const QByteArray& dictionary, const char* key)
{
    const QByteArray name(key);
    qint64 pos = 0;
    while ((pos = dictionary.indexOf(name, pos)) >= 0) {
        pos += name.size();
        // "/Prev" must not be the start of a longer name.
        if (pos < dictionary.size() && !isWhitespace(dictionary.at(pos))) {
            continue;
        }
        return integerAt(dictionary, pos);
    }
    return -1;
}

bool startsObject(const QByteArray& data, qint64 pos)
{
    static const QRegularExpression object(QStringLiteral("^\\d+\\s+\\d+\\s+obj\\b"));
    return pos >= 0 && object.match(QString::fromLatin1(data.mid(pos, 32))).hasMatch();
}

/** The dictionary of the xref stream object at @p pos (up to its "stream" keyword), or empty if it is none. */
QByteArray xrefStreamDictionary(const QByteArray& data, qint64 pos, qint64 limit)
{
    if (!startsObject(data, pos)) {
        return {};
    }
    const qint64 stream = data.indexOf("stream", pos);
    if (stream < 0 || stream > limit) {
        return {};
    }
    const QByteArray dictionary = data.mid(pos, stream - pos);
    static const QRegularExpression xrefType(QStringLiteral("/Type\\s*/XRef\\b"));
    return xrefType.match(QString::fromLatin1(dictionary)).hasMatch() ? dictionary : QByteArray();
}

QString snippet(const QByteArray& data, qint64 pos)
{
    return QString::fromLatin1(data.mid(pos, 24)).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

QString qpdfCheck(const QString& path)
{
    const ToolRun run = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    const bool warned = run.standardOutput.contains("WARNING") || run.standardError.contains("WARNING");
    return run.succeeded() && !warned ? QString() : run.describe();
}

QList<qint64> revisionEnds(const QByteArray& pdf)
{
    QList<qint64> ends;
    qint64 previousEnd = 0;
    qint64 pos = 0;
    while ((pos = pdf.indexOf(EofMarker, pos)) >= 0) {
        qint64 end = pos + EofMarker.size();
        if (end < pdf.size() && pdf.at(end) == '\r') {
            ++end;
        }
        if (end < pdf.size() && pdf.at(end) == '\n') {
            ++end;
        }
        // The first-page section of a linearized file: its trailer's /Prev points at the main xref further on.
        const qint64 startxref = pdf.lastIndexOf(StartXref, pos);
        const qint64 trailer = pdf.lastIndexOf("trailer", startxref);
        const bool firstPageSection = startxref >= previousEnd && trailer >= previousEnd
                                      && integerEntry(pdf.mid(trailer, startxref - trailer), "/Prev") > pos;
        if (!firstPageSection) {
            ends.append(end);
            previousEnd = end;
        }
        pos = end;
    }
    return ends;
}

QString checkRevisionChain(const QByteArray& pdf)
{
    const QList<qint64> ends = revisionEnds(pdf);
    if (ends.isEmpty()) {
        return QStringLiteral("no %%EOF marker");
    }
    for (qint64 i = ends.last(); i < pdf.size(); ++i) {
        if (!isWhitespace(pdf.at(i))) {
            return QStringLiteral("%1 bytes after the last %%EOF (offset %2) are not whitespace: a revision without "
                                  "its %%EOF")
                .arg(pdf.size() - ends.last())
                .arg(ends.last());
        }
    }
    QTemporaryDir directory;
    if (!directory.isValid()) {
        return QStringLiteral("no temporary folder");
    }
    qint64 previousStartxref = -1;
    qint64 previousEnd = 0;
    for (qsizetype index = 0; index < ends.size(); ++index) {
        const qint64 end = ends.at(index);
        const QByteArray revision = pdf.left(end);
        const QString where =
            QStringLiteral("revision %1 of %2 (bytes 0..%3)").arg(index + 1).arg(ends.size()).arg(end);

        const qint64 eof = revision.lastIndexOf(EofMarker);
        const qint64 startxref = revision.lastIndexOf(StartXref, eof);
        if (startxref < previousEnd) {
            return where + QStringLiteral(": no startxref before its %%EOF");
        }
        const qint64 xref = integerAt(revision, startxref + StartXref.size());
        if (xref < 0 || xref >= startxref) {
            return where + QStringLiteral(": startxref %1 does not point before itself").arg(xref);
        }
        if (index > 0 && xref < previousEnd) {
            return where + QStringLiteral(": startxref %1 points into the previous revision").arg(xref);
        }
        QByteArray dictionary;
        if (revision.mid(xref, 4) == "xref") {
            const qint64 trailer = revision.indexOf("trailer", xref);
            if (trailer < 0 || trailer > startxref) {
                return where + QStringLiteral(": the xref table at %1 has no trailer").arg(xref);
            }
            dictionary = revision.mid(trailer, startxref - trailer);
        } else {
            dictionary = xrefStreamDictionary(revision, xref, startxref);
            if (dictionary.isEmpty()) {
                return where
                       + QStringLiteral(": startxref %1 points at neither 'xref' nor an xref stream but at '%2'")
                             .arg(xref)
                             .arg(snippet(revision, xref));
            }
        }
        const qint64 xrefStream = integerEntry(dictionary, "/XRefStm");
        if (xrefStream >= 0 && xrefStreamDictionary(revision, xrefStream, startxref).isEmpty()) {
            return where + QStringLiteral(": /XRefStm %1 does not point at an xref stream").arg(xrefStream);
        }
        const qint64 prev = integerEntry(dictionary, "/Prev");
        if (index > 0 && prev != previousStartxref) {
            return where
                   + (prev < 0 ? QStringLiteral(": no /Prev; the previous startxref is %1").arg(previousStartxref)
                               : QStringLiteral(": /Prev %1 differs from the previous startxref %2")
                                     .arg(prev)
                                     .arg(previousStartxref));
        }
        const QString path = directory.filePath(QStringLiteral("revision-%1.pdf").arg(index + 1));
        if (!writeBytes(path, revision)) {
            return where + QStringLiteral(": cannot write it to a temporary file");
        }
        const QString check = qpdfCheck(path);
        if (!check.isEmpty()) {
            return where + QStringLiteral(" is not a valid PDF on its own:\n") + check;
        }
        previousStartxref = xref;
        previousEnd = end;
    }
    return {};
}

} // namespace vanthu::test
