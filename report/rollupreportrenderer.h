#pragma once

#include "common/expected.h"
#include "rollup/rollup.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace seqohs {

// The roll-up across services as an A4 PDF for an organisation's board: a cover line naming
// the services, the date and the standards set each follows; a table by service (verdict,
// score, coverage, must criteria met); the score by domain for each set; the gaps two or more
// services share; the evidence expiring across them. Services that could not be read are
// named with the reason. Made from the RollUp alone.
//
// Uses Qt Gui's text layout only (no charts), so it may run on any thread.
class RollUpReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::RollUpReportRenderer)

public:
    explicit RollUpReportRenderer(RollUp rollUp);

    // The report as HTML (what the PDF is laid out from).
    QString html() const;

    Status writePdf(QIODevice &device) const;
    // Writes atomically: a failure leaves an earlier file as it was.
    Status writePdf(const QString &path) const;

private:
    RollUp m_rollUp;
};

} // namespace seqohs
