#include "jsonsupport.h"

#include "common/csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace seqohs::json {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs::json", text);
}

QString lineColumn(QByteArrayView data, qsizetype offset)
{
    const TextPosition pos = textPositionAt(data, offset);
    return tr("line %1, column %2").arg(pos.line).arg(pos.column);
}

// The offset at which brackets first nest deeper than MaxDepth, or -1. Runs before the JSON
// parser so that a hostile file cannot make any later stage recurse deeply.
qsizetype tooDeepAt(QByteArrayView data)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > MaxDepth)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return -1;
}

QString fileTooBigMessage(qint64 size)
{
    return tr("The file is too large (%1 bytes); standards files are at most %2 MiB")
        .arg(size)
        .arg(MaxFileSize / (1024 * 1024));
}

QString fileTooBigHint()
{
    return tr("Check that this is the right file: a complete standards set is far smaller.");
}

} // namespace

Expected<QJsonObject> parseDocument(const QByteArray &data, const QString &fileName)
{
    if (data.size() > MaxFileSize)
        return Error{fileTooBigMessage(data.size()), fileName, QString(), fileTooBigHint()};
    if (data.trimmed().isEmpty()) {
        return Error{tr("The file is empty"), fileName, QString(),
                     tr("Check that this is the right file, and that it was saved completely.")};
    }
    if (data.startsWith("\xEF\xBB\xBF")) {
        return Error{tr("The file starts with a byte order mark (BOM)"), fileName,
                     tr("line 1, column 1"),
                     tr("JSON files must be UTF-8 without a BOM. Save it again as \"UTF-8\" "
                        "rather than \"UTF-8 with BOM\", or delete the first three bytes.")};
    }
    const qsizetype bad = firstInvalidUtf8Byte(data);
    if (bad >= 0) {
        return Error{tr("The file is not valid UTF-8 (byte 0x%1 at offset %2)")
                         .arg(QString::number(static_cast<unsigned char>(data.at(bad)), 16)
                                  .toUpper()
                                  .rightJustified(2, QLatin1Char('0')))
                         .arg(bad),
                     fileName, lineColumn(data, bad),
                     tr("Save the file as UTF-8; it may have been saved in a legacy encoding "
                        "such as Windows-1252.")};
    }
    // JSON allows no raw control characters: inside a string they must be escaped, and a raw
    // NUL would cut the text short wherever it is later handled as a C string.
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            return Error{
                tr("The file holds a raw control character (0x%1)")
                    .arg(QString::number(c, 16).toUpper().rightJustified(2, QLatin1Char('0'))),
                fileName, lineColumn(data, i),
                tr("Remove it, or write it as an escape such as \\u0000 if it is meant "
                   "to be there. The file may be damaged.")};
        }
    }
    const qsizetype deep = tooDeepAt(data);
    if (deep >= 0) {
        return Error{tr("The JSON nests deeper than %1 levels").arg(MaxDepth), fileName,
                     lineColumn(data, deep),
                     tr("A standards file needs fewer than ten levels; this is not a standards "
                        "file, or it is damaged.")};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{tr("JSON syntax error: %1").arg(parseError.errorString()), fileName,
                     lineColumn(data, parseError.offset),
                     tr("Look just before this place for a missing comma, quote or bracket.")};
    }
    if (!document.isObject()) {
        return Error{tr("The file holds a JSON array or value, not an object"), fileName,
                     QStringLiteral("$"),
                     tr("A standards or crosswalk file is one JSON object with a \"format\" "
                        "member.")};
    }
    return document.object();
}

Expected<QByteArray> readFileBytes(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{tr("The file does not exist"), path, QString(),
                     tr("Check the name and the folder.")};
    }
    if (info.isDir()) {
        return Error{tr("This is a folder, not a file"), path, QString(),
                     tr("Name a .json file inside it.")};
    }
    if (!info.isFile()) {
        return Error{tr("This is not a regular file (it is a pipe, a socket or a device)"), path,
                     QString(), tr("Name a .json file.")};
    }
    if (info.size() > MaxFileSize)
        return Error{fileTooBigMessage(info.size()), path, QString(), fileTooBigHint()};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("Cannot read the file: %1").arg(file.errorString()), path, QString(),
                     tr("Check that you may read it.")};
    }
    // Read at most one byte past the limit, in case the file grew since it was measured.
    QByteArray data = file.read(MaxFileSize + 1);
    if (data.size() > MaxFileSize)
        return Error{fileTooBigMessage(data.size()), path, QString(), fileTooBigHint()};
    return data;
}

QString member(const QString &path, const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(key).hasMatch())
        return path + QLatin1Char('.') + key;
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return path + QLatin1String("[\"") + escaped + QLatin1String("\"]");
}

QString index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

bool isIdentifier(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]*$"));
    return re.match(text).hasMatch();
}

bool isTag(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    return re.match(text).hasMatch();
}

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true/false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

} // namespace

void SchemaReader::error(const QString &path, const QString &message, const QString &hint)
{
    m_errors << Error{message, m_fileName, path, hint};
}

void SchemaReader::checkMembers(const QJsonObject &object, const QString &path,
                                const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (known.contains(key) || key.startsWith(QLatin1String("x-")))
            continue;
        error(member(path, key), tr("Unknown field \"%1\"").arg(key),
              tr("Check the spelling. The fields read here are: %1. Names starting with \"x-\" "
                 "are free for your own notes.")
                  .arg(known.join(QLatin1String(", "))));
    }
}

