#pragma once

#include "workspace/action.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace seqohs {
class Workspace;
}

// The action plan as a table, following the workspace's action signals.
class ActionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TextColumn,
        RequirementColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        CompletedColumn,
        RepeatsColumn,
        ColumnCount
    };
    enum Role {
        ActionIdRole = Qt::UserRole + 1,
        SortRole,
        OverdueRole,
        StatusRole, // Action::Status as int
        OwnerRole,
        ItemIdRole,
    };

    explicit ActionModel(seqohs::Workspace *workspace, QObject *parent = nullptr);

    // The date overdue is judged on (today, or the forecast date).
    void setAsOf(const QDate &date);
    const seqohs::Action *action(int row) const;
    int rowForId(qint64 id) const;
    QStringList owners() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    void rebuildIndex();
    // 1 for an action that follows none, else one more than the occurrence it follows.
    int occurrence(const seqohs::Action &action) const;

    seqohs::Workspace *m_workspace;
    QList<seqohs::Action> m_actions;
    QHash<qint64, int> m_rowById;
    QHash<QString, QString> m_codeById;
    QDate m_asOf;
};
