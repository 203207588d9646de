#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace seqohs {

// The rows of one read, column by column, for the reads that go over every row of a large table
// each time a workspace is opened (evidence, links): the engine hands over its values without
// wrapping each in a QVariant. Columns count from 0; a NULL reads as 0 or an empty string.
class RowCursor
{
public:
    virtual ~RowCursor() = default;

    // Moves to the next row; false after the last, or on an error (error() then says it).
    virtual bool next() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0;
    // The same text, for a column whose values repeat (the criterion of each link, owners): an
    // engine may hand every equal value out as one shared QString, so that 100,000 links make a
    // few hundred strings and not 100,000.
    virtual QString repeatedText(int column) { return text(column); }
    // The error that ended the rows early, as the engine words it; empty when they all came.
    virtual QString error() const = 0;

    // ISO 8601 text as SqlValues writes it; NULL reads as an invalid date or time.
    QDate date(int column) const;
    QDateTime time(int column) const;
};

} // namespace seqohs
