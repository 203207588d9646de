#include "chartfactory.h"

#include "scoring/readinessthresholds.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
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
    // A cut label ("Feb\u2026") hides what it was for; the charts make room instead.
    axis->setTruncateLabels(false);
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

// "3 Output and Outcomes 72%": the title is shortened at a word, never mid-word and never with
// an ellipsis, so a bar's label stays narrow enough for a chart half a 1024-pixel window wide.
QString barLabel(const NodeScore &domain, const QString &share)
{
    constexpr qsizetype MaxTitle = 22;
    QString title = domain.title;
    if (!domain.code.isEmpty() && title.size() > MaxTitle) {
        const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString shortened;
        for (const QString &word : words) {
            const QString next = shortened.isEmpty() ? word : shortened + QLatin1Char(' ') + word;
            if (next.size() > MaxTitle)
                break;
            shortened = next;
        }
        // Trailing joining words read as a cut: "Quality Assurance and" becomes
        // "Quality Assurance".
        for (const QString &joiner : {QStringLiteral(" and"), QStringLiteral(" of"),
                                      QStringLiteral(" the"), QStringLiteral(" with")}) {
            if (shortened.endsWith(joiner))
                shortened.chop(joiner.size());
        }
        title = shortened.isEmpty() ? domain.code : shortened;
    }
    if (domain.code.isEmpty())
        return QStringLiteral("%1  %2").arg(title, share);
    return QStringLiteral("%1 %2  %3").arg(domain.code, title, share);
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
    using Band = ReadinessThresholds::Band;
    QBarSet *good = barSet(ReadinessThresholds::bandLabel(Band::Good), metColour());
    QBarSet *fair = barSet(ReadinessThresholds::bandLabel(Band::Fair), partialColour());
    QBarSet *poor = barSet(ReadinessThresholds::bandLabel(Band::Poor), notMetColour());
    QStringList categories;
    // Horizontal bars grow upwards: add in reverse so the first domain is at the top.
    for (qsizetype i = domains.size() - 1; i >= 0; --i) {
        const NodeScore &domain = domains.at(i);
        const std::optional<double> score = domain.figures.score();
        const double value = score ? *score * 100.0 : 0.0;
        const Band band = ReadinessThresholds::band(score);
        *good << (band == Band::Good ? value : 0.0);
        *fair << (band == Band::Fair ? value : 0.0);
        *poor << (band == Band::Poor ? value : 0.0);
        categories << barLabel(domain, shareText(score));
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

    // Each figure is a closed polygon through the domains that have one: it ends on the point
    // it started from. A domain without a figure is left out rather than drawn at the centre,
    // which would read as 0%.
    auto polygon = [&](auto figure) {
        QList<QPointF> points;
        if (n == 0)
            return points;
        const double step = 360.0 / double(n);
        for (qsizetype i = 0; i < n; ++i) {
            if (const std::optional<double> v = figure(domains.at(i).figures))
                points << QPointF(step * double(i), *v * 100.0);
        }
        if (points.size() > 1) {
            // The first domain sits at 0, which is also 360: closing there keeps the angles
            // rising, so the last edge is drawn like the others.
            const QPointF first = points.first();
            points << QPointF(first.x() == 0.0 ? 360.0 : first.x(), first.y());
        }
        return points;
    };
    const QList<QPointF> scorePoints = polygon([](const Figures &f) { return f.score(); });
    const QList<QPointF> coverage = polygon([](const Figures &f) { return f.coverage(); });

    // The fill, without an outline: a polar area is closed through the centre, and its outline
    // would draw that edge as a stray spoke. The outline is a line series of its own.
    auto *scoreFill = new QLineSeries;
    scoreFill->append(scorePoints);
    auto *area = new QAreaSeries(scoreFill);
    area->setName(tr("Score"));
    QColor fill = metColour();
    fill.setAlphaF(0.25);
    area->setBrush(fill);
    area->setPen(Qt::NoPen);
    scoreFill->setParent(area);
    chart->addSeries(area);
    auto *scoreLine = new QLineSeries;
    scoreLine->setName(tr("Score"));
    scoreLine->append(scorePoints);
    scoreLine->setPen(QPen(metColour(), 2));
    chart->addSeries(scoreLine);

    auto *coverageLine = new QLineSeries;
    coverageLine->setName(tr("Evidence coverage"));
    coverageLine->append(coverage);
    coverageLine->setPen(QPen(partialColour().darker(120), 2, Qt::DashLine));
    chart->addSeries(coverageLine);
    auto *coveragePoints = new QScatterSeries;
    coveragePoints->setName(tr("Evidence coverage"));
    // Every corner once: the closing point repeats the first.
    for (qsizetype i = 0; i < coverage.size() - (coverage.size() > 1 ? 1 : 0); ++i)
        *coveragePoints << coverage.at(i);
    coveragePoints->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    coveragePoints->setMarkerSize(7);
    coveragePoints->setColor(partialColour());
    coveragePoints->setBorderColor(partialColour().darker(130));
    chart->addSeries(coveragePoints);

    if (n > 0) {
        const double step = 360.0 / double(n);
        // Category labels on a value: the first domain sits at 0 = 360, so it comes last.
        for (qsizetype i = 1; i < n; ++i)
            angular->append(domainLabel(domains.at(i)), step * double(i));
        angular->append(domainLabel(domains.at(0)), 360.0);
    }
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(angular);
        s->attachAxis(radial);
    }
    // Each figure is one thing to a reader: one legend entry each, the outline's (in the
    // line's colour) and the markers'.
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(area), static_cast<QAbstractSeries *>(coverageLine)}) {
        const QList<QLegendMarker *> markers = chart->legend()->markers(s);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
    }
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

    // The time axis is a row of month bands, each named once in its middle: evenly spaced date
    // ticks fall twice in one month and repeat its name, and a label on the last tick runs off
    // the chart. A month either side keeps single points off the frame; long spans use bands of
    // two, three, six or more months, so that four labels fit under a chart half a page wide.
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    if (!first.isValid())
        first = last = QDate::currentDate();
    const QDate from = QDate(first.year(), first.month(), 1).addMonths(-1);
    const int span = (last.year() - from.year()) * 12 + last.month() - from.month() + 2;
    int every = 1;
    int bands = span;
    for (int step : {1, 2, 3, 6, 12, 24, 60}) {
        every = step;
        bands = (span + step - 1) / step;
        if (bands <= 4)
            break;
    }
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    auto msecs = [](const QDate &d) { return qreal(d.startOfDay(Qt::UTC).toMSecsSinceEpoch()); };
    axisX->setStartValue(msecs(from));
    for (int i = 0; i < bands; ++i) {
        const QDate band = from.addMonths(i * every);
        axisX->append(locale.toString(band, QStringLiteral("MMM yyyy")),
                      msecs(band.addMonths(every)));
    }
    axisX->setRange(msecs(from), msecs(from.addMonths(bands * every)));
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
    int visitIndex = -1;
    for (int i = 0; i < months; ++i) {
        const QDate month = start.addMonths(i);
        const bool before =
            !plannedVisit.isValid() || month <= QDate(plannedVisit.year(), plannedVisit.month(), 1);
        *beforeVisit << (before ? counts.at(i) : 0);
        *afterVisit << (before ? 0 : counts.at(i));
        highest = qMax(highest, counts.at(i));
        // Short labels fit twelve to a row; the axis title carries the years. The month of the
        // visit gets a marker of its own above its bar: added to the label it made the label too
        // wide, and the cut label lost it.
        categories << locale.toString(month, QStringLiteral("MMM"));
        if (plannedVisit.isValid() && month.year() == plannedVisit.year() &&
            month.month() == plannedVisit.month())
            visitIndex = i;
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
    // Short enough to be read whole under a chart half a 1024-pixel window wide.
    QString range =
        tr("%1 to %2")
            .arg(locale.toString(start, QStringLiteral("MMM yyyy")),
                 locale.toString(start.addMonths(months - 1), QStringLiteral("MMM yyyy")));
    if (plannedVisit.isValid())
        range += tr(" \u00b7 \u25B2 planned visit %1")
                     .arg(locale.toString(plannedVisit, QStringLiteral("d MMM yyyy")));
    axisX->setTitleText(range);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    // Whole numbers only: a tick every item up to 5, else five ticks on a rounded top, with
    // headroom for the visit's marker.
    int top = highest <= 5 ? qMax(1, highest) : ((highest + 4) / 5) * 5;
    if (visitIndex >= 0 && counts.at(visitIndex) >= top)
        top = top < 5 ? top + 1 : top + 5;
    if (visitIndex >= 0) {
        auto *visit = new QScatterSeries;
        visit->setName(tr("Planned visit"));

        visit->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        visit->setMarkerSize(13);
        visit->setColor(inkColour());
        visit->setBorderColor(inkColour());
        // Just above the month's bar, or above the axis when the month has none.
        *visit << QPointF(visitIndex, counts.at(visitIndex) + top * 0.08);
        chart->addSeries(visit);
        visit->attachAxis(axisX);
        for (QLegendMarker *m : chart->legend()->markers(visit))
            m->setShape(QLegend::MarkerShapeFromSeries);
    }
    axisY->setRange(0, top);
    axisY->setTickCount(top <= 5 ? top + 1 : 6);
    axisY->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axisY);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series())
        s->attachAxis(axisY);
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
