// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registers/PdfTextRecognizer.h"

#include "common/TextFold.h"
#include "common/TextNormalize.h"
#include "core/domain/DocumentType.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace vanthu::core
{
namespace
{

// Lower case without diacritics, đ as d, one QChar for one QChar: a match in the folded text is a span of the original.
QString foldKeepingPositions(const QString& text)
{
    QString folded(text.size(), QLatin1Char(' '));
    for (qsizetype index = 0; index < text.size(); ++index) {
        folded[index] = foldCharacter(text.at(index));
    }
    return folded;
}

/** One line of the page, and the same line folded. Spans removed from it (the national motto) become spaces. */
struct Line
{
    QString text;
    QString folded;

    void blank(qsizetype from, qsizetype length)
    {
        text.replace(from, length, QString(length, QLatin1Char(' ')));
        folded.replace(from, length, QString(length, QLatin1Char(' ')));
    }
    [[nodiscard]] QString clean() const
    {
        return normalizedLine(text);
    }
    [[nodiscard]] bool isEmpty() const
    {
        return text.trimmed().isEmpty();
    }
};

const QRegularExpression& mottoPattern()
{
    // Quốc hiệu and tiêu ngữ (ô 1): in the right column, often merged into the agency's lines.
    static const QRegularExpression pattern(QStringLiteral(
        "c\\s*o\\s*n\\s*g\\s*h\\s*o\\s*a\\s*x\\s*a\\s*h\\s*o\\s*i\\s*c\\s*h\\s*u\\s*n\\s*g\\s*h\\s*i\\s*a"
        "\\s*v\\s*i\\s*e\\s*t\\s*n\\s*a\\s*m|d\\s*o\\s*c\\s*l\\s*a\\s*p\\s*-?\\s*t\\s*u\\s*d\\s*o\\s*-?"
        "\\s*h\\s*a\\s*n\\s*h\\s*p\\s*h\\s*u\\s*c"));
    return pattern;
}

QList<Line> linesOf(const QString& pageText)
{
    QList<Line> lines;
    const QString nfc = pageText.normalized(QString::NormalizationForm_C);
    static const QRegularExpression breaks(QStringLiteral("\r\n|[\r\n\f\u2028]"));
    for (const QString& raw : nfc.split(breaks)) {
        Line line{raw, foldKeepingPositions(raw)};
        auto matches = mottoPattern().globalMatch(line.folded);
        while (matches.hasNext()) {
            const auto match = matches.next();
            line.blank(match.capturedStart(), match.capturedLength());
        }
        lines.append(line);
    }
    return lines;
}

bool isSeparator(const Line& line)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\s\\-_=.…*~]+$"));
    return pattern.match(line.text).hasMatch();
}

int letterCount(const QString& text)
{
    return static_cast<int>(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); }));
}

/** A line in capitals (two letters at least), as ô 2 and ô 5a print them. */
bool isCapitals(const QString& text)
{
    return letterCount(text) >= 2 && std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLower(); });
}

QString lettersOnly(const QString& folded)
{
    QString letters;
    for (QChar c : folded) {
        if (c.isLetter()) {
            letters.append(c);
        }
    }
    return letters;
}

bool startsWithAny(const QString& foldedTrimmed, const QStringList& prefixes)
{
    return std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString& prefix) {
        return foldedTrimmed.startsWith(prefix)
               && (foldedTrimmed.size() == prefix.size() || !foldedTrimmed.at(prefix.size()).isLetter());
    });
}

/** Lines that open the body: nothing after them belongs to the header. */
bool opensBody(const Line& line)
{
    static const QStringList openings{QStringLiteral("can cu"), QStringLiteral("kinh gui"), QStringLiteral("thuc hien"),
                                      QStringLiteral("theo de nghi")};
    return startsWithAny(line.folded.simplified(), openings);
}

const QRegularExpression& datePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "n\\s*g\\s*a\\s*y\\s*(\\d{1,2})\\s*t\\s*h\\s*a\\s*n\\s*g\\s*(\\d{1,2})\\s*n\\s*a\\s*m\\s*(\\d{4})"));
    return pattern;
}

