#include "dashboardwidget.h"
#include "models/duesoonmodel.h"
#include "models/readinesscheckmodel.h"
#include "models/readresult.h"
#include <QDateTime>

#include "reporting/deadlines.h"
#include "reporting/visitplan.h"

#include "chartfactory.h"
#include "common/clock.h"
#include "models/workspacedocument.h"
#include "pack/responseimport.h"
#include "palettes.h"
#include "scoring/scorer.h"
#include "scoring/snapshot.h"
#include "statusicons.h"
#include "workspace/assignedwork.h"
#include "workspace/signoffcoverage.h"
#include "workspace/workspace.h"

#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace seqohs;

namespace {

QChartView *chartView(QWidget *parent, const QString &name)
{
    auto *view = new QChartView(parent);
    view->setAccessibleName(name);
    // A picture of figures that are also in words above it: nothing to do with the keyboard.
    view->setFocusPolicy(Qt::NoFocus);
    view->viewport()->setFocusPolicy(Qt::NoFocus);
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
    m_chartsTimer = new QTimer(this);
    m_chartsTimer->setSingleShot(true);
    m_chartsTimer->setInterval(0);
    connect(m_chartsTimer, &QTimer::timeout, this, [this] {
        if (m_document && m_chartsStale)
            refreshCharts();
    });
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
    m_asOf->setObjectName(QStringLiteral("verdictAsOf"));
    Palettes::makeSecondary(m_asOf);
    auto *verdictText = new QVBoxLayout;
    verdictText->addWidget(m_verdict);
    verdictText->addWidget(m_asOf);
    bannerLayout->addWidget(m_verdictIcon);
    bannerLayout->addLayout(verdictText, 1);
    layout->addWidget(banner);

    m_summaryNote = new QLabel(content);
    m_summaryNote->setWordWrap(true);
    Palettes::setStatusText(m_summaryNote,
                            StatusIcons::verdictColour(Verdict::NearlyReady).darker(200));
    layout->addWidget(m_summaryNote);
    m_response = new QLabel(content);
    m_response->setObjectName(QStringLiteral("assessorResponse"));
    m_response->setWordWrap(true);
    m_response->setStyleSheet(
        QStringLiteral("QLabel { background: palette(alternate-base); color: palette(text); "
                       "border: 1px solid %1; border-radius: 4px; padding: 8px; }")
            .arg(StatusIcons::verdictColour(Verdict::Ready).name()));
    layout->addWidget(m_response);
    // Where the service's own view met the assessor's, by domain, once a response is in.
    m_calibration = new QLabel(content);
    m_calibration->setObjectName(QStringLiteral("calibration"));
    m_calibration->setTextFormat(Qt::RichText);
    m_calibration->setWordWrap(true);
    m_calibration->hide();
    layout->addWidget(m_calibration);
    m_signOffs = new QLabel(content);
    m_signOffs->setObjectName(QStringLiteral("signOffSummary"));
    m_signOffs->setTextFormat(Qt::RichText);
    m_signOffs->setWordWrap(true);
    m_signOffs->hide();
    layout->addWidget(m_signOffs);
    // Who is assigned what, and how far each person's items have got (Workspace > Assignments).
    m_people = new QLabel(content);
    m_people->setObjectName(QStringLiteral("progressByPerson"));
    m_people->setTextFormat(Qt::RichText);
    m_people->setWordWrap(true);
    m_people->setStyleSheet(
        QStringLiteral("QLabel { background: palette(alternate-base); color: palette(text); "
                       "border: 1px solid palette(mid); border-radius: 4px; padding: 8px; }"));
    m_people->hide();
    layout->addWidget(m_people);

    m_reasons = new QListWidget(content);
    m_reasons->setObjectName(QStringLiteral("verdictReasons"));
    m_reasons->setMaximumHeight(120);
    m_reasons->setFrameShape(QFrame::NoFrame);
    m_reasons->setWordWrap(true);
    m_reasons->setAccessibleName(tr("Why"));
    layout->addWidget(m_reasons);

    // Every check the scoring found, worst first; each one opens its criterion.
    m_checksCaption = new QLabel(content);
    m_checksCaption->setObjectName(QStringLiteral("readinessChecksCaption"));
    m_checksCaption->setWordWrap(true);
    m_checksCaption->setTextFormat(Qt::PlainText);
    layout->addWidget(m_checksCaption);
    m_checkModel = new ReadinessCheckModel(this);
    m_checks = new QListView(content);
    m_checks->setModel(m_checkModel);
    m_checks->setObjectName(QStringLiteral("readinessChecks"));
    m_checks->setAccessibleName(tr("Readiness checks"));
    m_checks->setAccessibleDescription(
        tr("Press Enter or click a check to open the criterion it is about."));
    m_checks->setMaximumHeight(180);
    m_checks->setWordWrap(true);
    m_checks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checksCaption->setBuddy(m_checks);
    layout->addWidget(m_checks);

    // The same "before the visit" list as the readiness report: blockers first, then the fewest
    // criteria that lift the figures over the thresholds, with who does what by when.
    m_planCaption = new QLabel(content);
    m_planCaption->setObjectName(QStringLiteral("visitPlanCaption"));
    m_planCaption->setWordWrap(true);
    layout->addWidget(m_planCaption);
    m_plan = new QListWidget(content);
    m_plan->setObjectName(QStringLiteral("visitPlan"));
    m_plan->setAccessibleName(tr("Before the visit"));
    m_plan->setAccessibleDescription(tr("Press Enter or click a step to open its criterion."));
    m_plan->setMaximumHeight(180);
    m_plan->setWordWrap(true);
    m_plan->setUniformItemSizes(false);
    m_planCaption->setBuddy(m_plan);
    layout->addWidget(m_plan);

    // What falls due in the next 90 days, in three bands; each entry opens its evidence item
    // or action.
    m_dueCaption = new QLabel(content);
    m_dueCaption->setObjectName(QStringLiteral("dueSoonCaption"));
    m_dueCaption->setWordWrap(true);
    layout->addWidget(m_dueCaption);
    m_dueModel = new DueSoonModel(this);
    m_due = new QListView(content);
    m_due->setModel(m_dueModel);
    m_due->setObjectName(QStringLiteral("dueSoon"));
    m_due->setAccessibleName(tr("Due soon"));
    m_due->setAccessibleDescription(
        tr("Press Enter or click an entry to open the evidence item or action."));
    m_due->setMaximumHeight(200);
    m_due->setWordWrap(true);
    m_due->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dueCaption->setBuddy(m_due);
    layout->addWidget(m_due);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    tiles->addWidget(tile(tr("Score"), &m_score, &m_scoreDetail));
    tiles->addWidget(tile(tr("Evidence coverage"), &m_coverage, &m_coverageDetail));
    tiles->addWidget(tile(tr("Must criteria met"), &m_must, &m_mustDetail));
    tiles->addWidget(tile(tr("Evidence currency"), &m_currency, &m_currencyDetail));
    layout->addLayout(tiles);

    auto *charts = new QGridLayout;
    charts->setSpacing(12);
    m_bars = chartView(content, tr("Score by domain chart"));
    m_bars->setObjectName(QStringLiteral("domainBarsChart"));
    m_radar = chartView(content, tr("Domains at a glance chart"));
    m_radar->setObjectName(QStringLiteral("domainRadarChart"));
    m_overTime = chartView(content, tr("Readiness over time chart"));
    m_overTime->setObjectName(QStringLiteral("overTimeChart"));
    m_expiry = chartView(content, tr("Evidence reaching its review-by date chart"));
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
    scroll->setAccessibleName(tr("Dashboard"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // One click opens what an entry is about, as a link would; Enter does the same from the
    // keyboard. A double-click is also an activation: its first click has already opened it.
    const auto activated = [](QAbstractItemView *view, auto open) {
        connect(view, &QAbstractItemView::clicked, view, open);
        connect(view, &QAbstractItemView::activated, view, [open](const QModelIndex &index) {
            if (QGuiApplication::mouseButtons() == Qt::NoButton)
                open(index);
        });
    };
    const auto openCriterion = [this](const QModelIndex &index) {
        const QString id = index.data(Qt::UserRole).toString();
        if (!id.isEmpty())
            emit itemActivated(id);
    };
    activated(m_checks, openCriterion);
    activated(m_plan, openCriterion);
    activated(m_due, [this](const QModelIndex &index) {
        const QVariant kind = index.data(DueSoonModel::KindRole);
        if (!kind.isValid())
            return; // a band's heading
        const qint64 id = index.data(DueSoonModel::IdRole).toLongLong();
        if (Deadlines::Deadline::Kind(kind.toInt()) == Deadlines::Deadline::Kind::EvidenceReview)
            emit evidenceActivated(id);
        else
            emit actionActivated(id);
    });
}

QWidget *DashboardWidget::tile(const QString &caption, QLabel **value, QLabel **detail)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *l = new QVBoxLayout(frame);
    l->setContentsMargins(14, 10, 14, 10);
    auto *c = new QLabel(caption, frame);
    Palettes::makeSecondary(c);
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
    for (const QMetaObject::Connection &c : std::as_const(m_documentConnections))
        disconnect(c);
    m_documentConnections.clear();
    m_document = document;
    m_chartedDomains.reset();
    m_chartedExpiry.reset();
    if (!document) {
        m_checkModel->setChecks({});
        m_dueModel->setSoon({});
        m_plan->clear();
        m_reasons->clear();
        return;
    }
    m_documentConnections << connect(document, &WorkspaceDocument::readinessChanged, this,
                                     &DashboardWidget::refreshWhenVisible)
                          << connect(&document->workspace(), &Workspace::snapshotsChanged, this,
                                     &DashboardWidget::refreshWhenVisible)
                          << connect(&document->workspace(), &Workspace::signOffsChanged, this,
                                     &DashboardWidget::refreshWhenVisible)
                          << connect(&document->workspace(), &Workspace::assignmentsChanged, this,
                                     &DashboardWidget::refreshWhenVisible);
    // The charts at the event loop's next turn, after the timers already due (a zero timer,
    // not a posted call, which would come before them), so that the window answers between the
    // two halves of a large workspace's dashboard (each some tens of milliseconds at 50,000
    // evidence items).
    refreshFigures();
    m_chartsTimer->start();
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

QStringList DashboardWidget::checks()
{
    if (m_stale)
        refresh();
    QStringList out;
    for (int i = 0; i < m_checkModel->rowCount(); ++i)
        out << m_checkModel->index(i).data().toString();
    return out;
}

void DashboardWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale || m_chartsStale)
        refresh();
}

void DashboardWidget::refreshWhenVisible()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void DashboardWidget::refreshSignOffs()
{
    const Workspace &ws = m_document->workspace();
    const std::optional<QList<SignOff>> all = shown(ws.signOffs());
    const bool any = all && !all->isEmpty();
    m_signOffs->setVisible(any);
    if (!any)
        return;
    QString html;
    int voided = 0;
    for (const SignOff &s : *all) {
        if (!s.isVoid())
            continue;
        ++voided;
        const QStringList changes = shown(ws.signOffChanges(s)).value_or(QStringList());
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("%1, signed by %2: %3")
                             .arg(SignOffCoverage::describe(ws.standardsSet(), s.scope, s.target),
                                  s.signer,
                                  changes.isEmpty()     ? tr("changed")
                                  : changes.size() == 1 ? changes.first()
                                                        : tr("%1 and %n more change(s)", nullptr,
                                                             int(changes.size() - 1))
                                                              .arg(changes.first()))
                             .toHtmlEscaped());
    }
    const QString head =
        voided == 0
            ? tr("\u2714 %n sign-off(s), all holding: nothing they cover has changed.", nullptr,
                 int(all->size()))
            : tr("\u26a0 %1 of %n sign-off(s) void: what they cover changed after signing. See "
                 "Submission > Sign-offs.",
                 nullptr, int(all->size()))
                  .arg(voided);
    m_signOffs->setText(
        QStringLiteral("<b>%1</b>").arg(head.toHtmlEscaped()) +
        (html.isEmpty() ? QString() : QStringLiteral("<ul style='margin:0'>%1</ul>").arg(html)));
    m_signOffs->setStyleSheet(
        QStringLiteral("QLabel { background: palette(alternate-base); color: palette(text); "
                       "border: 1px solid %1; border-radius: 4px; padding: 8px; }")
            .arg(voided > 0 ? QStringLiteral("#b83a2e")
                            : StatusIcons::verdictColour(Verdict::Ready).name()));
}

