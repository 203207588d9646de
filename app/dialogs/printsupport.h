#pragma once

#include "common/expected.h"
#include "reporting/readinessreport.h"

#include <QCoreApplication>

class QPrinter;
class QWidget;

// Printing the readiness report: the same pages as the PDF (A4, header, "Page N of M"),
// painted by ReportRenderer on a QPrinter.
class PrintSupport
{
    Q_DECLARE_TR_FUNCTIONS(PrintSupport)

public:
    // Prints on a printer that is already set up; for the print dialog and for tests.
    static seqohs::Status print(const seqohs::ReadinessReport &report, QPrinter &printer);

    // Shows the print dialog and prints. Returns false when the user cancelled or printing
    // failed; failures are shown to the user through Prompts::error.
    static bool printWithDialog(const seqohs::ReadinessReport &report, QWidget *parent);

    // Shows the print preview (modal), from which the user may print.
    static void preview(const seqohs::ReadinessReport &report, QWidget *parent);
};
