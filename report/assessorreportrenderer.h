#pragma once

#include "common/expected.h"
#include "pack/review.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace seqohs {

// The assessor report: the recommendation, then per domain and standard the finding, grade,
// comments and required actions with due dates, and a table of every required action. Made
// from the assessor's Review alone, so it can be written without the pack at hand.
//
// Uses Qt Gui's text layout only (no charts), so it may run on any thread.
class Workspace;

class AssessorReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::AssessorReportRenderer)

public:
    // What the service said about one criterion, from the pack's workspace snapshot.
    struct Criterion
    {
        QString code;
        QString title;
        QString result;       // the service's own result, in words
        QStringList evidence; // titles of the evidence offered for it
    };

    explicit AssessorReportRenderer(Review review);

    // The criteria behind each finding, by item id; without them a finding names its criteria
    // by id only.
    void setCriteria(QHash<QString, Criterion> criteria) { m_criteria = std::move(criteria); }
    // The criteria of a pack's workspace snapshot, for setCriteria().
    static Expected<QHash<QString, Criterion>> criteriaOf(const Workspace &snapshot);

    // A draft while any standard has no finding or the recommendation is not set.
    bool isDraft() const;

    // The report as HTML (what the PDF is laid out from).
    QString html() const;

    // A4 PDF: a running header (marked DRAFT while it is one), "Page N of M", a sign-off block.
    Status writePdf(QIODevice &device) const;
    // Writes atomically: a failure leaves an earlier file as it was.
    Status writePdf(const QString &path) const;

private:
    Review m_review;
    QHash<QString, Criterion> m_criteria;
};

} // namespace seqohs