QStringList DashboardWidget::peopleProgress()
{
    if (m_stale)
        refresh();
    return m_people->property("lines").toStringList();
}

void DashboardWidget::refreshPeople()
{
    const Workspace &ws = m_document->workspace();
    const std::optional<QList<Assignment>> assignments = shown(ws.assignments());
    const std::optional<ServiceProfile> profile = shown(ws.profile());
    const std::optional<QHash<QString, Assessment>> assessments = shown(ws.assessments());
    const bool any = assignments && !assignments->isEmpty() && profile && assessments;
    m_people->setVisible(any);
    if (!any) {
        m_people->setProperty("lines", QStringList());
        return;
    }
    const AssignedWork work(ws.standardsSet(), *assignments, profile->tags());
    const QString me = ws.person();
    QString rows;
    QStringList lines;
    for (const AssignedWork::Progress &p : work.progress(*assessments)) {
        const QString line = tr("%1: %2 of %3 assessed, %4 done")
                                 .arg(p.member)
                                 .arg(p.assessed)
                                 .arg(p.items)
                                 .arg(p.done);
        lines << line;
        const int percent = p.items == 0 ? 0 : (100 * p.assessed) / p.items;
        rows += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3"
                               "</td><td align='right'>%4</td><td align='right'>%5%</td></tr>")
                    .arg(p.member == me ? QStringLiteral("<b>%1</b>")
                                              .arg(tr("%1 (you)").arg(p.member).toHtmlEscaped())
                                        : p.member.toHtmlEscaped())
                    .arg(p.items)
                    .arg(p.assessed)
                    .arg(p.done)
                    .arg(percent);
    }
    m_people->setProperty("lines", lines);
    m_people->setText(
        QStringLiteral("<b>%1</b><table cellspacing='0' cellpadding='3'><tr><th align='left'>%2"
                       "</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>%7</table>")
            .arg(tr("Progress by person").toHtmlEscaped(), tr("Person").toHtmlEscaped(),
                 tr("Items").toHtmlEscaped(), tr("Assessed").toHtmlEscaped(),
                 tr("Done").toHtmlEscaped(), tr("Share assessed").toHtmlEscaped(), rows));
}

