// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DocumentCode.h"
#include "core/domain/DocumentType.h"
#include "core/domain/FieldLimits.h"
#include "core/domain/Urgency.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace vanthu;
using namespace vanthu::core;

TEST_CASE("the catalogue has the 29 types of Decree 30 plus three copy forms", "[domain][types]")
{
    int administrative = 0;
    int withoutAbbreviation = 0;
    QSet<QString> keys;
    for (const DocumentType& type : DocumentTypes::all()) {
        keys.insert(type.key);
        if (type.kind == DocumentKind::Administrative) {
            ++administrative;
            if (type.abbreviation.isEmpty()) {
                ++withoutAbbreviation;
            }
        }
    }
    CHECK(administrative == 29);
    CHECK(withoutAbbreviation == 2); // Công văn and Thư công
    CHECK(keys.size() == DocumentTypes::all().size());
    CHECK(DocumentTypes::byKey(QStringLiteral("cong-van"))->abbreviation.isEmpty());
    CHECK(DocumentTypes::byKey(QStringLiteral("thu-cong"))->abbreviation.isEmpty());
    // Mixed case is official and must survive.
    CHECK(DocumentTypes::byKey(QStringLiteral("quy-dinh"))->abbreviation == QStringLiteral("QyĐ"));
    CHECK(DocumentTypes::byKey(QStringLiteral("chuong-trinh"))->abbreviation == QStringLiteral("CTr"));
    CHECK(DocumentTypes::byKey(QStringLiteral("to-trinh"))->abbreviation == QStringLiteral("TTr"));
    CHECK(DocumentTypes::byKey(QStringLiteral("ban-trich-sao"))->abbreviation == QStringLiteral("TrS"));
}

TEST_CASE("resolve finds types by key, abbreviation and name, with or without diacritics", "[domain][types]")
{
    CHECK((*DocumentTypes::resolve(QStringLiteral("QĐ")))->key == QStringLiteral("quyet-dinh"));
    CHECK((*DocumentTypes::resolve(QStringLiteral("QD")))->key == QStringLiteral("quyet-dinh"));
    CHECK((*DocumentTypes::resolve(QStringLiteral("quyet dinh")))->key == QStringLiteral("quyet-dinh"));
    CHECK((*DocumentTypes::resolve(QStringLiteral("Công văn")))->key == QStringLiteral("cong-van"));
    CHECK((*DocumentTypes::resolve(QStringLiteral("HD")))->key == QStringLiteral("huong-dan"));
    CHECK((*DocumentTypes::resolve(QStringLiteral("HĐ")))->key == QStringLiteral("hop-dong"));
    CHECK((*DocumentTypes::resolve(QStringLiteral("ĐA")))->key == QStringLiteral("de-an"));
    CHECK((*DocumentTypes::resolve(QStringLiteral("DA")))->key == QStringLiteral("du-an"));
}

TEST_CASE("resolve refuses unofficial and ambiguous abbreviations with a clear message", "[domain][types]")
{
    auto unofficial = DocumentTypes::resolve(QStringLiteral("CV"));
    REQUIRE_FALSE(unofficial.has_value());
    CHECK(unofficial.error().code == ErrorCode::InvalidInput);
    auto ambiguous = DocumentTypes::resolve(QStringLiteral("hd"));
    REQUIRE_FALSE(ambiguous.has_value());
    CHECK(ambiguous.error().message.contains(QStringLiteral("HĐ")));
    CHECK(ambiguous.error().message.contains(QStringLiteral("HD")));
}

TEST_CASE("serial numbers get one leading zero below 10", "[domain][code]")
{
    CHECK(formatSerialNumber(1) == QStringLiteral("01"));
    CHECK(formatSerialNumber(5) == QStringLiteral("05"));
    CHECK(formatSerialNumber(10) == QStringLiteral("10"));
    CHECK(formatSerialNumber(125) == QStringLiteral("125"));
}

TEST_CASE("number and symbol are formatted as Decree 30 prints them", "[domain][code]")
{
    const DocumentType& decision = *DocumentTypes::byKey(QStringLiteral("quyet-dinh"));
    const DocumentType& letter = *DocumentTypes::byKey(QStringLiteral("cong-van"));
    CHECK(*buildNotation(decision, QStringLiteral("UBND"), QString()) == QStringLiteral("QĐ-UBND"));
    CHECK(*buildNotation(letter, QStringLiteral("UBND"), QStringLiteral("VP")) == QStringLiteral("UBND-VP"));
    CHECK(DocumentCode{QStringLiteral("05"), QStringLiteral("QĐ-UBND")}.printed() == QStringLiteral("Số: 05/QĐ-UBND"));
    auto missingUnit = buildNotation(letter, QStringLiteral("UBND"), QString());
    REQUIRE_FALSE(missingUnit.has_value());
    CHECK(missingUnit.error().message.contains(QStringLiteral("Công văn")));
}

