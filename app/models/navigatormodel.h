#pragma once

#include "catalogue/standardsset.h"
#include "scoring/readiness.h"

#include "pack/calibration.h"
#include "workspace/signoffcoverage.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

// The standards set as a tree (domain -> standard -> criterion) with each node's status from
// the readiness figures and what blocks readiness. Read-only: it shows what the core computed and
// decides nothing.
class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        CriterionColumn,
        RequirementColumn = CriterionColumn, // the older name
        LevelColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // assessable item id (criteria and whole standards)
        NodeIdRole,                    // the node's own id (domain, standard or criterion)
        NodeKindRole,                  // NodeKind
        ResultRole,                    // AssessmentResult as int, items only
        IsMustRole,
        HasCurrentEvidenceRole,
        ExpiringBeforeVisitRole,
        IncludedRole, // applies to the service and is not justified as not applicable
        SearchTextRole,
        NeedsReconfirmationRole, // carried from another set and not yet confirmed
        BlocksReadinessRole,     // a readiness check of severity Blocker names the item
    };
    enum class NodeKind { Domain, Standard, Item };

    explicit NavigatorModel(QObject *parent = nullptr);

    void setStandardsSet(const seqohs::StandardsSet &set);
    // The figures and checks to show; items named by a Blocker check are marked as blocking
    // readiness.
    void setReadiness(const seqohs::Readiness &readiness);
    int blockerCount() const { return int(m_blockers.size()); }
    // The items that need a fresh look after a move to another standards set.
    void setReconfirmationIds(const QSet<QString> &ids);
    // The sign-offs covering each item, holding and void (SignOffCoverage::byItem).
    void setSignOffs(const QHash<QString, seqohs::SignOffCoverage::ItemSignOffs> &byItem);
    // The service's own view beside the latest assessor's finding, per standard.
    void setCalibration(const seqohs::Calibration &calibration);

    // The index of the node for an assessable item, domain or standard id.
    QModelIndex indexForId(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        NodeKind kind = NodeKind::Domain;
        int parent = -1; // index into m_nodes, -1 for domains
        int row = 0;
        QList<int> children;
        QString id;
        QString itemId; // set for assessable nodes
        QString code;
        QString title;
        QString searchText;
        seqohs::Level level = seqohs::Level::Unspecified;
        bool assessable = false;
    };

    const Node *node(const QModelIndex &index) const;
    QVariant nodeStatusText(const Node &n) const;
    QString resultText(const Node &n) const;
    QIcon nodeIcon(const Node &n) const;
    const seqohs::Figures *figuresFor(const Node &n) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_byId;
    seqohs::Readiness m_readiness;
    QHash<QString, int> m_itemScoreIndex;   // item id -> index in m_readiness.items
    QHash<QString, int> m_domainScoreIndex; // domain id -> index in m_readiness.domains
    QHash<QString, int> m_standardScoreIndex;
    QSet<QString> m_reconfirm;
    QHash<QString, seqohs::SignOffCoverage::ItemSignOffs> m_signOffs;
    seqohs::Calibration m_calibration;
    // "Assessor: Not met · your view: Met (more optimistic than the assessor)", or empty.
    QString calibrationText(const Node &n) const;
    // "✔ Signed off · " or "⚠ Sign-off void · " for a node, or empty.
    QString signOffPrefix(const Node &n) const;
    QHash<QString, QStringList> m_blockers; // item id -> the blocker checks' messages
    void touchAll();
};
