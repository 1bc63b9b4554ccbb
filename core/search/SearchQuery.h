// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace vanthu::core
{

/**
 * A person's search text turned into FTS5 expressions over folded text. The text is folded like the index
 * (foldForSearch) and split into tokens where unicode61 splits; every token is quoted, so no FTS5 operator typed by
 * a person reaches the engine. Vietnamese words are several syllables ("đề án", "quyết định"), so the best answers
 * hold the syllables together: the phrase expression comes first, then all tokens anywhere.
 */
class SearchQuery final
{
public:
    explicit SearchQuery(const QString& text);

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] const QStringList& tokens() const;

    /** All tokens as one phrase, the last one as a prefix while the person is still typing it. */
    [[nodiscard]] QString phraseExpression() const;

    /** Every token somewhere in the document (quoted phrases stay phrases), the last one as a prefix. */
    [[nodiscard]] QString allTermsExpression() const;

    /** True when phrase and all-terms are the same expression (one token, or one quoted phrase). */
    [[nodiscard]] bool singleTier() const;

    /**
     * True when the text looks like a number/symbol ("05/QĐ-UBND", "QĐ-UBND", "123/VPUB"): one word joined by "/"
     * or "-". Such a search looks only at the number/symbol column, as one token.
     */
    [[nodiscard]] bool isDocumentCode() const;
    /** The expression for a number/symbol search: the compact code as a prefix in the code column. */
    [[nodiscard]] QString documentCodeExpression() const;

private:
    QStringList m_tokens; ///< folded tokens in order
    QStringList m_groups; ///< tokens grouped: quoted phrases stay together, other tokens alone
    bool m_lastIsPrefix = false;
    QString m_compactCode; ///< set when the text is a number/symbol
};

} // namespace vanthu::core
