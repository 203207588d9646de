#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QString>

#include <memory>

namespace seqohs {

// JSON text written as it goes, indented as QJsonDocument::Indented indents. For output too
// large to build as a QJsonDocument first: the readiness of a 50,000-item workspace holds tens
// of thousands of checks, and building them as QJsonObjects cost more than reading the
// workspace. Keys are written in the order given; callers that replace a QJsonObject give them
// in its (sorted) order so that the text stays the same.
class JsonWriter
{
public:
    JsonWriter();
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1String name);

    void value(const QString &text);
    void value(QLatin1String text);
    void value(bool flag);
    void value(int number);
    void value(qint64 number);
    // Whole numbers are written without a fraction, as QJsonDocument writes them.
    void value(double number);
    void null();

    // The text so far; complete once every object and array begun has ended.
    QByteArray text() const;

private:
    struct Writer;
    std::unique_ptr<Writer> m_writer;
};

} // namespace seqohs
