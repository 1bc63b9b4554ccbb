// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DocumentCode.h"

#include "common/TextNormalize.h"
#include "core/domain/FieldLimits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vanthu::core
{
namespace
{

struct DocumentCodeText
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCodeText)
};

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString DocumentCode::display() const
{
    if (number.isEmpty()) {
        return notation;
    }
    if (notation.isEmpty()) {
        return number;
    }
    return number + QLatin1Char('/') + notation;
}

QString DocumentCode::printed() const
{
    return QStringLiteral("Số: ") + display();
}

bool DocumentCode::isEmpty() const
{
    return number.isEmpty() && notation.isEmpty();
}

QString formatSerialNumber(int number)
{
    return number < 10 ? twoDigits(number) : QString::number(number);
}

Result<DocumentCode> parseDocumentCode(const QString& text)
{
    static const QRegularExpression printedPrefix(QStringLiteral("^s[oố]\\s*:?\\s*"),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spaceAroundSeparator(QStringLiteral("\\s*([/-])\\s*"));
    QString cleaned = normalizedLine(text);
    cleaned.remove(printedPrefix);
    cleaned.replace(spaceAroundSeparator, QStringLiteral("\\1"));
    DocumentCode code;
    const qsizetype slash = cleaned.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        code.number = cleaned;
    } else {
        code.number = cleaned.left(slash);
        code.notation = cleaned.mid(slash + 1);
    }
    if (auto checked = checkField(Field::CodeNumber, code.number); !checked) {
        return checked.error();
    }
    if (auto checked = checkField(Field::CodeNotation, code.notation); !checked) {
        return checked.error();
    }
    return code;
}

Result<QString> buildNotation(const DocumentType& type, const QString& issuerAbbreviation,
                              const QString& draftingUnitAbbreviation)
{
    const QString issuer = normalizedLine(issuerAbbreviation);
    const QString unit = normalizedLine(draftingUnitAbbreviation);
    if (issuer.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     DocumentCodeText::tr("The agency abbreviation is not configured, so no symbol can be formed."),
                     QStringLiteral("empty issuer abbreviation")};
    }
    QString notation;
    if (type.usesUnitNotation()) {
        if (unit.isEmpty()) {
            return Error{
                ErrorCode::InvalidInput,
                DocumentCodeText::tr("A %1 needs the abbreviation of the drafting unit (for example VP) to form its "
                                     "symbol.")
                    .arg(type.name),
                QStringLiteral("missing drafting unit")};
        }
        notation = issuer + QLatin1Char('-') + unit;
    } else {
        notation = type.abbreviation + QLatin1Char('-') + issuer;
    }
    if (auto checked = checkField(Field::CodeNotation, notation); !checked) {
        return checked.error();
    }
    return notation;
}

QString formatPlaceDateLine(const QString& place, const QDate& date)
{
    // Phụ lục I II.4: days below 10 and the months 1 and 2 take a leading zero; other months do not.
    const int month = date.month();
    const QString monthText = month <= 2 ? twoDigits(month) : QString::number(month);
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4").arg(place, twoDigits(date.day()), monthText).arg(date.year());
}

} // namespace vanthu::core
