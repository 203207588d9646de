#pragma once

#include "common/expected.h"
#include "readinessreport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace seqohs {

// Writes a report as one Excel workbook (libxlsxwriter) with four sheets:
//   Summary     the cover facts, the summary-set notice and the figures per domain;
//   Assessment  every item under heading rows for its domain and standard, grouped with
//               Excel's outline so a reader can fold a domain away;
//   Evidence    the evidence index;
//   Actions     the action plan.
// The columns are those of ReportTable, the same as the CSV files; dates are real dates and
// shares real numbers shown as percentages, so they sort and filter as numbers. Text is always
// written as a string cell, with a single quote in front when a spreadsheet would take it for
// a formula (FormulaGuard), as in the CSV files.
class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::XlsxExport)

public:
    // Builds the workbook in a temporary file and copies it to device.
    static Status write(const ReadinessReport &report, QIODevice &device);
    // Writes the file atomically: a failure leaves any earlier file as it was.
    static Status write(const ReadinessReport &report, const QString &path);
};

} // namespace seqohs
