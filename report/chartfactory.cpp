#include "chartfactory.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPolarChart>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

// Thresholds for the bar colours: the verdict's "nearly ready" figure, and half of it.
constexpr double GoodShare = 0.8;
constexpr double FairShare = 0.5;

QFont chartFont(qreal pointSize, bool bold = false)
{
    QFont font;
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

// The look every chart shares: white, flat, quiet grid, slate text.
void applyStyle(QChart *chart, const QString &title)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setTitle(title);
    chart->setTitleFont(chartFont(11, true));
    chart->setTitleBrush(ChartFactory::inkColour());
    chart->legend()->setFont(chartFont(8.5));
    chart->legend()->setLabelColor(ChartFactory::inkColour());
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(chartFont(8.5));
    axis->setLabelsColor(ChartFactory::inkColour());
    axis->setLinePenColor(ChartFactory::gridColour());
    axis->setGridLineColor(ChartFactory::gridColour());
    axis->setTitleFont(chartFont(8.5));
    axis->setTitleBrush(ChartFactory::inkColour());
}

QValueAxis *percentAxis()
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%d%"));
    styleAxis(axis);
    return axis;
}

QBarSet *barSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour.darker(115));
    return set;
}

QString shareText(const std::optional<double> &share)
{
    return share ? QStringLiteral("%1%").arg(qRound(*share * 100.0)) : tr("n/a");
}

QString domainLabel(const NodeScore &domain)
{
    return domain.code.isEmpty() ? domain.title : domain.code;
}

} // namespace

QColor ChartFactory::metColour()
{
    return QColor(0x2f, 0x6f, 0x73);
}

QColor ChartFactory::partialColour()
{
    return QColor(0xe0, 0xa5, 0x26);
}

QColor ChartFactory::notMetColour()
{
    return QColor(0xc0, 0x39, 0x2b);
}

QColor ChartFactory::notAssessedColour()
{
    return QColor(0x8c, 0x96, 0xa0);
}

QColor ChartFactory::inkColour()
{
    return QColor(0x3c, 0x46, 0x50);
}

QColor ChartFactory::gridColour()
{
    return QColor(0xd5, 0xda, 0xdf);
}

