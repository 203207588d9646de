#include "common/jsonwriter.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

using namespace seqohs;

// JsonWriter replaced QJsonDocument for the readiness: the text must be what QJsonDocument
// writes for the same values, to the byte, whatever the strings and numbers hold.
TEST_CASE("JsonWriter writes what QJsonDocument writes, to the byte")
{
    const QString awkward = QStringLiteral("quote \" backslash \\ slash / tab \t newline \n "
                                           "bell \x07 é ‘curly’ ✔ 𝄞 end");
    const QJsonObject expected{
        {QStringLiteral("a"), awkward},
        {QStringLiteral("b"), QJsonArray{1, 2.5, 0.7386363636363636, -3.0, 1e-7, 123456789012.0}},
        {QStringLiteral("c"), QJsonObject{{QStringLiteral("flag"), true},
                                          {QStringLiteral("none"), QJsonValue::Null},
                                          {QStringLiteral("off"), false}}},
        {QStringLiteral("d"), QString()}};

    JsonWriter json;
    json.beginObject();
    json.key(QLatin1String("a"));
    json.value(awkward);
    json.key(QLatin1String("b"));
    json.beginArray();
    json.value(1);
    json.value(2.5);
    json.value(0.7386363636363636);
    json.value(-3.0);
    json.value(1e-7);
    json.value(123456789012.0);
    json.endArray();
    json.key(QLatin1String("c"));
    json.beginObject();
    json.key(QLatin1String("flag"));
    json.value(true);
    json.key(QLatin1String("none"));
    json.null();
    json.key(QLatin1String("off"));
    json.value(false);
    json.endObject();
    json.key(QLatin1String("d"));
    json.value(QString());
    json.endObject();

    const QByteArray text = json.text() + '\n';
    CHECK(text.toStdString() == QJsonDocument(expected).toJson().toStdString());
    QJsonParseError error;
    CHECK(QJsonDocument::fromJson(text, &error).object() == expected);
    CHECK(error.error == QJsonParseError::NoError);
}

TEST_CASE("JsonWriter writes a number JSON cannot hold as null, as QJsonDocument does")
{
    JsonWriter json;
    json.beginArray();
    json.value(std::numeric_limits<double>::quiet_NaN());
    json.value(std::numeric_limits<double>::infinity());
    json.value(qint64(9007199254740993));
    json.endArray();
    const QJsonArray read = QJsonDocument::fromJson(json.text()).array();
    REQUIRE(read.size() == 3);
    CHECK(read.at(0).isNull());
    CHECK(read.at(1).isNull());
    CHECK(json.text().contains("9007199254740993"));
}
