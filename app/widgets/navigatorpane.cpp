#include "navigatorpane.h"
#include "models/readresult.h"

#include "models/navigatorfilter.h"
#include "models/navigatormodel.h"
#include "models/workspacedocument.h"
#include "pack/responseimport.h"
#include "statusicons.h"
#include "wheelguard.h"
#include "workspace/assignedwork.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace seqohs;

NavigatorPane::NavigatorPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("navigator"));
    m_model = new NavigatorModel(this);
    m_filter = new NavigatorFilter(this);
    m_filter->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("navigatorSearch"));
    m_search->setPlaceholderText(tr("Find a criterion (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find a criterion"));
    m_search->setClearButtonEnabled(true);
    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("navigatorResultFilter"));
    m_result->setAccessibleName(tr("Show criteria with this result"));
    m_result->addItem(tr("Any result"), -1);
    for (auto r :
         {AssessmentResult::NotAssessed, AssessmentResult::NotMet, AssessmentResult::PartiallyMet,
          AssessmentResult::Met, AssessmentResult::NotApplicable})
        m_result->addItem(StatusIcons::resultIcon(r), resultDisplayName(r), int(r));
    m_must = new QCheckBox(tr("Must only"), this);
    m_noEvidence = new QCheckBox(tr("No current evidence"), this);
    m_expiring = new QCheckBox(tr("Expiring before visit"), this);
    m_reconfirm = new QCheckBox(tr("Needs re-confirmation"), this);
    m_reconfirm->setObjectName(QStringLiteral("reconfirmFilter"));
    m_reconfirm->setVisible(false);
    m_blockers = new QCheckBox(tr("Blocks readiness"), this);
    m_blockers->setObjectName(QStringLiteral("blockersFilter"));
    m_blockers->setToolTip(tr("Only the criteria that keep the service from being ready: "
                              "must criteria that are not met or have no current evidence."));
    m_mine = new QCheckBox(tr("My items"), this);
    m_mine->setObjectName(QStringLiteral("myItemsFilter"));
    m_mine->setToolTip(tr("Only the items assigned to you (Workspace > Assignments)."));
    auto *guard = new WheelGuard(this);
    guard->guard(m_result);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("navigatorTree"));
    m_view->setAccessibleName(tr("Standards and criteria"));
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAnimated(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(NavigatorModel::CriterionColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(NavigatorModel::LevelColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(NavigatorModel::StatusColumn,
                                           QHeaderView::ResizeToContents);

    auto *filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_search, 0, 0, 1, 2);
    filters->addWidget(m_result, 1, 0);
    filters->addWidget(m_must, 1, 1);
    filters->addWidget(m_noEvidence, 2, 0);
    filters->addWidget(m_expiring, 2, 1);
    filters->addWidget(m_blockers, 3, 0);
    filters->addWidget(m_reconfirm, 3, 1);
    filters->addWidget(m_mine, 4, 0);

    // What an empty list means, and the way back to everything.
    m_empty = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("navigatorEmpty"));
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setObjectName(QStringLiteral("navigatorEmptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setText(tr("No criteria match the search and filters. Clear the search box and "
                            "untick the filters to see every criterion again."));
    m_clear = new QPushButton(tr("C&lear search and filters"), m_empty);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_clear, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 4, 8);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    connect(m_clear, &QPushButton::clicked, this, &NavigatorPane::clearFilters);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &NavigatorPane::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &NavigatorPane::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &NavigatorPane::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &NavigatorPane::updateEmptyState);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                emit itemSelected(current.data(NavigatorModel::ItemIdRole).toString());
            });
    auto expandIfFiltering = [this] {
        if (m_filter->isActive())
            m_view->expandAll();
    };
    connect(m_search, &QLineEdit::textChanged, this, [this, expandIfFiltering](const QString &t) {
        m_filter->setText(t);
        expandIfFiltering();
    });
    connect(m_result, &QComboBox::activated, this, [this, expandIfFiltering] {
        const int r = m_result->currentData().toInt();
        m_filter->setResult(r < 0 ? std::nullopt : std::optional<int>(r));
        expandIfFiltering();
    });
    connect(m_must, &QCheckBox::toggled, this, [this, expandIfFiltering](bool on) {
        m_filter->setMustOnly(on);
        expandIfFiltering();
    });
    connect(m_noEvidence, &QCheckBox::toggled, this, [this, expandIfFiltering](bool on) {
        m_filter->setWithoutEvidenceOnly(on);
        expandIfFiltering();
    });
    connect(m_reconfirm, &QCheckBox::toggled, this, [this, expandIfFiltering](bool on) {
        m_filter->setNeedsReconfirmationOnly(on);
        expandIfFiltering();
    });
    connect(m_expiring, &QCheckBox::toggled, this, [this, expandIfFiltering](bool on) {
        m_filter->setExpiringOnly(on);
        expandIfFiltering();
    });
    connect(m_mine, &QCheckBox::toggled, this, [this, expandIfFiltering](bool on) {
        updateMyItems();
        emit myItemsShown(on);
        expandIfFiltering();
        updateEmptyState();
    });
    connect(m_blockers, &QCheckBox::toggled, this, [this, expandIfFiltering](bool on) {
        m_filter->setBlockersOnly(on);
        expandIfFiltering();
        updateEmptyState();
    });
}

