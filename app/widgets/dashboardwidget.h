#pragma once

#include "scoring/readiness.h"

#include <QDate>
#include <QList>
#include <QMetaObject>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QTimer;
class QListView;
class QListWidget;
class DueSoonModel;
class ReadinessCheckModel;
class WorkspaceDocument;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

// Where the service stands: the verdict and why, headline figures, and four charts. Every
// figure comes from the scoring core; the charts from ChartFactory (the only place that knows
// Qt Charts), shown here in chart views.
class DashboardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardWidget(QWidget *parent = nullptr);

    void setDocument(WorkspaceDocument *document);

    // The texts shown, for tests.
    QString verdictText();
    QStringList reasons();
    // The readiness checks as listed, one line each.
    QStringList checks();

    // The "due soon" list as shown, one line each (section headings included).
    QStringList dueSoon();
    // Progress by person as shown, one line each ("priya: 10 of 12 assessed, 5 done"); empty
    // while nobody is assigned anything.
    QStringList peopleProgress();

Q_SIGNALS:
    void itemActivated(const QString &itemId);
    void evidenceActivated(qint64 id);
    void actionActivated(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Charts are rebuilt only while the dashboard is on screen; a hidden one waits.
    void refreshWhenVisible();
    void refresh();
    // The two halves of refresh(): the figures and lists, then the charts.
    void refreshFigures();
    void refreshCharts();
    bool m_stale = true;
    bool m_chartsStale = true;
    QTimer *m_chartsTimer = nullptr;
    QWidget *tile(const QString &caption, QLabel **value, QLabel **detail);

    void fillChecks();
    void fillVisitPlan();
    void fillDueSoon();

    WorkspaceDocument *m_document = nullptr;
    QList<QMetaObject::Connection> m_documentConnections;
    QLabel *m_verdict = nullptr;
    QLabel *m_verdictIcon = nullptr;
    QLabel *m_asOf = nullptr;
    QLabel *m_people = nullptr;
    QListWidget *m_reasons = nullptr;
    QLabel *m_checksCaption = nullptr;
    QListView *m_checks = nullptr;
    ReadinessCheckModel *m_checkModel = nullptr;
    QLabel *m_planCaption = nullptr;
    QListWidget *m_plan = nullptr;
    QLabel *m_dueCaption = nullptr;
    QListView *m_due = nullptr;
    DueSoonModel *m_dueModel = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_scoreDetail = nullptr;
    QLabel *m_coverage = nullptr;
    QLabel *m_coverageDetail = nullptr;
    QLabel *m_must = nullptr;
    QLabel *m_mustDetail = nullptr;
    QLabel *m_currency = nullptr;
    QLabel *m_currencyDetail = nullptr;
    QLabel *m_summaryNote = nullptr;
    QLabel *m_response = nullptr;
    QLabel *m_calibration = nullptr;
    QLabel *m_signOffs = nullptr;
    void refreshSignOffs();
    void refreshPeople();
    QChartView *m_bars = nullptr;
    QChartView *m_radar = nullptr;
    QChartView *m_overTime = nullptr;
    QChartView *m_expiry = nullptr;
    // What the charts show: one whose figures did not change is kept rather than made again,
    // which (making a chart and laying it out) was most of showing the dashboard.
    struct ExpiryShown
    {
        QList<QDate> reviewBy;
        QDate from;
        QDate visit;
        bool operator==(const ExpiryShown &) const = default;
    };
    std::optional<QList<seqohs::NodeScore>> m_chartedDomains;
    std::optional<ExpiryShown> m_chartedExpiry;
};