void DashboardWidget::refresh()
{
    if (!m_document)
        return;
    refreshFigures();
    refreshCharts();
}

void DashboardWidget::refreshFigures()
{
    m_stale = false;
    m_chartsStale = true;
    const Readiness &r = m_document->readiness();
    const Workspace &ws = m_document->workspace();
    const QLocale locale;

    m_verdict->setText(verdictDisplayName(r.verdict));
    Palettes::setStatusText(m_verdict, StatusIcons::verdictColour(r.verdict));
    m_verdictIcon->setPixmap(StatusIcons::verdictIcon(r.verdict).pixmap(40, 40));
    QString asOf = tr("%1 \u00b7 figures as of %2")
                       .arg(m_document->scoringInput().profile.name,
                            locale.toString(r.asOf, QLocale::LongFormat));
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

    const ResponseOverview response =
        shown(ResponseImport::overview(ws)).value_or(ResponseOverview{});
    m_response->setVisible(response.any);
    if (response.any) {
        QString text =
            tr("Assessor's response from %1, imported %2: <b>%3</b>. Findings: %4 met, "
               "%5 not met, %6 further evidence required; %7.")
                .arg(response.assessor.toHtmlEscaped(),
                     locale.toString(response.imported.toLocalTime().date(), QLocale::ShortFormat),
                     recommendationDisplayName(response.recommendation))
                .arg(response.met)
                .arg(response.notMet)
                .arg(response.furtherEvidence)
                .arg(tr("%n required action(s)", nullptr, response.requiredActions));
        if (response.needsReReview > 0)
            text += tr(" %n standard(s) changed since: their findings need re-review.", nullptr,
                       response.needsReReview);
        m_response->setText(text);
    }
    const std::optional<std::optional<Calibration>> calibration =
        shown(ResponseImport::calibration(ws));
    const bool calibrated = calibration && *calibration && !(*calibration)->isEmpty();
    m_calibration->setVisible(calibrated);
    if (calibrated) {
        const Calibration &cal = **calibration;
        QString rows;
        auto row = [&rows](const Calibration::DomainRow &d, bool total) {
            const QString cell = total ? QStringLiteral("<th align='%1'>%2</th>")
                                       : QStringLiteral("<td align='%1'>%2</td>");
            rows += QStringLiteral("<tr>") +
                    cell.arg(QStringLiteral("left"),
                             (d.code.isEmpty() ? d.title : d.code + QLatin1Char(' ') + d.title)
                                 .toHtmlEscaped()) +
                    cell.arg(QStringLiteral("right")).arg(d.reviewed) +
                    cell.arg(QStringLiteral("right")).arg(d.agreed) +
                    cell.arg(QStringLiteral("right")).arg(d.moreOptimistic) +
                    cell.arg(QStringLiteral("right")).arg(d.moreCautious) + QStringLiteral("</tr>");
        };
        for (const Calibration::DomainRow &d : cal.domains)
            row(d, false);
        row(cal.total, true);
        m_calibration->setText(
            QStringLiteral("<p style='margin:0 0 4px 0'><b>%1</b> %2</p>"
                           "<table cellspacing='0' cellpadding='3'><tr><th align='left'>%3</th>"
                           "<th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>%8</table>")
                .arg(tr("Your view against the assessor's.").toHtmlEscaped(),
                     tr("%n standard(s) where you were more optimistic than the assessor found.",
                        nullptr, cal.total.moreOptimistic)
                         .toHtmlEscaped(),
                     tr("Domain").toHtmlEscaped(), tr("Reviewed").toHtmlEscaped(),
                     tr("Agreed").toHtmlEscaped(), tr("More optimistic").toHtmlEscaped(),
                     tr("More cautious").toHtmlEscaped(), rows));
    }
    refreshSignOffs();
    refreshPeople();

    m_reasons->clear();
    if (r.reasons.isEmpty()) {
        m_reasons->addItem(tr("Every applicable criterion is met with current evidence."));
    }
    for (const QString &reason : r.reasons)
        m_reasons->addItem(
            new QListWidgetItem(StatusIcons::currencyIcon(StatusIcons::Currency::Expired), reason));
    fillChecks();
    fillVisitPlan();
    fillDueSoon();

    const Figures &f = r.overall;
    m_score->setText(formatShare(f.score()));
    m_scoreDetail->setText(tr("%1 of %2 applicable criteria met, %3 partly")
                               .arg(f.count(AssessmentResult::Met))
                               .arg(f.applicable)
                               .arg(f.count(AssessmentResult::PartiallyMet)));
    m_coverage->setText(formatShare(f.coverage()));
    m_coverageDetail->setText(tr("%1 criteria have current evidence").arg(f.withCurrentEvidence));
    m_must->setText(QStringLiteral("%1 / %2").arg(f.mustMet).arg(f.mustApplicable));
    m_mustDetail->setText(f.mustMet == f.mustApplicable ? tr("No must criterion is open")
                                                        : tr("Each one blocks readiness"));
    m_currency->setText(QString::number(r.currency.expired));
    m_currencyDetail->setText(r.plannedVisit.isValid()
                                  ? tr("expired \u00b7 %1 more expire before the visit")
                                        .arg(r.currency.expiringBeforeVisit)
                                  : tr("expired of %1 evidence items").arg(r.currency.total));
}

