#pragma once

#include "scoring/readiness.h"
#include "scoring/snapshot.h"
#include "workspace/evidenceitem.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QSize>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace seqohs {

// The one place that turns scoring values into Qt Charts, for the report and the dashboard
// alike, so a move away from Qt Charts touches this file only. Every function returns a new
// chart that the caller owns (hand it to a QChartView, or delete it after renderChart).
// Charts use a calm palette, and where colour carries a status a label or marker shape
// carries it too, so the charts read in greyscale print.
class ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ChartFactory)

public:
    // The palette, shared with the report's tables.
    static QColor metColour();         // teal
    static QColor partialColour();     // amber
    static QColor notMetColour();      // red
    static QColor notAssessedColour(); // grey
    static QColor inkColour();         // slate, for text and axes
    static QColor gridColour();

    // Score per domain as horizontal bars (0-100%), each labelled with its figure; domains
    // without a score are labelled "n/a". Bars are coloured by ReadinessThresholds::band, the
    // figures of the verdict: teal from the nearly-ready score, amber from the fair score, red
    // below.
    static QChart *domainScores(const QList<NodeScore> &domains);

    // Score and evidence coverage per domain on a radar (QPolarChart), 0-100%.
    static QChart *domainRadar(const QList<NodeScore> &domains);

    // Overall score and coverage over time from snapshots (any order; sorted by date), with
    // the current figures as a last point when current is given.
    static QChart *readinessOverTime(const QList<Snapshot> &snapshots,
                                     const Snapshot *current = nullptr);

    // How many evidence items reach their review-by date in each of the `months` calendar
    // months starting with the month of `from`, as bars; the month of the planned visit, when
    // it falls in the range, is marked in the axis label.
    static QChart *evidenceExpiryByMonth(const QList<QDate> &reviewByDates, const QDate &from,
                                         int months, const QDate &plannedVisit = QDate());
    // The same from evidence items.
    static QChart *evidenceExpiryByMonth(const QList<EvidenceItem> &evidence, const QDate &from,
                                         int months, const QDate &plannedVisit = QDate());

    // Renders a chart offscreen through a QGraphicsScene into an image of logical size
    // `logical` at device pixel ratio dpr, so labels stay sharp in print. Does not take
    // ownership. Qt Charts are graphics widgets: call this on the GUI thread.
    static QImage renderChart(QChart *chart, QSize logical, qreal dpr = 2);
};

} // namespace seqohs
