#include "dashboardwidget.h"

#include "chartfactory.h"
#include "models/workspacedocument.h"
#include "pack/responseimport.h"
#include "scoring/scorer.h"
#include "scoring/snapshot.h"
#include "statusicons.h"
#include "workspace/workspace.h"

#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace seqohs;

namespace {
QChartView *chartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->setFrameShape(QFrame::StyledPanel);
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart); // the view takes ownership of the new chart...
    delete old;            // ...but not of the one it had
}
} // namespace

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboard"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(14);

    auto *banner = new QFrame(content);
    banner->setObjectName(QStringLiteral("verdictBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    auto *bannerLayout = new QHBoxLayout(banner);
    bannerLayout->setContentsMargins(16, 12, 16, 12);
    m_verdictIcon = new QLabel(banner);
    m_verdict = new QLabel(banner);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_verdict->setFont(big);
    m_asOf = new QLabel(banner);
    m_asOf->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *verdictText = new QVBoxLayout;
    verdictText->addWidget(m_verdict);
    verdictText->addWidget(m_asOf);
    bannerLayout->addWidget(m_verdictIcon);
    bannerLayout->addLayout(verdictText, 1);
    layout->addWidget(banner);

    m_summaryNote = new QLabel(content);
    m_summaryNote->setWordWrap(true);
    m_summaryNote->setStyleSheet(QStringLiteral("color: #6b5a1e;"));
    layout->addWidget(m_summaryNote);
    m_response = new QLabel(content);
    m_response->setObjectName(QStringLiteral("assessorResponse"));
    m_response->setWordWrap(true);
    m_response->setStyleSheet(QStringLiteral(
        "QLabel { background: #e8f1f1; border: 1px solid #2f6f73; border-radius: 4px; "
        "padding: 8px; }"));
    layout->addWidget(m_response);

    m_reasons = new QListWidget(content);
    m_reasons->setObjectName(QStringLiteral("verdictReasons"));
    m_reasons->setMaximumHeight(120);
    m_reasons->setFrameShape(QFrame::NoFrame);
    m_reasons->setWordWrap(true);
    layout->addWidget(m_reasons);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    tiles->addWidget(tile(tr("Score"), &m_score, &m_scoreDetail));
    tiles->addWidget(tile(tr("Evidence coverage"), &m_coverage, &m_coverageDetail));
    tiles->addWidget(tile(tr("Must requirements met"), &m_must, &m_mustDetail));
    tiles->addWidget(tile(tr("Evidence currency"), &m_currency, &m_currencyDetail));
    layout->addLayout(tiles);

    auto *charts = new QGridLayout;
    charts->setSpacing(12);
    m_bars = chartView(content);
    m_bars->setObjectName(QStringLiteral("domainBarsChart"));
    m_radar = chartView(content);
    m_radar->setObjectName(QStringLiteral("domainRadarChart"));
    m_overTime = chartView(content);
    m_overTime->setObjectName(QStringLiteral("overTimeChart"));
    m_expiry = chartView(content);
    m_expiry->setObjectName(QStringLiteral("expiryChart"));
    charts->addWidget(m_bars, 0, 0);
    charts->addWidget(m_radar, 0, 1);
    charts->addWidget(m_overTime, 1, 0);
    charts->addWidget(m_expiry, 1, 1);
    layout->addLayout(charts);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_reasons, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            emit itemActivated(id);
    });
}

QWidget *DashboardWidget::tile(const QString &caption, QLabel **value, QLabel **detail)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *l = new QVBoxLayout(frame);
    l->setContentsMargins(14, 10, 14, 10);
    auto *c = new QLabel(caption, frame);
    c->setStyleSheet(QStringLiteral("color: palette(mid);"));
    *value = new QLabel(frame);
    QFont f = (*value)->font();
    f.setPointSizeF(f.pointSizeF() * 2.0);
    f.setBold(true);
    (*value)->setFont(f);
    *detail = new QLabel(frame);
    (*detail)->setWordWrap(true);
    l->addWidget(c);
    l->addWidget(*value);
    l->addWidget(*detail);
    return frame;
}

void DashboardWidget::setDocument(WorkspaceDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(&m_document->workspace(), nullptr, this, nullptr);
    }
    m_document = document;
    if (!document)
        return;
    connect(document, &WorkspaceDocument::readinessChanged, this,
            &DashboardWidget::refreshWhenVisible);
    connect(&document->workspace(), &Workspace::snapshotsChanged, this,
            &DashboardWidget::refreshWhenVisible);
    m_stale = true;
    refresh();
}

QString DashboardWidget::verdictText()
{
    if (m_stale)
        refresh();
    return m_verdict->text();
}