void DashboardWidget::refreshCharts()
{
    m_chartsStale = false;
    const Readiness &r = m_document->readiness();
    if (m_chartedDomains != r.domains) {
        replaceChart(m_bars, ChartFactory::domainScores(r.domains));
        replaceChart(m_radar, ChartFactory::domainRadar(r.domains));
        m_chartedDomains = r.domains;
    }
    const QList<Snapshot> snapshots = m_document->snapshots();
    // The chart places each point by its date and figures: "now" needs no more (a whole
    // snapshot copies every evidence item).
    Snapshot current;
    current.name = tr("Now");
    current.created = QDateTime::currentDateTimeUtc();
    current.asOf = r.asOf;
    current.verdict = r.verdict;
    current.overall = r.overall;
    replaceChart(m_overTime, ChartFactory::readinessOverTime(snapshots, &current));
    ExpiryShown expiry{{}, r.asOf, r.plannedVisit};
    expiry.reviewBy.reserve(m_document->scoringInput().evidence.size());
    for (const EvidenceItem &e : m_document->scoringInput().evidence)
        expiry.reviewBy << e.reviewBy;
    if (m_chartedExpiry != expiry) {
        replaceChart(m_expiry, ChartFactory::evidenceExpiryByMonth(expiry.reviewBy, r.asOf, 12,
                                                                   r.plannedVisit));
        m_chartedExpiry = std::move(expiry);
    }
}