QChart *ChartFactory::domainScores(const QList<NodeScore> &domains)
{
    auto *chart = new QChart;
    applyStyle(chart, tr("Score by domain"));

    // One bar per domain, put into the set of its band: stacking sets that are zero elsewhere
    // gives each bar its band's colour, and the legend names the bands in words.
    QBarSet *good = barSet(tr("80% or more"), metColour());
    QBarSet *fair = barSet(tr("50% to 79%"), partialColour());
    QBarSet *poor = barSet(tr("Below 50%"), notMetColour());
    QStringList categories;
    // Horizontal bars grow upwards: add in reverse so the first domain is at the top.
    for (qsizetype i = domains.size() - 1; i >= 0; --i) {
        const NodeScore &domain = domains.at(i);
        const std::optional<double> score = domain.figures.score();
        const double value = score ? *score * 100.0 : 0.0;
        *good << (score && *score >= GoodShare ? value : 0.0);
        *fair << (score && *score >= FairShare && *score < GoodShare ? value : 0.0);
        *poor << (score && *score < FairShare ? value : 0.0);
        QString title = domain.title;
        if (title.size() > 34)
            title = title.left(32) + QChar(0x2026);
        categories
            << QStringLiteral("%1  %2  %3").arg(domainLabel(domain), title, shareText(score));
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(good);
    series->append(fair);
    series->append(poor);
    series->setBarWidth(0.6);
    chart->addSeries(series);

    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    styleAxis(axisY);
    axisY->setGridLineVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = percentAxis();
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return chart;
}

QChart *ChartFactory::domainRadar(const QList<NodeScore> &domains)
{
    auto *chart = new QPolarChart;
    applyStyle(chart, tr("Domains at a glance"));
    const qsizetype n = domains.size();
    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    styleAxis(angular);
    auto *radial = percentAxis();
    // Few rings: the labels meet in the centre, where many would overlap.
    radial->setTickCount(3);
    radial->setLabelsFont(chartFont(7.5));

    auto *scoreLine = new QLineSeries;
    scoreLine->setName(tr("Score"));
    auto *coverageLine = new QLineSeries;
    coverageLine->setName(tr("Evidence coverage"));
    auto *coveragePoints = new QScatterSeries;
    coveragePoints->setName(tr("Evidence coverage"));
    if (n > 0) {
        const double step = 360.0 / double(n);
        for (qsizetype i = 0; i <= n; ++i) {
            const NodeScore &domain = domains.at(i % n);
            const double angle = i == n ? 360.0 : step * double(i);
            *scoreLine << QPointF(angle, domain.figures.score().value_or(0) * 100.0);
            const double coverage = domain.figures.coverage().value_or(0) * 100.0;
            *coverageLine << QPointF(angle, coverage);
            if (i < n)
                *coveragePoints << QPointF(angle, coverage);
        }
        // Category labels on a value: the first domain sits at 0 = 360, so it comes last.
        for (qsizetype i = 1; i < n; ++i)
            angular->append(domainLabel(domains.at(i)), step * double(i));
        angular->append(domainLabel(domains.at(0)), 360.0);
    }

    auto *area = new QAreaSeries(scoreLine);
    area->setName(tr("Score"));
    QColor fill = metColour();
    fill.setAlphaF(0.25);
    area->setBrush(fill);
    area->setPen(QPen(metColour(), 2));
    chart->addSeries(area);

    coverageLine->setPen(QPen(partialColour().darker(120), 2, Qt::DashLine));
    chart->addSeries(coverageLine);
    coveragePoints->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    coveragePoints->setMarkerSize(7);
    coveragePoints->setColor(partialColour());
    coveragePoints->setBorderColor(partialColour().darker(130));
    chart->addSeries(coveragePoints);

    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(angular);
        s->attachAxis(radial);
    }
    // The dashed line and its square markers are one thing to a reader: one legend entry.
    const QList<QLegendMarker *> lineMarkers = chart->legend()->markers(coverageLine);
    for (QLegendMarker *marker : lineMarkers)
        marker->setVisible(false);
    return chart;
}

QChart *ChartFactory::readinessOverTime(const QList<Snapshot> &snapshots, const Snapshot *current)
{
    auto *chart = new QChart;
    applyStyle(chart, tr("Readiness over time"));
    QList<Snapshot> points = snapshots;
    if (current)
        points << *current;
    std::stable_sort(points.begin(), points.end(),
                     [](const Snapshot &a, const Snapshot &b) { return a.asOf < b.asOf; });

    auto *score = new QLineSeries;
    score->setName(tr("Score"));
    score->setPen(QPen(metColour(), 2.5));
    score->setPointsVisible(true);
    auto *coverage = new QLineSeries;
    coverage->setName(tr("Evidence coverage"));
    coverage->setPen(QPen(partialColour().darker(120), 2, Qt::DashLine));
    coverage->setPointsVisible(true);
    QDate first;
    QDate last;
    for (const Snapshot &s : points) {
        if (!s.asOf.isValid())
            continue;
        const qreal x = qreal(s.asOf.startOfDay(Qt::UTC).toMSecsSinceEpoch());
        if (const auto v = s.overall.score())
            *score << QPointF(x, *v * 100.0);
        if (const auto v = s.overall.coverage())
            *coverage << QPointF(x, *v * 100.0);
        if (!first.isValid())
            first = s.asOf;
        last = s.asOf;
    }
    chart->addSeries(score);
    chart->addSeries(coverage);

    // The chart is half a page wide: short labels, few of them, so none is cut off.
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("MMM yy"));
    axisX->setTickCount(4);
    if (first.isValid()) {
        // A month either side keeps single points off the frame.
        axisX->setRange(first.addMonths(-1).startOfDay(Qt::UTC),
                        last.addMonths(1).startOfDay(Qt::UTC));
    }
    styleAxis(axisX);
    chart->addAxis(axisX, Qt::AlignBottom);
    QValueAxis *axisY = percentAxis();
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    return chart;
}