void NavigatorPane::updateEmptyState()
{
    const bool empty = m_model->rowCount() > 0 && m_filter->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}

void NavigatorPane::updateBlockerCount()
{
    const int n = m_model->blockerCount();
    m_blockers->setText(tr("Blocks readiness (%1)").arg(n));
    m_blockers->setAccessibleName(tr("Show only the criteria that block readiness (%1)").arg(n));
}

void NavigatorPane::showMyItems(bool on)
{
    m_mine->setChecked(on);
}

bool NavigatorPane::showsMyItems() const
{
    return m_mine->isChecked();
}

void NavigatorPane::updateMyItems()
{
    int count = 0;
    std::optional<QSet<QString>> mine;
    if (m_document) {
        const Workspace &ws = m_document->workspace();
        const std::optional<QList<Assignment>> assignments = shown(ws.assignments());
        const std::optional<ServiceProfile> profile = shown(ws.profile());
        if (assignments && profile) {
            const QStringList items =
                AssignedWork(ws.standardsSet(), *assignments, profile->tags()).itemsOf(ws.person());
            count = int(items.size());
            if (m_mine->isChecked())
                mine = QSet<QString>(items.begin(), items.end());
        }
    }
    m_mine->setText(tr("My items (%1)").arg(count));
    m_mine->setAccessibleName(tr("Show only the items assigned to me (%1)").arg(count));
    m_filter->setOnlyItems(mine);
}

void NavigatorPane::clearFilters()
{
    m_search->clear();
    m_result->setCurrentIndex(0);
    m_filter->setResult(std::nullopt);
    m_must->setChecked(false);
    m_noEvidence->setChecked(false);
    m_expiring->setChecked(false);
    m_reconfirm->setChecked(false);
    m_blockers->setChecked(false);
    m_mine->setChecked(false);
    updateEmptyState();
}

void NavigatorPane::setDocument(WorkspaceDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(&m_document->workspace(), nullptr, this, nullptr);
    }
    m_document = document;
    if (!document) {
        m_model->setStandardsSet(StandardsSet());
        updateMyItems();
        updateEmptyState();
        return;
    }
    m_model->setStandardsSet(document->workspace().standardsSet());
    m_model->setReadiness(document->readiness());
    updateBlockerCount();
    auto updateQueue = [this] {
        const std::optional<QSet<QString>> read =
            shown(m_document->workspace().itemsNeedingReconfirmation());
        if (!read)
            return;
        const QSet<QString> &ids = *read;
        m_model->setReconfirmationIds(ids);
        m_reconfirm->setVisible(!ids.isEmpty() || m_reconfirm->isChecked());
        m_reconfirm->setText(tr("Needs re-confirmation (%1)").arg(ids.size()));
        if (m_filter->isActive())
            m_filter->invalidate();
    };
    updateQueue();
    connect(&document->workspace(), &Workspace::reconfirmationsChanged, this, updateQueue);
    updateMyItems();
    connect(&document->workspace(), &Workspace::assignmentsChanged, this, [this] {
        updateMyItems();
        updateEmptyState();
    });
    connect(&document->workspace(), &Workspace::profileChanged, this,
            &NavigatorPane::updateMyItems);
    auto updateSignOffs = [this] {
        const std::optional<QList<SignOff>> read = shown(m_document->workspace().signOffs());
        if (!read)
            return;
        m_model->setSignOffs(
            SignOffCoverage::byItem(m_document->workspace().standardsSet(), *read));
    };
    updateSignOffs();
    connect(&document->workspace(), &Workspace::signOffsChanged, this, updateSignOffs);
    auto updateCalibration = [this] {
        const std::optional<std::optional<Calibration>> read =
            shown(ResponseImport::calibration(m_document->workspace()));
        if (read)
            m_model->setCalibration(read->value_or(Calibration{}));
    };
    updateCalibration();
    connect(&document->workspace(), &Workspace::submissionsChanged, this, updateCalibration);
    connect(&document->workspace(), &Workspace::assessmentChanged, this, updateCalibration);
    connect(document, &WorkspaceDocument::readinessChanged, this, [this] {
        m_model->setReadiness(m_document->readiness());
        updateBlockerCount();
        if (m_filter->isActive())
            m_filter->invalidate();
        updateEmptyState();
    });
    m_view->expandToDepth(0);
    updateEmptyState();
}

void NavigatorPane::selectId(const QString &id)
{
    QModelIndex source = m_model->indexForId(id);
    if (!source.isValid())
        return;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        clearFilters();
        proxy = m_filter->mapFromSource(source);
    }
    m_view->scrollTo(proxy);
    m_view->setCurrentIndex(proxy);
}

QString NavigatorPane::currentItemId() const
{
    return m_view->currentIndex().data(NavigatorModel::ItemIdRole).toString();
}

void NavigatorPane::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void NavigatorPane::showReconfirmationQueue(bool on)
{
    m_reconfirm->setVisible(true);
    m_reconfirm->setChecked(on);
}