/** Where the place name before ", ngày" starts (up to four capitalised words), or -1 when there is none. */
qsizetype placeStart(const QString& text, qsizetype dateStart)
{
    qsizetype end = dateStart;
    while (end > 0 && text.at(end - 1).isSpace()) {
        --end;
    }
    if (end == 0 || text.at(end - 1) != QLatin1Char(',')) {
        return -1;
    }
    const QStringList words = text.left(end - 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype start = -1;
    qsizetype position = end - 1;
    for (int taken = 0; taken < 4 && taken < words.size(); ++taken) {
        const QString& word = words.at(words.size() - 1 - taken);
        if (!word.at(0).isUpper()) {
            break;
        }
        position = text.lastIndexOf(word, position - 1);
        start = position;
    }
    return start;
}

struct Header
{
    int codeLine = -1;
    int dateLine = -1;
    int titleLine = -1;
    int summaryLine = -1; ///< the "V/v" line of a công văn
};

void recogniseCode(const QList<Line>& lines, int end, RecognisedDocument& result, Header& header)
{
    static const QString symbol = QStringLiteral("([a-z0-9]+(?:\\s*[-/]\\s*[a-z0-9]+)*)");
    static const QRegularExpression labelled(QStringLiteral("(?:^|\\s)s\\s?o\\s*:\\s*(\\d{1,6})\\s*/\\s*") + symbol);
    static const QRegularExpression unlabelled(QStringLiteral("^\\s*s\\s?o\\s+(\\d{1,6})\\s*/\\s*") + symbol);
    for (const auto* pattern : {&labelled, &unlabelled}) {
        for (int index = 0; index < end; ++index) {
            const Line& line = lines.at(index);
            const auto match = pattern->match(line.folded);
            if (!match.hasMatch()) {
                continue;
            }
            QString printed = line.text.mid(match.capturedStart(1), match.capturedEnd(2) - match.capturedStart(1));
            printed.remove(QRegularExpression(QStringLiteral("\\s")));
            auto code = parseDocumentCode(printed);
            if (!code || code->notation.isEmpty()) {
                continue;
            }
            result.code = {*code,
                           pattern == &labelled ? RecognitionConfidence::Certain : RecognitionConfidence::Likely};
            header.codeLine = index;
            return;
        }
    }
}

void recogniseDate(const QList<Line>& lines, int end, RecognisedDocument& result, Header& header)
{
    for (int index = 0; index < end; ++index) {
        const Line& line = lines.at(index);
        const auto match = datePattern().match(line.folded);
        if (!match.hasMatch()) {
            continue;
        }
        const QDate date(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
        if (!date.isValid()) {
            continue;
        }
        const bool placed = placeStart(line.text, match.capturedStart()) >= 0;
        result.issuedDate = {date, placed ? RecognitionConfidence::Certain : RecognitionConfidence::Likely};
        header.dateLine = index;
        return;
    }
}

const QHash<QString, QString>& titleKeys()
{
    static const QHash<QString, QString> keys = [] {
        QHash<QString, QString> byLetters;
        for (const DocumentType& type : DocumentTypes::all()) {
            if (type.kind == DocumentKind::Administrative) {
                byLetters.insert(lettersOnly(foldKeepingPositions(type.name)), type.key);
            }
        }
        return byLetters;
    }();
    return keys;
}

int findTitle(const QList<Line>& lines, int from, int end, QString& key)
{
    for (int index = from; index < end; ++index) {
        const Line& line = lines.at(index);
        if (!isCapitals(line.text)) {
            continue;
        }
        const auto found = titleKeys().constFind(lettersOnly(line.folded));
        if (found != titleKeys().constEnd()) {
            key = found.value();
            return index;
        }
    }
    return -1;
}

int findSummaryLine(const QList<Line>& lines, int end)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*v\\s*/\\s*v\\b"));
    for (int index = 0; index < end; ++index) {
        if (pattern.match(lines.at(index).folded).hasMatch()) {
            return index;
        }
    }
    return -1;
}

/** The summary's text from @p first on: its line without a merged date, then continuation lines. */
QString summaryFrom(const QList<Line>& lines, int first)
{
    QStringList parts;
    for (int index = first; index < lines.size() && parts.size() < 4; ++index) {
        const Line& line = lines.at(index);
        if (index > first
            && (line.isEmpty() || isSeparator(line) || isCapitals(line.text) || opensBody(line)
                || datePattern().match(line.folded).hasMatch())) {
            break;
        }
        QString text = line.text;
        if (const auto date = datePattern().match(line.folded); date.hasMatch()) {
            const qsizetype place = placeStart(line.text, date.capturedStart());
            text = text.left(place >= 0 ? place : date.capturedStart());
        }
        parts.append(text);
    }
    return normalizedLine(parts.join(QLatin1Char(' ')));
}

void recogniseType(const QList<Line>& lines, RecognisedDocument& result, Header& header)
{
    const int end = static_cast<int>(std::min<qsizetype>(lines.size(), 60));
    QString titleKey;
    header.titleLine = findTitle(lines, 0, end, titleKey);
    QString symbolKey;
    if (result.code.found()) {
        const QString notation = result.code.value.notation;
        const QString first = notation.section(QLatin1Char('/'), -1).section(QLatin1Char('-'), 0, 0);
        if (auto type = DocumentTypes::resolve(first); type && (*type)->kind == DocumentKind::Administrative) {
            symbolKey = (*type)->key;
        }
    }
    if (!titleKey.isEmpty()) {
        const bool agrees = symbolKey.isEmpty() || symbolKey == titleKey;
        result.typeKey = {titleKey, agrees ? RecognitionConfidence::Certain : RecognitionConfidence::Likely};
    } else if (!symbolKey.isEmpty()) {
        result.typeKey = {symbolKey, RecognitionConfidence::Likely};
    }
    header.summaryLine = findSummaryLine(lines, end);
    if (header.titleLine >= 0 && header.titleLine + 1 < lines.size()) {
        int first = header.titleLine + 1;
        while (first < lines.size() && lines.at(first).isEmpty()) {
            ++first;
        }
        if (first < lines.size() && !isCapitals(lines.at(first).text) && !opensBody(lines.at(first))) {
            const QString summary = summaryFrom(lines, first);
            if (!summary.isEmpty()) {
                result.subject = {summary, RecognitionConfidence::Likely};
            }
        }
    } else if (header.summaryLine >= 0) {
        result.subject = {summaryFrom(lines, header.summaryLine), RecognitionConfidence::Likely};
        if (!result.typeKey.found()) {
            if (auto type = DocumentTypes::resolve(QStringLiteral("Công văn")); type) {
                result.typeKey = {(*type)->key, RecognitionConfidence::Likely};
            }
        }
    }
}

void recogniseAgency(const QList<Line>& lines, int end, RecognisedDocument& result)
{
    // Heads of agency names: a capitals line that starts with none of them continues the line above.
    static const QStringList heads{
        QStringLiteral("uy ban"),    QStringLiteral("ubnd"),         QStringLiteral("hdnd"),
        QStringLiteral("hoi dong"),  QStringLiteral("so"),           QStringLiteral("bo"),
        QStringLiteral("cuc"),       QStringLiteral("tong cuc"),     QStringLiteral("chi cuc"),
        QStringLiteral("vu"),        QStringLiteral("phong"),        QStringLiteral("ban"),
        QStringLiteral("van phong"), QStringLiteral("truong"),       QStringLiteral("trung tam"),
        QStringLiteral("cong ty"),   QStringLiteral("tong cong ty"), QStringLiteral("tap doan"),
        QStringLiteral("thanh tra"), QStringLiteral("kho bac"),      QStringLiteral("bao hiem"),
        QStringLiteral("toa an"),    QStringLiteral("vien"),         QStringLiteral("dai hoc"),
        QStringLiteral("benh vien"), QStringLiteral("cong an"),      QStringLiteral("chinh phu"),
        QStringLiteral("thu tuong"), QStringLiteral("quoc hoi"),     QStringLiteral("dai su quan"),
        QStringLiteral("lien doan"), QStringLiteral("hoi"),
    };
    struct Candidate
    {
        QString text;
        bool headed = false;
    };
    QList<Candidate> candidates;
    for (int index = 0; index < end; ++index) {
        const Line& line = lines.at(index);
        const QString text = line.clean();
        if (text.isEmpty() || isSeparator(line) || !isCapitals(text)) {
            continue;
        }
        const bool headed = startsWithAny(line.folded.simplified(), heads);
        if (!headed && !candidates.isEmpty()) {
            candidates.back().text += QLatin1Char(' ') + text;
        } else {
            candidates.append(Candidate{text, headed});
        }
    }
    if (candidates.isEmpty()) {
        return;
    }
    const Candidate& agency = candidates.back();
    result.organName = {agency.text, agency.headed ? RecognitionConfidence::Certain : RecognitionConfidence::Likely};
    if (candidates.size() >= 2) {
        result.parentOrganName = {candidates.at(candidates.size() - 2).text, RecognitionConfidence::Likely};
    }
}

int firstOf(std::initializer_list<int> indexes, int fallback)
{
    int first = fallback;
    for (int index : indexes) {
        if (index >= 0 && index < first) {
            first = index;
        }
    }
    return first;
}

} // namespace

RecognisedDocument recogniseDocumentText(const QString& pageText)
{
    RecognisedDocument result;
    const QList<Line> lines = linesOf(pageText);
    Header header;
    // The header ends where the body starts; without a marker, the first 25 lines are the header.
    int bodyStart = static_cast<int>(std::min<qsizetype>(lines.size(), 25));
    for (int index = 0; index < bodyStart; ++index) {
        if (opensBody(lines.at(index))) {
            bodyStart = index;
            break;
        }
    }
    QString unused;
    const int title = findTitle(lines, 0, bodyStart, unused);
    const int headerEnd = title >= 0 ? title : bodyStart;
    recogniseCode(lines, headerEnd, result, header);
    recogniseDate(lines, headerEnd, result, header);
    recogniseType(lines, result, header);
    recogniseAgency(lines, firstOf({header.codeLine, header.dateLine, header.titleLine, header.summaryLine}, headerEnd),
                    result);
    return result;
}

} // namespace vanthu::core
