#include "printsupport.h"

#include "prompts.h"
#include "reportrenderer.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

using namespace seqohs;

namespace {

void prepare(QPrinter &printer, const ReadinessReport &report)
{
    // The report draws its own margins, header and footer: give it the whole sheet.
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setDocName(report.cover.title + QStringLiteral(" \u2013 ") + report.cover.serviceName);
}

} // namespace

Status PrintSupport::print(const ReadinessReport &report, QPrinter &printer)
{
    const ReportRenderer renderer(report);
    const Expected<int> pages = renderer.print(printer);
    if (!pages)
        return pages.errors();
    return success();
}

bool PrintSupport::printWithDialog(const ReadinessReport &report, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, report);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print the readiness report"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Status printed = print(report, printer);
    if (!printed) {
        Prompts::error(parent, tr("Printing failed"), printed.errorString());
        return false;
    }
    return true;
}

void PrintSupport::preview(const ReadinessReport &report, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, report);
    // Charts are rendered once here, on the GUI thread; the preview repaints often.
    const ReportRenderer renderer(report);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: readiness report"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&renderer, parent](QPrinter *target) {
                         const Expected<int> pages = renderer.print(*target);
                         if (!pages)
                             Prompts::error(parent, tr("Printing failed"), pages.errorString());
                     });
    dialog.exec();
}
