#pragma once

#include "common/expected.h"
#include "readinessreport.h"
#include "reporttable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace seqohs {

// Writes the tables of a report as comma-separated values the way RFC 4180 describes them and
// Excel opens them without asking: UTF-8 with a byte order mark, CRLF line ends, every field
// that holds a comma, quote or line break in double quotes with quotes doubled. Dates are ISO
// 8601; shares are percentages rounded to one decimal place. Text that a spreadsheet would run
// as a formula gets a single quote in front (FormulaGuard). The columns are those of
// ReportTable (docs/reports.md lists them).
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::CsvWriter)

public:
    enum class Table { Assessment, Evidence, Actions };

    // The whole file, byte order mark included.
    static QByteArray toCsv(const ReadinessReport &report, Table table);
    static QByteArray toCsv(const ReportTable &table);

    // Writes to an open device; fails, saying so, when the device does not take every byte.
    static Status write(const ReadinessReport &report, Table table, QIODevice &device);
    // Writes the file atomically: a failure leaves any earlier file as it was.
    static Status write(const ReadinessReport &report, Table table, const QString &path);

    // One record, without the line end.
    static QByteArray encodeRecord(const QStringList &fields);
    // A cell as CSV text; text cells pass through FormulaGuard::neutralised.
    static QString cellText(const QVariant &cell, ReportTable::Kind kind);
};

} // namespace seqohs
