#include "actionmodel.h"
#include "models/readresult.h"

#include "common/clock.h"
#include "widgets/palettes.h"
#include "widgets/statusicons.h"
#include "workspace/workspace.h"

#include <QGuiApplication>
#include <QLocale>

using namespace seqohs;

ActionModel::ActionModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_asOf(Clock::today())
{
    for (const AssessableItem &a : m_workspace->standardsSet().assessables())
        m_codeById.insert(a.id, a.code);
    // An action may concern a whole standard.
    for (const Domain &domain : m_workspace->standardsSet().domains) {
        for (const Standard &standard : domain.standards)
            m_codeById.insert(standard.id, standard.code);
    }
    connect(m_workspace, &Workspace::actionAdded, this, &ActionModel::onAdded);
    connect(m_workspace, &Workspace::actionChanged, this, &ActionModel::onChanged);
    connect(m_workspace, &Workspace::actionRemoved, this, &ActionModel::onRemoved);
    reload();
}

void ActionModel::setAsOf(const QDate &date)
{
    if (m_asOf == date)
        return;
    m_asOf = date;
    if (!m_actions.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ActionModel::reload()
{
    // A list that could not be read leaves the rows as they were; the window shows why.
    std::optional<QList<Action>> actions = shown(m_workspace->actions());
    if (!actions)
        return;
    beginResetModel();
    m_actions = std::move(*actions);
    rebuildIndex();
    endResetModel();
}

void ActionModel::rebuildIndex()
{
    m_rowById.clear();
    for (int i = 0; i < m_actions.size(); ++i)
        m_rowById.insert(m_actions.at(i).id, i);
}

const Action *ActionModel::action(int row) const
{
    return row >= 0 && row < m_actions.size() ? &m_actions.at(row) : nullptr;
}

int ActionModel::rowForId(qint64 id) const
{
    return m_rowById.value(id, -1);
}

QStringList ActionModel::owners() const
{
    QStringList out;
    for (const Action &a : m_actions) {
        if (!a.owner.isEmpty() && !out.contains(a.owner))
            out << a.owner;
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

void ActionModel::onAdded(qint64 id)
{
    const std::optional<Action> a = found(m_workspace->action(id));
    if (!a || m_rowById.contains(id))
        return;
    const int row = int(m_actions.size());
    beginInsertRows({}, row, row);
    m_actions << *a;
    m_rowById.insert(id, row);
    endInsertRows();
}

void ActionModel::onChanged(qint64 id)
{
    const int row = rowForId(id);
    const std::optional<Action> a = found(m_workspace->action(id));
    if (row < 0 || !a)
        return;
    m_actions[row] = *a;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ActionModel::onRemoved(qint64 id)
{
    const int row = rowForId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_actions.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

int ActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionModel::data(const QModelIndex &index, int role) const
{
    const Action *a = index.isValid() ? action(index.row()) : nullptr;
    if (!a)
        return {};
    const bool overdue = a->isOverdueOn(m_asOf);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return a->text;
        case RequirementColumn:
            return m_codeById.value(a->itemId, a->itemId);
        case OwnerColumn:
            return a->owner;
        case DueColumn:
            return a->due.isValid() ? locale.toString(a->due, QLocale::ShortFormat) : QString();
        case StatusColumn:
            if (overdue)
                return tr("Overdue");
            return a->status == Action::Status::Open         ? tr("Open")
                   : a->status == Action::Status::InProgress ? tr("In progress")
                                                             : tr("Done");
        case CompletedColumn:
            return a->completed.isValid() ? locale.toString(a->completed, QLocale::ShortFormat)
                                          : QString();
        case RepeatsColumn:
            if (!a->recurrence.repeats())
                return QString();
            return tr("%1, occurrence %2").arg(a->recurrence.describe()).arg(occurrence(*a));
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            if (overdue)
                return StatusIcons::currencyIcon(StatusIcons::Currency::Expired);
            if (a->status == Action::Status::Done)
                return StatusIcons::resultIcon(AssessmentResult::Met);
            if (a->status == Action::Status::InProgress)
                return StatusIcons::resultIcon(AssessmentResult::PartiallyMet);
            return StatusIcons::resultIcon(AssessmentResult::NotAssessed);
        }
        return {};
    case Qt::ForegroundRole:
        if (overdue && (index.column() == DueColumn || index.column() == StatusColumn))
            return Palettes::statusCellText(
                StatusIcons::currencyColour(StatusIcons::Currency::Expired),
                QGuiApplication::palette());
        if (a->status == Action::Status::Done)
            return Palettes::secondaryCellText(QGuiApplication::palette());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RepeatsColumn && a->follows)
            return tr("Made when action %1 was done").arg(a->follows);
        if (a->source == QLatin1String("assessor"))
            return tr("Required by the assessor");
        return a->text;
    case SortRole:
        switch (index.column()) {
        case DueColumn:
            return a->due.isValid() ? a->due : QDate(9999, 12, 31);
        case CompletedColumn:
            return a->completed;
        case StatusColumn:
            return overdue ? -1 : int(a->status);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case ActionIdRole:
        return a->id;
    case OverdueRole:
        return overdue;
    case StatusRole:
        return int(a->status);
    case OwnerRole:
        return a->owner;
    case ItemIdRole:
        return a->itemId;
    }
    return {};
}

QVariant ActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Action");
    case RequirementColumn:
        return tr("Criterion");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case CompletedColumn:
        return tr("Completed");
    case RepeatsColumn:
        return tr("Repeats");
    }
    return {};
}

int ActionModel::occurrence(const Action &action) const
{
    int n = 1;
    qint64 previous = action.follows;
    // Bounded, so that a loop made outside the program cannot hang the view.
    while (previous && n <= m_actions.size()) {
        const int row = m_rowById.value(previous, -1);
        if (row < 0)
            break;
        ++n;
        previous = m_actions.at(row).follows;
    }
    return n;
}
