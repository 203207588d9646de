#include "csvwriter.h"

#include "common/formulaguard.h"
#include "common/savefile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace seqohs {

namespace {

QString number(double value)
{
    // Shortest form, no exponent and no trailing zeros: "0.5", "2", "66.7".
    QString text = QString::number(value, 'f', 6);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

ReportTable tableOf(const ReadinessReport &report, CsvWriter::Table table)
{
    switch (table) {
    case CsvWriter::Table::Assessment:
        return ReportTable::assessment(report, false);
    case CsvWriter::Table::Evidence:
        return ReportTable::evidence(report);
    case CsvWriter::Table::Actions:
        return ReportTable::actions(report);
    }
    return {};
}

} // namespace

QByteArray CsvWriter::encodeRecord(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        const QString &field = fields.at(i);
        const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                           field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                           field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
        if (quote) {
            QString escaped = field;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            line += '"' + escaped.toUtf8() + '"';
        } else {
            line += field.toUtf8();
        }
    }
    return line;
}

QString CsvWriter::cellText(const QVariant &cell, ReportTable::Kind kind)
{
    if (!cell.isValid() || cell.isNull())
        return QString();
    switch (kind) {
    case ReportTable::Kind::Percent:
        return number(qRound(cell.toDouble() * 1000.0) / 10.0);
    case ReportTable::Kind::Number:
        return number(cell.toDouble());
    case ReportTable::Kind::Integer:
        return QString::number(cell.toLongLong());
    case ReportTable::Kind::Date:
        return cell.toDate().toString(Qt::ISODate);
    case ReportTable::Kind::DateTime:
        return cell.toDateTime().toUTC().toString(Qt::ISODate);
    case ReportTable::Kind::Text:
    case ReportTable::Kind::LongText:
        break;
    }
    return FormulaGuard::neutralised(cell.toString());
}

QByteArray CsvWriter::toCsv(const ReportTable &table)
{
    QByteArray out("\xEF\xBB\xBF");
    QStringList header;
    for (const ReportTable::Column &column : table.columns) {
        header << (column.kind == ReportTable::Kind::Percent ? column.name + QStringLiteral(" (%)")
                                                             : column.name);
    }
    out += encodeRecord(header) + "\r\n";
    for (const ReportTable::Row &row : table.rows) {
        QStringList fields;
        fields.reserve(table.columns.size());
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            fields << cellText(row.cells.value(c), table.columns.at(c).kind);
        out += encodeRecord(fields) + "\r\n";
    }
    return out;
}

QByteArray CsvWriter::toCsv(const ReadinessReport &report, Table table)
{
    return toCsv(tableOf(report, table));
}

Status CsvWriter::write(const ReadinessReport &report, Table table, QIODevice &device)
{
    const QByteArray bytes = toCsv(report, table);
    if (device.write(bytes) != bytes.size()) {
        return Error{tr("Writing the CSV file failed: %1").arg(device.errorString()), QString(),
                     QString(),
                     tr("Free some disk space or choose another place, then try again.")};
    }
    return success();
}

Status CsvWriter::write(const ReadinessReport &report, Table table, const QString &path)
{
    return saveFileAtomically(path,
                              [&](QIODevice &device) { return write(report, table, device); });
}

} // namespace seqohs
