#include "actionplanpage.h"

#include "models/actionmodel.h"
#include "models/workspacedocument.h"
#include "workspace/action.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
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
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Open and in progress"), int(NotDone));
    m_status->addItem(tr("Overdue"), int(Overdue));
    m_status->addItem(tr("Done"), int(DoneOnly));
    m_status->addItem(tr("All actions"), int(AnyStatus));
    auto *add = new QPushButton(tr("Add action\u2026"), this);
    auto *edit = new QPushButton(tr("Edit\u2026"), this);
    auto *done = new QPushButton(tr("Mark done"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    bar->addWidget(new QLabel(tr("Owner:"), this));
    bar->addWidget(m_owner, 1);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_status, 1);
    bar->addStretch(1);
    for (QPushButton *b : {add, edit, done, remove})
        bar->addWidget(b);
    layout->addLayout(bar);

    m_filter = new Filter(this);
    m_filter->setSortRole(ActionModel::SortRole);
    m_filter->status = NotDone;
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("actionTable"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    layout->addWidget(m_view, 1);
    m_summary = new QLabel(this);
    m_summary->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_summary);

    connect(m_owner, &QComboBox::activated, this,
            [this] { setOwnerFilter(m_owner->currentData().toString()); });
    connect(m_status, &QComboBox::activated, this,
            [this] { setStatusFilter(m_status->currentData().toInt()); });
    connect(add, &QPushButton::clicked, this, &ActionPlanPage::addRequested);
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            emit editRequested(id);
    });
    connect(done, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            emit markDoneRequested(id);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            emit removeRequested(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit editRequested(index.data(ActionModel::ActionIdRole).toLongLong());
    });
}

void ActionPlanPage::setDocument(WorkspaceDocument *document)
{
    m_document = document;
    m_filter->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    if (!document)
        return;
    m_model = new ActionModel(&document->workspace(), this);
    m_model->setAsOf(document->asOf());
    m_filter->setSourceModel(m_model);
    auto refresh = [this] {
        m_model->setAsOf(m_document->asOf());
        m_filter->refilter();
        refreshOwners();
        int overdue = 0;
        int open = 0;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex i = m_model->index(r, 0);
            overdue += i.data(ActionModel::OverdueRole).toBool();
            open += Action::Status(i.data(ActionModel::StatusRole).toInt()) != Action::Status::Done;
        }
        m_summary->setText(tr("%1 actions, %2 not done, %3 overdue")
                               .arg(m_model->rowCount())
                               .arg(open)
                               .arg(overdue));
    };
    connect(document, &WorkspaceDocument::readinessChanged, this, refresh);
    QHeaderView *h = m_view->horizontalHeader();
    h->setSectionResizeMode(ActionModel::TextColumn, QHeaderView::Stretch);
    for (int c = ActionModel::RequirementColumn; c < ActionModel::ColumnCount; ++c)
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->sortByColumn(ActionModel::DueColumn, Qt::AscendingOrder);
    refresh();
}

void ActionPlanPage::refreshOwners()
{
    const QString current = m_filter->owner;
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    for (const QString &o : m_model->owners())
        m_owner->addItem(o, o);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(current)));
}

qint64 ActionPlanPage::currentId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ActionModel::ActionIdRole).toLongLong();
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
}

void ActionPlanPage::setStatusFilter(int filter)
{
    m_filter->status = filter;
    m_status->setCurrentIndex(qMax(0, m_status->findData(filter)));
    m_filter->refilter();
}
