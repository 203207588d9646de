#include "jsonwriter.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <QLocale>

#include <cmath>

namespace seqohs {

struct JsonWriter::Writer
{
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> json{buffer};
};

JsonWriter::JsonWriter()
    : m_writer(std::make_unique<Writer>())
{
}

JsonWriter::~JsonWriter() = default;

void JsonWriter::beginObject()
{
    m_writer->json.StartObject();
}

void JsonWriter::endObject()
{
    m_writer->json.EndObject();
}

void JsonWriter::beginArray()
{
    m_writer->json.StartArray();
}

void JsonWriter::endArray()
{
    m_writer->json.EndArray();
}

void JsonWriter::key(QLatin1String name)
{
    m_writer->json.Key(name.data(), rapidjson::SizeType(name.size()));
}

void JsonWriter::value(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    m_writer->json.String(utf8.constData(), rapidjson::SizeType(utf8.size()));
}

void JsonWriter::value(QLatin1String text)
{
    value(QString(text));
}

void JsonWriter::value(bool flag)
{
    m_writer->json.Bool(flag);
}

void JsonWriter::value(int number)
{
    m_writer->json.Int(number);
}

void JsonWriter::value(qint64 number)
{
    m_writer->json.Int64(number);
}

void JsonWriter::value(double number)
{
    // 2^53: beyond it a double no longer holds every whole number.
    constexpr double exact = 9007199254740992.0;
    if (std::isfinite(number) && std::trunc(number) == number && std::abs(number) < exact)
        m_writer->json.Int64(qint64(number));
    else if (std::isfinite(number)) {
        // Qt's shortest form, so that the text reads as QJsonDocument wrote it to the digit.
        const QByteArray digits = QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
        m_writer->json.RawValue(digits.constData(), size_t(digits.size()), rapidjson::kNumberType);
    } else
        m_writer->json.Null(); // JSON has no infinity or NaN; QJsonDocument writes null too
}

void JsonWriter::null()
{
    m_writer->json.Null();
}

QByteArray JsonWriter::text() const
{
    return QByteArray(m_writer->buffer.GetString(), qsizetype(m_writer->buffer.GetSize()));
}

} // namespace seqohs
