#pragma once

#include "expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace seqohs {

// A 1-based line and column in a text, the column counted in characters (code points).
struct TextPosition
{
    int line = 1;
    int column = 1;

    bool operator==(const TextPosition &) const = default;
};

// The offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF count as malformed), or -1 when all is well.
// Shared by the readers of our text formats, which refuse to guess an encoding.
qsizetype firstInvalidUtf8Byte(QByteArrayView data);

// Where a byte offset of UTF-8 text falls, as line and column.
TextPosition textPositionAt(QByteArrayView data, qsizetype offset);

// Reads comma-separated values as RFC 4180 describes them and as Excel and LibreOffice save
// them: UTF-8 with or without a byte order mark, fields optionally in double quotes, doubled
// quotes inside quoted fields, commas and line breaks inside quoted fields, CRLF or LF line ends.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::CsvReader)

public:
    // One record of the file: its 1-based row number (the header is row 1, as a spreadsheet
    // numbers it; a quoted line break does not start a new row) and its fields.
    struct Row
    {
        int number = 0;
        QStringList fields;

        bool operator==(const Row &) const = default;
    };

    // Parses the whole text. Fails, naming fileName, on text that is not UTF-8 (with the line
    // and column of the first bad byte), and on a malformed quote: a quote inside an unquoted
    // field, text after a closing quote, or a quoted field that never ends (located at the row
    // and column where it starts). Rows in which every field is empty are left out.
    static Expected<QList<Row>> parse(const QByteArray &data, const QString &fileName);
};

} // namespace seqohs
