#include "actionplanpage.h"

#include "models/actionmodel.h"
#include "models/workspacedocument.h"
#include "palettes.h"
#include "workspace/action.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace seqohs;

class ActionPlanPage::Filter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString owner;
    int status = AnyStatus;
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (!owner.isEmpty() && i.data(ActionModel::OwnerRole).toString() != owner)
            return false;
        const bool done =
            Action::Status(i.data(ActionModel::StatusRole).toInt()) == Action::Status::Done;
        switch (status) {
        case NotDone:
            return !done;
        case Overdue:
            return i.data(ActionModel::OverdueRole).toBool();
        case DoneOnly:
            return done;
        default:
            return true;
        }
    }
};

ActionPlanPage::ActionPlanPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("actionPlan"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *bar = new QHBoxLayout;
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setAccessibleName(tr("Owner"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Show"));
    m_status->addItem(tr("Open and in progress"), int(NotDone));
    m_status->addItem(tr("Overdue"), int(Overdue));
    m_status->addItem(tr("Done"), int(DoneOnly));
    m_status->addItem(tr("All actions"), int(AnyStatus));
    auto *add = new QPushButton(tr("Add action\u2026"), this);
    m_editButton = new QPushButton(tr("Edit\u2026"), this);
    m_doneButton = new QPushButton(tr("Mark done"), this);
    m_removeButton = new QPushButton(tr("Remove"), this);
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    auto *statusLabel = new QLabel(tr("S&how:"), this);
    statusLabel->setBuddy(m_status);
    bar->addWidget(ownerLabel);
    bar->addWidget(m_owner, 1);
    bar->addWidget(statusLabel);
    bar->addWidget(m_status, 1);
    bar->addStretch(1);
    layout->addLayout(bar);
    // The buttons get a row of their own so the page fits a narrow window or a large scale.
    auto *buttons = new QHBoxLayout;
    // Buttons are named by their text.
    for (QPushButton *b : {add, m_editButton, m_doneButton, m_removeButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_filter = new Filter(this);
    m_filter->setSortRole(ActionModel::SortRole);
    m_filter->status = NotDone;
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("actionTable"));
    m_view->setAccessibleName(tr("Actions"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->installEventFilter(this);

    m_editAction = new QAction(tr("Edit\u2026"), this);
    m_doneAction = new QAction(tr("Mark done"), this);
    m_goToAction = new QAction(tr("Go to criterion"), this);
    m_removeAction = new QAction(tr("Remove"), this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions({m_editAction, m_doneAction, m_goToAction, separator, m_removeAction});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Instead of an empty table: what to do next.
    auto *emptyPage = new QWidget(this);
    emptyPage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    m_empty = new QLabel(emptyPage);
    m_empty->setObjectName(QStringLiteral("actionEmptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_clearFilter = new QPushButton(tr("Clear the filter"), emptyPage);
    m_clearFilter->setObjectName(QStringLiteral("actionClearFilter"));
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(m_clearFilter, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_tableOrEmpty = new QStackedWidget(this);
    m_tableOrEmpty->addWidget(m_view);
    m_tableOrEmpty->addWidget(emptyPage);
    layout->addWidget(m_tableOrEmpty, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("actionSummary"));
    Palettes::makeSecondary(m_summary);
    layout->addWidget(m_summary);

    connect(m_owner, &QComboBox::activated, this,
            [this] { setOwnerFilter(m_owner->currentData().toString()); });
    connect(m_status, &QComboBox::activated, this,
            [this] { setStatusFilter(m_status->currentData().toInt()); });
    connect(add, &QPushButton::clicked, this, &ActionPlanPage::addRequested);
    connect(m_editButton, &QPushButton::clicked, m_editAction, &QAction::trigger);
    connect(m_doneButton, &QPushButton::clicked, m_doneAction, &QAction::trigger);
    connect(m_removeButton, &QPushButton::clicked, m_removeAction, &QAction::trigger);
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            emit editRequested(id);
    });
    connect(m_doneAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            emit markDoneRequested(id);
    });
    connect(m_removeAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            emit removeRequested(id);
    });
    connect(m_goToAction, &QAction::triggered, this, [this] {
        const QString itemId = currentRow().data(ActionModel::ItemIdRole).toString();
        if (!itemId.isEmpty())
            emit itemActivated(itemId);
    });
    connect(m_clearFilter, &QPushButton::clicked, this, &ActionPlanPage::clearFilter);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit editRequested(index.data(ActionModel::ActionIdRole).toLongLong());
    });
    // The view keeps its proxy, and with it its selection model, for the page's lifetime: these
    // connections are made once, never per workspace.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActionPlanPage::updateActions);
    // An action added, changed or removed (a repeating one's next occurrence among them) shows
    // in the line under the table at once, not only when the figures are next worked out.
    auto rowsChanged = [this] {
        updateSummary();
        updateEmptyState();
        updateActions();
    };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, rowsChanged);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, rowsChanged);
    updateEmptyState();
    updateActions();
}

void ActionPlanPage::setDocument(WorkspaceDocument *document)
{
    for (const QMetaObject::Connection &c : std::as_const(m_documentConnections))
        disconnect(c);
    m_documentConnections.clear();
    m_document = document;
    ActionModel *old = m_model;
    m_model = nullptr; // the proxy's reset below must not reach the model being replaced
    if (document) {
        m_model = new ActionModel(&document->workspace(), this);
        m_model->setAsOf(document->asOf());
    }
    m_filter->setSourceModel(m_model);
    delete old;
    if (document) {
        m_documentConnections << connect(document, &WorkspaceDocument::readinessChanged, this,
                                         &ActionPlanPage::refresh);
        QHeaderView *h = m_view->horizontalHeader();
        h->setSectionResizeMode(ActionModel::TextColumn, QHeaderView::Stretch);
        for (int c = ActionModel::RequirementColumn; c < ActionModel::ColumnCount; ++c)
            h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        m_view->sortByColumn(ActionModel::DueColumn, Qt::AscendingOrder);
    }
    refresh();
}

void ActionPlanPage::refresh()
{
    if (!m_model || !m_document) {
        m_owner->clear();
        m_summary->clear();
        updateEmptyState();
        updateActions();
        return;
    }
    m_model->setAsOf(m_document->asOf());
    m_filter->refilter();
    refreshOwners();
    updateSummary();
    updateEmptyState();
    updateActions();
}

void ActionPlanPage::updateSummary()
{
    if (!m_model) {
        m_summary->clear();
        return;
    }
    int overdue = 0;
    int open = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        overdue += i.data(ActionModel::OverdueRole).toBool();
        open += Action::Status(i.data(ActionModel::StatusRole).toInt()) != Action::Status::Done;
    }
    m_summary->setText(tr("%n action(s), %1 not done, %2 overdue", nullptr, m_model->rowCount())
                           .arg(open)
                           .arg(overdue));
}

