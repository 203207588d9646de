#pragma once

#include "readinessreport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace seqohs {

// One table of a report as rows of typed cells: the single definition of the columns that the
// CSV and XLSX exports share, so the two can never disagree.
struct ReportTable
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ReportTable)

public:
    enum class Kind {
        Text,     // QString
        LongText, // QString that wraps (narratives)
        Integer,  // qint64
        Number,   // double
        Percent,  // double, a share from 0 to 1; CSV writes it as a percentage number
        Date,     // QDate; ISO 8601 in CSV
        DateTime, // QDateTime (UTC); ISO 8601 in CSV
    };

    struct Column
    {
        QString name;
        Kind kind = Kind::Text;
        double width = 12; // in characters, for spreadsheets
    };

    // A row of cells, one per column; a null QVariant is an empty cell. Heading rows (domain and
    // standard) carry the hierarchy in spreadsheets; level is the outline level, 0 at the top.
    struct Row
    {
        QVariantList cells;
        int level = 0;
        bool heading = false;
    };

    QString name;
    QList<Column> columns;
    QList<Row> rows;

    // The assessment of every item in document order, each row naming its domain and standard.
    // With groupRows, a heading row precedes each domain and each standard, carrying its score.
    static ReportTable assessment(const ReadinessReport &report, bool groupRows);
    // The evidence index, one row per evidence item.
    static ReportTable evidence(const ReadinessReport &report);
    // The action plan in the report's order.
    static ReportTable actions(const ReadinessReport &report);
    // Figures per domain and overall.
    static ReportTable summary(const ReadinessReport &report);
    // The latest assessor's finding for each standard; no rows when no response is imported.
    static ReportTable findings(const ReadinessReport &report);
};

} // namespace seqohs