QString SchemaReader::string(const QJsonObject &object, const QString &path, const QString &key,
                             bool required)
{
    const QString at = member(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            error(at, tr("The required field \"%1\" is missing").arg(key));
        return QString();
    }
    if (!value.isString()) {
        error(at, tr("\"%1\" must be text, not %2").arg(key, typeName(value)),
              tr("Put the value in double quotes."));
        return QString();
    }
    QString text = value.toString();
    if (required && text.trimmed().isEmpty())
        error(at, tr("\"%1\" is empty").arg(key),
              tr("Every node needs an id, a code and a title."));
    return text;
}

QString SchemaReader::identifier(const QJsonObject &object, const QString &path, const QString &key)
{
    const qsizetype before = m_errors.size();
    QString text = string(object, path, key, true);
    if (m_errors.size() == before && !isIdentifier(text)) {
        error(member(path, key), tr("\"%1\" is not a valid id").arg(text),
              tr("Ids start with a letter or digit and use only letters, digits, '.', '_', ':' "
                 "and '-'; no spaces."));
    }
    return text;
}

QStringList SchemaReader::stringList(const QJsonObject &object, const QString &path,
                                     const QString &key)
{
    const QString at = member(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        error(at, tr("\"%1\" must be an array of text, not %2").arg(key, typeName(value)),
              tr("Write it as [\"first\", \"second\"]."));
        return {};
    }
    QStringList out;
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isString()) {
            error(index(at, i), tr("Expected text, not %1").arg(typeName(item)));
            continue;
        }
        if (item.toString().trimmed().isEmpty()) {
            error(index(at, i), tr("Empty text in \"%1\"").arg(key), tr("Remove the empty entry."));
            continue;
        }
        out << item.toString();
    }
    return out;
}

QJsonArray SchemaReader::array(const QJsonObject &object, const QString &path, const QString &key,
                               bool nonEmpty)
{
    const QString at = member(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        error(at, tr("The required field \"%1\" is missing").arg(key));
        return {};
    }
    if (!value.isArray()) {
        error(at, tr("\"%1\" must be an array, not %2").arg(key, typeName(value)));
        return {};
    }
    if (nonEmpty && value.toArray().isEmpty())
        error(at, tr("\"%1\" is empty").arg(key), tr("Add at least one entry."));
    return value.toArray();
}

std::optional<QJsonObject> SchemaReader::objectAt(const QJsonArray &array, const QString &path,
                                                  qsizetype i)
{
    const QJsonValue value = array.at(i);
    if (!value.isObject()) {
        error(index(path, i), tr("Expected an object, not %1").arg(typeName(value)));
        return std::nullopt;
    }
    return value.toObject();
}

int SchemaReader::integer(const QJsonObject &object, const QString &path, const QString &key,
                          int minimum, int maximum, int fallback)
{
    const QString at = member(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number) ||
        number < minimum || number > maximum) {
        error(at,
              tr("\"%1\" must be a whole number from %2 to %3").arg(key).arg(minimum).arg(maximum),
              value.isString() ? tr("Write the number without quotes.") : QString());
        return fallback;
    }
    return static_cast<int>(number);
}

// ---- Writer ----

void Writer::newItem()
{
    if (m_first.isEmpty())
        return;
    if (!m_first.last())
        m_out += ',';
    m_first.last() = false;
    m_out += '\n';
    m_out += QByteArray(m_first.size() * 2, ' ');
}

void Writer::writeString(const QString &text)
{
    m_out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                m_out += "\\u00";
                m_out +=
                    QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

void Writer::writeKey(const QString &key)
{
    newItem();
    writeString(key);
    m_out += ": ";
}

void Writer::beginObject()
{
    newItem();
    m_out += '{';
    m_first << true;
}

void Writer::beginObjectMember(const QString &key)
{
    writeKey(key);
    m_out += '{';
    m_first << true;
}

void Writer::endObject()
{
    const bool empty = m_first.takeLast();
    if (!empty) {
        m_out += '\n';
        m_out += QByteArray(m_first.size() * 2, ' ');
    }
    m_out += '}';
}

void Writer::beginArray(const QString &key)
{
    if (key.isEmpty())
        newItem();
    else
        writeKey(key);
    m_out += '[';
    m_first << true;
}

void Writer::endArray()
{
    const bool empty = m_first.takeLast();
    if (!empty) {
        m_out += '\n';
        m_out += QByteArray(m_first.size() * 2, ' ');
    }
    m_out += ']';
}

void Writer::value(const QString &key, const QString &text)
{
    writeKey(key);
    writeString(text);
}

void Writer::value(const QString &key, int number)
{
    writeKey(key);
    m_out += QByteArray::number(number);
}

void Writer::value(const QString &key, double number)
{
    writeKey(key);
    if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e15)
        m_out += QByteArray::number(static_cast<qint64>(number));
    else
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void Writer::value(const QString &key, const QStringList &strings, bool inlineList)
{
    if (!inlineList || strings.isEmpty()) {
        beginArray(key);
        for (const QString &s : strings)
            element(s);
        endArray();
        return;
    }
    writeKey(key);
    m_out += '[';
    for (qsizetype i = 0; i < strings.size(); ++i) {
        if (i > 0)
            m_out += ", ";
        writeString(strings.at(i));
    }
    m_out += ']';
}

void Writer::element(const QString &text)
{
    newItem();
    writeString(text);
}

QByteArray Writer::finish()
{
    m_out += '\n';
    return std::exchange(m_out, QByteArray());
}

} // namespace seqohs::json