QChart *ChartFactory::evidenceExpiryByMonth(const QList<QDate> &reviewByDates, const QDate &from,
                                            int months, const QDate &plannedVisit)
{
    auto *chart = new QChart;
    applyStyle(chart, tr("Evidence reaching its review-by date, by month"));
    months = qMax(1, months);
    const QDate start(from.year(), from.month(), 1);
    QList<int> counts(months, 0);
    for (const QDate &d : reviewByDates) {
        if (!d.isValid() || d < start)
            continue;
        const int index = (d.year() - start.year()) * 12 + d.month() - start.month();
        if (index < months)
            ++counts[index];
    }
    // Months up to the visit in amber (it must be refreshed before the assessor comes), later
    // months in grey; the legend says which is which.
    QBarSet *beforeVisit =
        barSet(plannedVisit.isValid() ? tr("Up to the planned visit") : tr("Evidence items"),
               partialColour());
    QBarSet *afterVisit = barSet(tr("After the planned visit"), notAssessedColour());
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    QStringList categories;
    int highest = 0;
    for (int i = 0; i < months; ++i) {
        const QDate month = start.addMonths(i);
        const bool before =
            !plannedVisit.isValid() || month <= QDate(plannedVisit.year(), plannedVisit.month(), 1);
        *beforeVisit << (before ? counts.at(i) : 0);
        *afterVisit << (before ? 0 : counts.at(i));
        highest = qMax(highest, counts.at(i));
        // Short labels fit twelve to a row; the axis title carries the years, and a triangle
        // marks the month of the visit.
        QString label = locale.toString(month, QStringLiteral("MMM"));
        if (plannedVisit.isValid() && month.year() == plannedVisit.year() &&
            month.month() == plannedVisit.month())
            label += QStringLiteral(" \u25B2");
        categories << label;
    }
    auto *series = new QStackedBarSeries;
    series->append(beforeVisit);
    if (plannedVisit.isValid())
        series->append(afterVisit);
    else
        delete afterVisit;
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    styleAxis(axisX);
    axisX->setGridLineVisible(false);
    QString range =
        tr("%1 to %2")
            .arg(locale.toString(start, QStringLiteral("MMMM yyyy")),
                 locale.toString(start.addMonths(months - 1), QStringLiteral("MMMM yyyy")));
    if (plannedVisit.isValid())
        range += tr("  (\u25B2 the planned visit, %1)")
                     .arg(locale.toString(plannedVisit, QStringLiteral("d MMMM yyyy")));
    axisX->setTitleText(range);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    // Whole numbers only: a tick every item up to 5, else five ticks on a rounded top.
    const int top = highest <= 5 ? qMax(1, highest) : ((highest + 4) / 5) * 5;
    axisY->setRange(0, top);
    axisY->setTickCount(top <= 5 ? top + 1 : 6);
    axisY->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axisY);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

QChart *ChartFactory::evidenceExpiryByMonth(const QList<EvidenceItem> &evidence, const QDate &from,
                                            int months, const QDate &plannedVisit)
{
    QList<QDate> dates;
    dates.reserve(evidence.size());
    for (const EvidenceItem &e : evidence)
        dates << e.reviewBy;
    return evidenceExpiryByMonth(dates, from, months, plannedVisit);
}

QImage ChartFactory::renderChart(QChart *chart, QSize logical, qreal dpr)
{
    QImage image(logical * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    if (!chart)
        return image;
    QGraphicsScene scene;
    QGraphicsItem *previousParent = chart->parentItem();
    QGraphicsScene *previousScene = chart->scene();
    if (previousScene)
        previousScene->removeItem(chart);
    scene.addItem(chart);
    const QRectF rect(QPointF(0, 0), QSizeF(logical));
    chart->setGeometry(rect);
    if (chart->layout())
        chart->layout()->activate();
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, rect, rect);
    }
    // Give the chart back as it came, so the caller still owns it and may show it elsewhere.
    scene.removeItem(chart);
    if (previousScene) {
        previousScene->addItem(chart);
        chart->setParentItem(previousParent);
    }
    return image;
}

} // namespace seqohs
