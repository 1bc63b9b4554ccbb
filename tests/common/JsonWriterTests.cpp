// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/JsonWriter.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vanthu;

TEST_CASE("JsonWriter writes compact JSON that Qt's parser reads back exactly", "[common][json]")
{
    JsonWriter json;
    json.beginObject();
    json.field(u"subject", QStringLiteral("Về việc \"Đề án\" \\ tab\t line\nend \x01"));
    json.field(u"number", qint64(-42));
    json.field(u"flag", true);
    json.nullableField(u"empty", QString());
    json.key(u"list");
    json.beginArray();
    json.value(qint64(1));
    json.beginObject();
    json.field(u"a", QStringLiteral("b"));
    json.endObject();
    json.nullValue();
    json.endArray();
    json.endObject();
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(json.bytes(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject object = parsed.object();
    CHECK(object.value(QStringLiteral("subject")).toString()
          == QStringLiteral("Về việc \"Đề án\" \\ tab\t line\nend \x01"));
    CHECK(object.value(QStringLiteral("number")).toInteger() == -42);
    CHECK(object.value(QStringLiteral("flag")).toBool());
    CHECK(object.value(QStringLiteral("empty")).isNull());
    CHECK(object.value(QStringLiteral("list")).toArray().size() == 3);
    CHECK(json.bytes().startsWith("{\"subject\":\"V"));
    CHECK_FALSE(json.bytes().contains('\n'));
}

TEST_CASE("JsonWriter encodes characters outside the BMP and replaces lone surrogates", "[common][json]")
{
    JsonWriter json;
    json.beginArray();
    json.value(QString::fromUcs4(U"\U0001F600 ế"));
    json.value(QString(QChar(0xD800)));
    json.endArray();
    CHECK(json.bytes() == QByteArray("[\"\xF0\x9F\x98\x80 \xE1\xBA\xBF\",\"\xEF\xBF\xBD\"]"));
}
