#pragma once

#include "common/expected.h"
#include "pack/review.h"

#include <QIODevice>
#include <QString>

namespace seqohs {

// The assessor report: the recommendation, then per domain and standard the finding, grade,
// comments and required actions with due dates, and a table of every required action. Made
// from the assessor's Review alone, so it can be written without the pack at hand.
//
// Uses Qt Gui's text layout only (no charts), so it may run on any thread.
class AssessorReportRenderer
{
public:
    explicit AssessorReportRenderer(Review review);

    // The report as HTML (what the PDF is laid out from).
    QString html() const;

    // A4 PDF with page numbers.
    Status writePdf(QIODevice &device) const;
    // Writes atomically: a failure leaves an earlier file as it was.
    Status writePdf(const QString &path) const;

private:
    Review m_review;
};

} // namespace seqohs
