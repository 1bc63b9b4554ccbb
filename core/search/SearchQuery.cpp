// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/SearchQuery.h"

#include "common/TextFold.h"
#include "core/search/SearchIndexer.h"

#include <QRegularExpression>

namespace vanthu::core
{
namespace
{

// unicode61 keeps letters, numbers and private-use characters in tokens and splits on everything else.
bool isTokenCharacter(QChar ch)
{
    return ch.isLetterOrNumber() || ch.category() == QChar::Other_PrivateUse;
}

QStringList splitTokens(const QString& folded)
{
    QStringList tokens;
    QString current;
    for (const QChar ch : folded) {
        if (isTokenCharacter(ch)) {
            current.append(ch);
        } else if (!current.isEmpty()) {
            tokens.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        tokens.append(current);
    }
    return tokens;
}

QString quoted(const QString& tokens)
{
    // Tokens hold only letters and digits, so no quote can appear inside.
    return QLatin1Char('"') + tokens + QLatin1Char('"');
}

// The prefix index covers 2- and 3-character prefixes; a 1-character prefix would scan the whole vocabulary.
constexpr int MinimumPrefixLength = 2;

} // namespace

SearchQuery::SearchQuery(const QString& text)
{
    const QString folded = foldForSearch(text.normalized(QString::NormalizationForm_C));
    const QStringList segments = folded.split(QLatin1Char('"'));
    bool endsInPhrase = false;
    for (qsizetype index = 0; index < segments.size(); ++index) {
        const bool insideQuotes = index % 2 == 1;
        const QStringList tokens = splitTokens(segments.at(index));
        if (tokens.isEmpty()) {
            continue;
        }
        m_tokens.append(tokens);
        if (insideQuotes) {
            m_groups.append(tokens.join(QLatin1Char(' ')));
        } else {
            m_groups.append(tokens);
        }
        endsInPhrase = insideQuotes;
    }
    static const QRegularExpression codeShape(QStringLiteral("^[\\w.]+(([/-][\\w.]+)+[/-]?|[/-])$"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    if (codeShape.match(text.trimmed()).hasMatch()) {
        m_compactCode = compactCode(text);
    }
    // A word still being typed is a prefix; a closed quotation or a trailing space means the word is complete.
    m_lastIsPrefix = !m_tokens.isEmpty() && !endsInPhrase && !text.isEmpty() && !text.back().isSpace()
                     && m_tokens.back().size() >= MinimumPrefixLength;
}

bool SearchQuery::isEmpty() const
{
    return m_tokens.isEmpty();
}

const QStringList& SearchQuery::tokens() const
{
    return m_tokens;
}

QString SearchQuery::phraseExpression() const
{
    return quoted(m_tokens.join(QLatin1Char(' '))) + (m_lastIsPrefix ? QStringLiteral("*") : QString());
}

QString SearchQuery::allTermsExpression() const
{
    QStringList parts;
    for (qsizetype index = 0; index < m_groups.size(); ++index) {
        const bool last = index + 1 == m_groups.size();
        parts.append(quoted(m_groups.at(index)) + (last && m_lastIsPrefix ? QStringLiteral("*") : QString()));
    }
    return parts.join(QStringLiteral(" AND "));
}

bool SearchQuery::singleTier() const
{
    return m_groups.size() <= 1;
}

bool SearchQuery::isDocumentCode() const
{
    return !m_compactCode.isEmpty();
}

QString SearchQuery::documentCodeExpression() const
{
    return QStringLiteral("code:") + quoted(m_compactCode) + QLatin1Char('*');
}

} // namespace vanthu::core