void ActionPlanPage::refreshOwners()
{
    const QString current = m_filter->owner;
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    if (m_model) {
        for (const QString &o : m_model->owners())
            m_owner->addItem(o, o);
    }
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(current)));
}

QModelIndex ActionPlanPage::currentRow() const
{
    if (!m_model)
        return {};
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.first();
}

qint64 ActionPlanPage::currentId() const
{
    return currentRow().data(ActionModel::ActionIdRole).toLongLong();
}

void ActionPlanPage::updateActions()
{
    const QModelIndex row = currentRow();
    const bool any = row.isValid();
    const bool done =
        any && Action::Status(row.data(ActionModel::StatusRole).toInt()) == Action::Status::Done;
    m_editAction->setEnabled(any);
    m_doneAction->setEnabled(any && !done);
    m_removeAction->setEnabled(any);
    m_goToAction->setEnabled(any && !row.data(ActionModel::ItemIdRole).toString().isEmpty());
    m_editButton->setEnabled(any);
    m_doneButton->setEnabled(any && !done);
    m_removeButton->setEnabled(any);
}

void ActionPlanPage::updateEmptyState()
{
    QString text;
    bool offerClear = false;
    if (!m_model) {
        text = tr("No workspace is open.");
    } else if (m_model->rowCount() == 0) {
        text = tr("No actions yet.\n\nAdd one with \u201cAdd action\u2026\u201d above, or from a "
                  "criterion on the Assessment page.");
    } else if (m_filter->rowCount() == 0) {
        text = tr("No actions match \u201c%1\u201d for %2. Clear the filter to see every action.")
                   .arg(m_status->currentText(), m_owner->currentText());
        offerClear = true;
    }
    m_empty->setText(text);
    m_clearFilter->setVisible(offerClear);
    m_tableOrEmpty->setCurrentIndex(text.isEmpty() ? 0 : 1);
}

QString ActionPlanPage::summaryText() const
{
    return m_summary->text();
}

QString ActionPlanPage::emptyStateText() const
{
    return m_tableOrEmpty->currentWidget() == m_view ? QString() : m_empty->text();
}

void ActionPlanPage::clearFilter()
{
    setOwnerFilter(QString());
    setStatusFilter(AnyStatus);
}

bool ActionPlanPage::eventFilter(QObject *watched, QEvent *event)
{
    // In the table, Delete removes the selected action: the table claims the key before any
    // shortcut of the window can take it, then acts on it.
    if (watched == m_view &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        event->accept();
        if (event->type() == QEvent::KeyPress && m_removeAction->isEnabled())
            m_removeAction->trigger();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

int ActionPlanPage::visibleRows() const
{
    return m_filter->rowCount();
}

void ActionPlanPage::setOwnerFilter(const QString &owner)
{
    m_filter->owner = owner;
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(owner)));
    m_filter->refilter();
    updateEmptyState();
    updateActions();
}

void ActionPlanPage::setStatusFilter(int filter)
{
    m_filter->status = filter;
    m_status->setCurrentIndex(qMax(0, m_status->findData(filter)));
    m_filter->refilter();
    updateEmptyState();
    updateActions();
}

void ActionPlanPage::selectAction(qint64 id)
{
    if (!m_model)
        return;
    const int row = m_model->rowForId(id);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        setOwnerFilter(QString());
        setStatusFilter(AnyStatus);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return;
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}
