#pragma once

#include "readinessreport.h"
#include "reportoptions.h"
#include "scoring/readiness.h"
#include "scoring/scoringinput.h"
#include <QCoreApplication>

namespace seqohs {

// Turns scoring results into what a readiness report says. Pure: no I/O and no clock unless
// options.generated is left invalid. Every figure comes from the Readiness given; the builder
// only selects, orders and labels.
class ReadinessReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ReadinessReportBuilder)

public:
    // readiness must be Scorer::score(input); the two are taken separately so that callers that
    // already scored (the dashboard, the CLI) do not score twice.
    static ReadinessReport build(const ScoringInput &input, const Readiness &readiness,
                                 const ReportOptions &options = {});

    // The sentence a summary set carries wherever it is shown.
    static QString summaryNotice(const QString &setTitle);
};

} // namespace seqohs
