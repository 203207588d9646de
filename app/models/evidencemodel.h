#pragma once

#include "scoring/readiness.h"
#include "workspace/evidenceitem.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QHash>
#include <QSet>

namespace seqohs {
class Workspace;
}

// The workspace's evidence as a table. Follows the workspace's change signals row by row and
// takes each item's currency from the readiness figures.
class EvidenceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        KindColumn,
        DocumentDateColumn,
        ReviewByColumn,
        CurrencyColumn,
        OwnerColumn,
        UsedByColumn,
        SizeColumn,
        HashColumn,
        ColumnCount
    };
    enum Role {
        EvidenceIdRole = Qt::UserRole + 1,
        SortRole,
        CurrencyRole,  // StatusIcons::Currency as int
        DuplicateRole, // another item has the same content
        UsedByRole,    // QStringList of item ids
        KindRole,      // EvidenceItem::Kind as int
        OwnerRole,
    };

    explicit EvidenceModel(seqohs::Workspace *workspace, QObject *parent = nullptr);

    void setReadiness(const seqohs::Readiness &readiness);
    const seqohs::EvidenceItem *item(int row) const;
    int rowForId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    // For the library's sort and filter, which run over every row: title and owner compare by
    // collation keys made once (as the user's language orders them), other columns by their
    // raw values; the text a filter searches is every column's text, made once and kept until
    // the rows change.
    bool lessThan(int leftRow, int rightRow, int column) const;
    bool contains(int row, const QString &text) const;

private:
    void reload();
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    void onLinksChanged(qint64 id);
    void rebuildIndex();
    int currencyOf(const seqohs::EvidenceItem &item) const;
    QString displayText(const seqohs::EvidenceItem &item, int column) const;
    void dropCaches();

    mutable QHash<int, QList<QCollatorSortKey>> m_sortKeys; // column -> key per row
    mutable QStringList m_searchText;                       // per row, folded case

    seqohs::Workspace *m_workspace;
    QList<seqohs::EvidenceItem> m_items;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QStringList> m_usedBy;
    QHash<QByteArray, int> m_hashCount;
    QSet<qint64> m_expired;
    QSet<qint64> m_expiring;
    QHash<QString, QString> m_codeById; // item id -> display code
};