void DashboardWidget::fillDueSoon()
{
    const Deadlines::Soon soon = Deadlines::dueSoon(m_document->scoringInput(), Clock::today());
    m_dueModel->setSoon(soon);
    // As for the checks: a long list gets rows of one height.
    m_due->setWordWrap(!m_dueModel->isLong());
    m_due->setUniformItemSizes(m_dueModel->isLong());
    if (soon.size() == 0) {
        m_dueCaption->setText(tr("&Due soon: nothing falls due in the next 90 days."));
        m_due->hide();
        return;
    }
    m_due->show();
    m_dueCaption->setText(tr("&Due soon: %1 within 30 days, %2 in 31 to 60, %3 in 61 to 90.")
                              .arg(soon.within30.size())
                              .arg(soon.within60.size())
                              .arg(soon.within90.size()));
}

QStringList DashboardWidget::dueSoon()
{
    refresh();
    QStringList lines;
    for (int i = 0; i < m_dueModel->rowCount(); ++i)
        lines << m_dueModel->index(i).data().toString();
    return lines;
}

void DashboardWidget::fillVisitPlan()
{
    m_plan->clear();
    const VisitPlan plan = VisitPlan::build(m_document->scoringInput(), m_document->readiness());
    const QLocale locale;
    for (const VisitPlan::Step &step : plan.steps) {
        QString need;
        if (step.needsResult && step.needsEvidence)
            need = tr("meet it, with current evidence");
        else if (step.needsResult)
            need = tr("meet it");
        else
            need = tr("add current evidence");
        QString who;
        if (step.hasAction) {
            who = tr("%1 \u2014 %2, due %3")
                      .arg(step.action, step.owner.isEmpty() ? tr("no owner") : step.owner,
                           step.due.isValid() ? locale.toString(step.due, QLocale::ShortFormat)
                                              : tr("no date"));
        } else {
            who = tr("No action yet: nobody is doing this.");
        }
        const QString what = step.reason == VisitPlan::Step::Reason::Blocker
                                 ? tr("Blocker")
                                 : tr("Lifts the figures");
        auto *item = new QListWidgetItem(
            step.hasAction ? StatusIcons::resultIcon(AssessmentResult::PartiallyMet)
                           : StatusIcons::resultIcon(AssessmentResult::NotMet),
            tr("%1: %2 %3 (%4). %5").arg(what, step.code, step.title, need, who), m_plan);
        item->setData(Qt::UserRole, step.itemId);
        item->setToolTip(tr("Open the criterion (click or press Enter)"));
    }
    if (plan.steps.isEmpty()) {
        m_planCaption->setText(tr("&Before the visit: nothing stands between the service and "
                                  "\u201cnearly ready\u201d."));
        m_plan->hide();
        return;
    }
    m_plan->show();
    const QString tail = plan.withoutAction == 0
                             ? tr("Every step has an action.")
                             : tr("%n step(s) have no action yet.", nullptr, plan.withoutAction);
    m_planCaption->setText(tr("&Before the visit: %n step(s) to \u201cnearly ready\u201d.", nullptr,
                              int(plan.steps.size())) +
                           QLatin1Char(' ') + tail);
}

void DashboardWidget::fillChecks()
{
    m_checkModel->setChecks(m_document->readiness().checks);
    // Wrapped rows of different heights are laid out one by one: with thousands of checks (one
    // per expired evidence item in a large library) that takes half a second. A long list gets
    // rows of one height.
    m_checks->setWordWrap(!m_checkModel->isLong());
    m_checks->setUniformItemSizes(m_checkModel->isLong());
    if (m_checkModel->rowCount() == 0) {
        m_checksCaption->setText(tr("Readiness &checks: nothing to look at."));
        m_checks->hide();
        return;
    }
    m_checks->show();
    m_checksCaption->setText(
        tr("Readiness &checks: %1, %2. Click one, or press Enter, to open its criterion.")
            .arg(tr("%n blocking", nullptr, m_checkModel->blockers()),
                 tr("%n warning(s)", nullptr, m_checkModel->warnings())));
    m_checks->selectionModel()->setCurrentIndex(m_checkModel->index(0),
                                                QItemSelectionModel::NoUpdate);
}
