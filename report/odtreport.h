#pragma once

#include "common/expected.h"
#include "reporting/readinessreport.h"
#include "reportrenderer.h"

#include <QByteArray>
#include <QCoreApplication>

namespace seqohs {

// The readiness report as an OpenDocument text written for editing: real headings (outline
// levels, so LibreOffice's Navigator and a table of contents work), named paragraph styles,
// tables with column widths, shaded cells, header rows that repeat on every page and rows
// that are not split, a header and a "Page N of M" footer, the verdict on a coloured band,
// and the title, subject and language in meta.xml. Says what the PDF says, in the same order.
class OdtReport
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::OdtReport)

public:
    OdtReport(const ReadinessReport &report, const ReportRenderer::Charts &charts);

    // The .odt file's bytes.
    Expected<QByteArray> bytes() const;

    // The parts of the package, for tests and for bytes().
    QByteArray contentXml() const;
    QByteArray stylesXml() const;
    QByteArray metaXml() const;

private:
    const ReadinessReport &m_report;
    const ReportRenderer::Charts &m_charts;
};

} // namespace seqohs
