#include "csvreader.h"

#include <QCoreApplication>

namespace seqohs {

qsizetype firstInvalidUtf8Byte(QByteArrayView data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i; // truncated at the end of the data
        for (int k = 1; k <= extra; ++k) {
            const unsigned char next = bytes[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (next & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

TextPosition textPositionAt(QByteArrayView data, qsizetype offset)
{
    TextPosition pos;
    const qsizetype end = std::min(offset, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = data.at(i);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != '\r') {
            // Continuation bytes belong to the character before them.
            ++pos.column;
        }
    }
    return pos;
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

QString rowColumn(int row, int column)
{
    return tr("row %1, column %2").arg(row).arg(column);
}

} // namespace

Expected<QList<CsvReader::Row>> CsvReader::parse(const QByteArray &data, const QString &fileName)
{
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);

    const qsizetype bad = firstInvalidUtf8Byte(bytes);
    if (bad >= 0) {
        const TextPosition pos = textPositionAt(bytes, bad);
        return Error{tr("The file is not UTF-8 text"), fileName,
                     tr("line %1, column %2").arg(pos.line).arg(pos.column),
                     tr("Save the spreadsheet as \"CSV UTF-8\" (Excel) or as CSV with the "
                        "character set Unicode (UTF-8) (LibreOffice), then import it again.")};
    }
    const QString text = QString::fromUtf8(bytes);

    QList<Row> rows;
    ErrorList errors;
    QStringList fields;
    QString field;
    int row = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool afterClosingQuote = false;
    int quoteStartRow = 0;
    int quoteStartColumn = 0;
    bool rowFailed = false;

    const auto finishRow = [&] {
        fields << field;
        field.clear();
        bool allEmpty = true;
        for (const QString &f : std::as_const(fields)) {
            if (!f.isEmpty()) {
                allEmpty = false;
                break;
            }
        }
        if (!allEmpty && !rowFailed)
            rows << Row{row, fields};
        fields.clear();
        fieldWasQuoted = false;
        afterClosingQuote = false;
        rowFailed = false;
        ++row;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
            } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                // Keep line breaks inside a field as plain LF whatever the file used.
                field += QLatin1Char('\n');
                ++i;
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
            fieldWasQuoted = false;
            afterClosingQuote = false;
            continue;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            finishRow();
            continue;
        }
        if (afterClosingQuote) {
            if (!rowFailed) {
                errors << Error{tr("Text after the closing quote of a quoted field"), fileName,
                                rowColumn(row, int(fields.size()) + 1),
                                tr("Inside a quoted field write a quote as two quotes (\"\"), and "
                                   "put nothing between the closing quote and the next comma.")};
            }
            rowFailed = true;
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (field.isEmpty() && !fieldWasQuoted) {
                inQuotes = true;
                fieldWasQuoted = true;
                quoteStartRow = row;
                quoteStartColumn = int(fields.size()) + 1;
                continue;
            }
            if (!rowFailed) {
                errors << Error{tr("A quote inside a field that does not start with a quote"),
                                fileName, rowColumn(row, int(fields.size()) + 1),
                                tr("Put the whole field in quotes and double the quote inside it "
                                   "(\"a \"\"quoted\"\" word\"); spreadsheet programs do this when "
                                   "they save as CSV.")};
            }
            rowFailed = true;
            continue;
        }
        field += c;
    }
    if (inQuotes) {
        errors << Error{tr("A quoted field is never closed"), fileName,
                        rowColumn(quoteStartRow, quoteStartColumn),
                        tr("Add the missing closing quote; everything after the opening quote "
                           "was read as one field.")};
    } else if (!field.isEmpty() || !fields.isEmpty()) {
        finishRow();
    }
    if (!errors.isEmpty())
        return errors;
    return rows;
}

} // namespace seqohs
