#pragma once

#include "scoring/readiness.h"
#include "scoring/scoringinput.h"
#include "workspace/evidenceitem.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QHash>
#include <QSet>

#include <memory>

class QStringMatcher;
class QThread;
class QTimer;

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

    // Changes come from workspace. rows, when given, is the evidence and links already read
    // (the open document's scoring input holds them, kept current): at 50,000 items reading
    // them a second time was a fifth of opening a workspace. Without it they are read here.
    explicit EvidenceModel(seqohs::Workspace *workspace, const seqohs::ScoringInput *rows = nullptr,
                           QObject *parent = nullptr);
    ~EvidenceModel() override;

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
    // collation keys (as the user's language orders them), other columns by their raw values;
    // the text a filter searches is every column's text but the currency (which the Show box
    // filters by). Keys and text are made once on a thread of its own and kept until the rows
    // change.
    bool lessThan(int leftRow, int rightRow, int column) const;
    // folded: the text searched for, case-folded.
    bool contains(int row, const QStringMatcher &folded) const;

private:
    // What a row's text is made of besides the item itself: copied to the thread that makes
    // the search text.
    struct Lookups
    {
        QHash<qint64, QStringList> usedBy;
        QHash<QString, QString> codeById; // item id -> display code
        QSet<qint64> expired;
        QSet<qint64> expiring;
    };
    // Made on a thread of its own after the rows load: the search text of every row and each
    // row's place in the collation order of the title and owner columns (50,000 sort keys take
    // tens of milliseconds to make, and as long again to sort).
    struct SearchBuild
    {
        QStringList texts;
        QList<int> titleRanks;
        QList<int> ownerRanks;
        quint64 generation = 0;
    };

    void reload(const seqohs::ScoringInput *rows);
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    void onLinksChanged(qint64 id);
    void rebuildIndex();
    int currencyOf(const seqohs::EvidenceItem &item) const;
    QString displayText(const seqohs::EvidenceItem &item, int column) const;
    static int currencyOf(const seqohs::EvidenceItem &item, const Lookups &lookups);
    static QString displayText(const seqohs::EvidenceItem &item, int column,
                               const Lookups &lookups);
    // Each row's place in the order of the column's text as people sort it (case aside,
    // numbers by value); rows of equal text have equal places.
    static QList<int> sortRanks(const QList<seqohs::EvidenceItem> &items, int column);
    static QStringList searchTexts(const QList<seqohs::EvidenceItem> &items,
                                   const Lookups &lookups);
    void dropCaches();
    // Every row's search text is made on a thread of its own a moment after the rows change,
    // so that the first filter of a large library does not wait for it.
    void prepareSearchText();
    void takeSearchText() const;

    // Per row: sortRanks() of the title and owner columns, and the search text in folded case.
    mutable QList<int> m_titleRanks;
    mutable QList<int> m_ownerRanks;
    mutable QStringList m_searchText;
    mutable QThread *m_searchThread = nullptr;
    mutable std::shared_ptr<SearchBuild> m_searchBuild;
    quint64 m_generation = 0;
    QTimer *m_searchTimer = nullptr;

    seqohs::Workspace *m_workspace;
    QList<seqohs::EvidenceItem> m_items;
    QHash<qint64, int> m_rowById;
    QHash<QByteArray, int> m_hashCount;
    Lookups m_lookups;
};