TEST_CASE("parseDocumentCode splits at the first slash and tidies spaces", "[domain][code]")
{
    auto plain = parseDocumentCode(QStringLiteral("Số: 05 / QĐ - UBND"));
    REQUIRE(plain.has_value());
    CHECK(plain->number == QStringLiteral("05"));
    CHECK(plain->notation == QStringLiteral("QĐ-UBND"));
    auto decree = parseDocumentCode(QStringLiteral("123/2020/NĐ-CP"));
    REQUIRE(decree.has_value());
    CHECK(decree->number == QStringLiteral("123"));
    CHECK(decree->notation == QStringLiteral("2020/NĐ-CP"));
    auto tooLong = parseDocumentCode(QStringLiteral("1/") + QString(31, QLatin1Char('A')));
    REQUIRE_FALSE(tooLong.has_value());
    CHECK(tooLong.error().message.contains(QStringLiteral("30")));
}

TEST_CASE("the date line pads days and the months January and February", "[domain][code]")
{
    CHECK(formatPlaceDateLine(QStringLiteral("Hà Nội"), QDate(2020, 3, 5))
          == QStringLiteral("Hà Nội, ngày 05 tháng 3 năm 2020"));
    CHECK(formatPlaceDateLine(QStringLiteral("Hà Nội"), QDate(2026, 1, 9))
          == QStringLiteral("Hà Nội, ngày 09 tháng 01 năm 2026"));
    CHECK(formatPlaceDateLine(QStringLiteral("Hà Nội"), QDate(2026, 2, 28))
          == QStringLiteral("Hà Nội, ngày 28 tháng 02 năm 2026"));
    CHECK(formatPlaceDateLine(QStringLiteral("Hà Nội"), QDate(2026, 12, 31))
          == QStringLiteral("Hà Nội, ngày 31 tháng 12 năm 2026"));
}

TEST_CASE("field limits count code points and name the field", "[domain][limits]")
{
    CHECK(checkField(Field::Subject, QString(500, QChar(0x1EC7))).has_value()); // 500 × "ệ"
    auto tooLong = checkField(Field::Subject, QString(501, QChar(0x1EC7)));
    REQUIRE_FALSE(tooLong.has_value());
    CHECK(tooLong.error().code == ErrorCode::InvalidInput);
    CHECK(tooLong.error().message.contains(QStringLiteral("501")));
    CHECK(tooLong.error().message.contains(QStringLiteral("500")));
    CHECK(checkField(Field::CodeNumber, QString(11, QLatin1Char('1'))).has_value());
    CHECK_FALSE(checkField(Field::CodeNumber, QString(12, QLatin1Char('1'))).has_value());
    CHECK_FALSE(checkField(Field::OrganName, QString(), true).has_value());
    CHECK(checkField(Field::SignerName, QString(50, QLatin1Char('x'))).has_value());
    CHECK_FALSE(checkField(Field::SignerName, QString(51, QLatin1Char('x'))).has_value());
}

TEST_CASE("urgency and secrecy parse from keys, codes and Vietnamese names", "[domain][levels]")
{
    CHECK(*parseUrgency(QStringLiteral("thượng khẩn")) == Urgency::VeryUrgent);
    CHECK(*parseUrgency(QStringLiteral("thuong-khan")) == Urgency::VeryUrgent);
    CHECK(*parseUrgency(QStringLiteral("HỎA TỐC")) == Urgency::Flash);
    CHECK(*parseUrgency(QStringLiteral("1")) == Urgency::Urgent);
    CHECK(*parseSecrecy(QStringLiteral("toi mat")) == Secrecy::Secret);
    CHECK(*parseSecrecy(QStringLiteral("Tuyệt mật")) == Secrecy::TopSecret);
    CHECK_FALSE(parseUrgency(QStringLiteral("urgent-ish")).has_value());
    CHECK(urgencyName(Urgency::Flash) == QStringLiteral("Hỏa tốc"));
    CHECK(static_cast<int>(Urgency::Flash) == 3); // edXML Priority code
}