QStringList DashboardWidget::reasons()
{
    if (m_stale)
        refresh();
    QStringList out;
    for (int i = 0; i < m_reasons->count(); ++i)
        out << m_reasons->item(i)->text();
    return out;
}

void DashboardWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardWidget::refreshWhenVisible()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void DashboardWidget::refresh()
{
    if (!m_document)
        return;
    m_stale = false;
    const Readiness &r = m_document->readiness();
    const Workspace &ws = m_document->workspace();
    const QLocale locale;

    m_verdict->setText(verdictDisplayName(r.verdict));
    m_verdict->setStyleSheet(
        QStringLiteral("color: %1;").arg(StatusIcons::verdictColour(r.verdict).name()));
    m_verdictIcon->setPixmap(StatusIcons::verdictIcon(r.verdict).pixmap(40, 40));
    QString asOf = tr("%1 \u00b7 figures as of %2")
                       .arg(ws.profile().name, locale.toString(r.asOf, QLocale::LongFormat));
    if (r.plannedVisit.isValid())
        asOf += tr(" \u00b7 planned visit %1")
                    .arg(locale.toString(r.plannedVisit, QLocale::LongFormat));
    m_asOf->setText(asOf);
    m_summaryNote->setText(
        ws.standardsSet().isSummary()
            ? tr("This workspace follows \u201c%1\u201d, a summary of the standards in this "
                 "project's own words. Load the official wording you hold for the accreditation "
                 "itself.")
                  .arg(ws.standardsSet().title)
            : QString());
    m_summaryNote->setVisible(ws.standardsSet().isSummary());

    const ResponseOverview response = ResponseImport::overview(ws);
    m_response->setVisible(response.any);
    if (response.any) {
        QString text =
            tr("Assessor's response from %1, imported %2: <b>%3</b>. Findings: %4 met, "
               "%5 not met, %6 further evidence required; %7 required actions.")
                .arg(response.assessor.toHtmlEscaped(),
                     locale.toString(response.imported.toLocalTime().date(), QLocale::ShortFormat),
                     recommendationDisplayName(response.recommendation))
                .arg(response.met)
                .arg(response.notMet)
                .arg(response.furtherEvidence)
                .arg(response.requiredActions);
        if (response.needsReReview > 0)
            text += tr(" %1 standards changed since: their findings need re-review.")
                        .arg(response.needsReReview);
        m_response->setText(text);
    }

    m_reasons->clear();
    if (r.reasons.isEmpty()) {
        m_reasons->addItem(tr("Every applicable requirement is met with current evidence."));
    }
    for (const QString &reason : r.reasons)
        m_reasons->addItem(
            new QListWidgetItem(StatusIcons::currencyIcon(StatusIcons::Currency::Expired), reason));
    // Blocking checks name the items; a double-click opens them.
    for (const ReadinessCheck &c : r.checks) {
        if (c.severity != ReadinessCheck::Severity::Blocker)
            continue;
        auto *item = new QListWidgetItem(StatusIcons::mustIcon(), c.message);
        item->setData(Qt::UserRole, c.itemId);
        m_reasons->addItem(item);
    }

    const Figures &f = r.overall;
    m_score->setText(formatShare(f.score()));
    m_scoreDetail->setText(tr("%1 of %2 applicable requirements met, %3 partly")
                               .arg(f.count(AssessmentResult::Met))
                               .arg(f.applicable)
                               .arg(f.count(AssessmentResult::PartiallyMet)));
    m_coverage->setText(formatShare(f.coverage()));
    m_coverageDetail->setText(
        tr("%1 requirements have current evidence").arg(f.withCurrentEvidence));
    m_must->setText(QStringLiteral("%1 / %2").arg(f.mustMet).arg(f.mustApplicable));
    m_mustDetail->setText(f.mustMet == f.mustApplicable ? tr("No must requirement is open")
                                                        : tr("Each one blocks readiness"));
    m_currency->setText(QString::number(r.currency.expired));
    m_currencyDetail->setText(r.plannedVisit.isValid()
                                  ? tr("expired \u00b7 %1 more expire before the visit")
                                        .arg(r.currency.expiringBeforeVisit)
                                  : tr("expired of %1 evidence items").arg(r.currency.total));

    replaceChart(m_bars, ChartFactory::domainScores(r.domains));
    replaceChart(m_radar, ChartFactory::domainRadar(r.domains));
    const QList<Snapshot> snapshots = m_document->snapshots();
    const Snapshot current = Snapshot::capture(tr("Now"), QDateTime::currentDateTimeUtc(),
                                               m_document->scoringInput(), r);
    replaceChart(m_overTime, ChartFactory::readinessOverTime(snapshots, &current));
    replaceChart(m_expiry,
                 ChartFactory::evidenceExpiryByMonth(ws.evidence(), r.asOf, 12, r.plannedVisit));
}
