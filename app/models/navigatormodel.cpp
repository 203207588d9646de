#include "navigatormodel.h"

#include "widgets/blockericon.h"
#include "widgets/statusicons.h"

#include <QIcon>
#include <QLocale>

using namespace seqohs;

NavigatorModel::NavigatorModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void NavigatorModel::setStandardsSet(const StandardsSet &set)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byId.clear();
    auto add = [this](Node n, int parent) {
        const int index = int(m_nodes.size());
        n.parent = parent;
        if (parent < 0) {
            n.row = int(m_roots.size());
            m_roots << index;
        } else {
            n.row = int(m_nodes[parent].children.size());
            m_nodes[parent].children << index;
        }
        m_byId.insert(n.id, index);
        m_nodes << n;
        return index;
    };
    for (const Domain &d : set.domains) {
        Node dn;
        dn.kind = NodeKind::Domain;
        dn.id = d.id;
        dn.code = d.code;
        dn.title = d.title;
        dn.searchText = d.code + QLatin1Char(' ') + d.title;
        const int di = add(dn, -1);
        for (const Standard &s : d.standards) {
            Node sn;
            sn.kind = s.criteria.isEmpty() ? NodeKind::Item : NodeKind::Standard;
            sn.id = s.id;
            sn.code = s.code;
            sn.title = s.title;
            sn.level = s.level;
            sn.assessable = s.criteria.isEmpty();
            sn.itemId = sn.assessable ? s.id : QString();
            sn.searchText = s.code + QLatin1Char(' ') + s.title + QLatin1Char(' ') + s.text;
            const int si = add(sn, di);
            for (const Criterion &c : s.criteria) {
                Node cn;
                cn.kind = NodeKind::Item;
                cn.id = c.id;
                cn.itemId = c.id;
                cn.code = c.code;
                cn.title = c.title;
                cn.level = c.level;
                cn.assessable = true;
                cn.searchText = c.code + QLatin1Char(' ') + c.title + QLatin1Char(' ') + c.text;
                add(cn, si);
            }
        }
    }
    endResetModel();
}

void NavigatorModel::setReadiness(const Readiness &readiness)
{
    m_readiness = readiness;
    m_itemScoreIndex.clear();
    m_domainScoreIndex.clear();
    m_standardScoreIndex.clear();
    for (int i = 0; i < m_readiness.items.size(); ++i)
        m_itemScoreIndex.insert(m_readiness.items.at(i).itemId, i);
    for (int i = 0; i < m_readiness.domains.size(); ++i)
        m_domainScoreIndex.insert(m_readiness.domains.at(i).id, i);
    for (int i = 0; i < m_readiness.standards.size(); ++i)
        m_standardScoreIndex.insert(m_readiness.standards.at(i).id, i);
    m_blockers.clear();
    for (const ReadinessCheck &check : m_readiness.checks) {
        if (check.severity == ReadinessCheck::Severity::Blocker && !check.itemId.isEmpty())
            m_blockers[check.itemId] << check.message;
    }
    touchAll();
}

void NavigatorModel::setReconfirmationIds(const QSet<QString> &ids)
{
    if (ids == m_reconfirm)
        return;
    m_reconfirm = ids;
    touchAll();
}

void NavigatorModel::touchAll()
{
    // Every node's status may have changed; the structure has not.
    std::function<void(const QModelIndex &)> touch = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
        for (int r = 0; r < rows; ++r)
            touch(index(r, 0, parent));
    };
    touch(QModelIndex());
}

QModelIndex NavigatorModel::indexForId(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.constEnd())
        return {};
    return createIndex(m_nodes.at(*it).row, 0, quintptr(*it));
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= m_roots.size())
            return {};
        return createIndex(row, column, quintptr(m_roots.at(row)));
    }
    if (parent.column() != 0)
        return {};
    const Node *p = node(parent);
    if (!p || row >= p->children.size())
        return {};
    return createIndex(row, column, quintptr(p->children.at(row)));
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, quintptr(n->parent));
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Node *n = node(parent);
    return n ? int(n->children.size()) : 0;
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const NavigatorModel::Node *NavigatorModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const quintptr i = index.internalId();
    return i < quintptr(m_nodes.size()) ? &m_nodes.at(int(i)) : nullptr;
}

const Figures *NavigatorModel::figuresFor(const Node &n) const
{
    if (n.kind == NodeKind::Domain) {
        const int i = m_domainScoreIndex.value(n.id, -1);
        return i >= 0 ? &m_readiness.domains.at(i).figures : nullptr;
    }
    const int i = m_standardScoreIndex.value(n.id, -1);
    return i >= 0 ? &m_readiness.standards.at(i).figures : nullptr;
}

QIcon NavigatorModel::nodeIcon(const Node &n) const
{
    if (n.assessable) {
        const int i = m_itemScoreIndex.value(n.itemId, -1);
        return StatusIcons::resultIcon(i >= 0 ? m_readiness.items.at(i).result
                                              : AssessmentResult::NotAssessed);
    }
    const Figures *f = figuresFor(n);
    if (!f || f->applicable == 0)
        return StatusIcons::resultIcon(AssessmentResult::NotApplicable);
    const int met = f->count(AssessmentResult::Met);
    if (met == f->applicable)
        return StatusIcons::resultIcon(AssessmentResult::Met);
    if (met > 0 || f->count(AssessmentResult::PartiallyMet) > 0)
        return StatusIcons::resultIcon(AssessmentResult::PartiallyMet);
    if (f->count(AssessmentResult::NotMet) > 0)
        return StatusIcons::resultIcon(AssessmentResult::NotMet);
    return StatusIcons::resultIcon(AssessmentResult::NotAssessed);
}

QString NavigatorModel::resultText(const Node &n) const
{
    const int i = m_itemScoreIndex.value(n.itemId, -1);
    if (i < 0)
        return resultDisplayName(AssessmentResult::NotAssessed);
    const ItemScore &s = m_readiness.items.at(i);
    if (!s.included && s.result != AssessmentResult::NotApplicable)
        return tr("Does not apply");
    return resultDisplayName(s.result);
}

QString NavigatorModel::signOffPrefix(const Node &n) const
{
    if (m_signOffs.isEmpty())
        return {};
    // The items under the node: itself, or every assessable node below it.
    QList<int> stack{int(&n - m_nodes.constData())};
    // An item is signed off while any sign-off that covers it holds; its sign-off is void when
    // one covered it and none holds now (a void sign-off of the whole does not hide a holding
    // one of the criterion).
    int items = 0;
    int holding = 0;
    bool voided = false;
    while (!stack.isEmpty()) {
        const Node &at = m_nodes.at(stack.takeLast());
        if (at.assessable) {
            ++items;
            const auto it = m_signOffs.constFind(at.itemId);
            if (it == m_signOffs.constEnd())
                continue;
            if (!it->holding.isEmpty())
                ++holding;
            else if (!it->voided.isEmpty())
                voided = true;
        }
        stack << at.children;
    }
    if (voided)
        return tr("\u26a0 Sign-off void \u00b7 ");
    return items > 0 && holding == items ? tr("\u2714 Signed off \u00b7 ") : QString();
}

void NavigatorModel::setCalibration(const Calibration &calibration)
{
    m_calibration = calibration;
    touchAll();
}

QString NavigatorModel::calibrationText(const Node &n) const
{
    // The standard a node belongs to: itself, or its parent for a criterion.
    const Node *standard = &n;
    if (n.kind == NodeKind::Item && n.parent >= 0 &&
        m_nodes.at(n.parent).kind == NodeKind::Standard)
        standard = &m_nodes.at(n.parent);
    const Calibration::StandardRow *row = m_calibration.forStandard(standard->id);
    if (!row)
        return {};
    return tr("Assessor: %1 \u00b7 your view: %2 (%3)")
        .arg(findingResultDisplayName(row->assessor),
             Calibration::serviceViewDisplayName(row->service),
             Calibration::comparisonDisplayName(row->comparison).toLower());
}

void NavigatorModel::setSignOffs(const QHash<QString, SignOffCoverage::ItemSignOffs> &byItem)
{
    m_signOffs = byItem;
    touchAll();
}

QVariant NavigatorModel::nodeStatusText(const Node &n) const
{
    if (n.assessable) {
        const QString prefix =
            signOffPrefix(n) +
            (m_reconfirm.contains(n.itemId) ? tr("\u27f3 Re-confirm \u00b7 ") : QString());
        // Short, so that the criterion column keeps its room: the result still shows as the
        // icon's shape beside the code, and in the tooltip and the accessible text.
        if (m_blockers.contains(n.itemId))
            return QString(prefix + tr("Blocks readiness"));
        return QString(prefix + resultText(n));
    }
    const Figures *f = figuresFor(n);
    if (!f || f->applicable == 0)
        return tr("Does not apply");
    return QString(signOffPrefix(n) + tr("%1 of %2 met \u00b7 %3")
                                          .arg(f->count(AssessmentResult::Met))
                                          .arg(f->applicable)
                                          .arg(formatShare(f->score())));
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    const int scoreIndex = n->assessable ? m_itemScoreIndex.value(n->itemId, -1) : -1;
    const ItemScore *score = scoreIndex >= 0 ? &m_readiness.items.at(scoreIndex) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CriterionColumn:
            return n->code.isEmpty() ? n->title : n->code + QStringLiteral("  ") + n->title;
        case LevelColumn:
            if (!n->assessable)
                return {};
            return n->level == Level::Must     ? tr("Must")
                   : n->level == Level::Should ? tr("Should")
                                               : QString();
        case StatusColumn:
            return nodeStatusText(*n);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == CriterionColumn)
            return nodeIcon(*n);
        if (index.column() == LevelColumn && n->assessable && n->level == Level::Must)
            return StatusIcons::mustIcon();
        if (index.column() == StatusColumn && n->assessable && m_blockers.contains(n->itemId))
            return BlockerIcon::icon();
        return {};
    case Qt::AccessibleTextRole:
        if (n->assessable && m_blockers.contains(n->itemId) &&
            (index.column() == CriterionColumn || index.column() == StatusColumn)) {
            const QString first = index.column() == CriterionColumn
                                      ? data(index, Qt::DisplayRole).toString()
                                      : resultText(*n);
            return QString(first + QStringLiteral(", ") + tr("blocks readiness"));
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = n->code + QLatin1Char(' ') + n->title;
        if (const QString calibration = calibrationText(*n); !calibration.isEmpty())
            tip += QLatin1Char('\n') + calibration;
        if (score) {
            tip += QLatin1Char('\n') + resultDisplayName(score->result);
            if (n->level == Level::Must)
                tip += tr(" \u00b7 must (required by law)");
            tip += tr("\nEvidence: %1 linked, %2 current")
                       .arg(score->evidenceCount)
                       .arg(score->currentEvidence);
            if (!score->included)
                tip += QLatin1Char('\n') + score->exclusionReason;
            if (m_reconfirm.contains(n->itemId))
                tip += QLatin1Char('\n') +
                       tr("Carried from the previous standards set: needs re-confirmation.");
            if (m_blockers.contains(n->itemId))
                tip += QLatin1Char('\n') + tr("Blocks readiness: any unmet must criterion "
                                              "keeps the service from being ready.");
            const SignOffCoverage::ItemSignOffs signOffs = m_signOffs.value(n->itemId);
            for (const SignOff &s : signOffs.holding) {
                tip += QLatin1Char('\n') +
                       tr("Signed off by %1 on %2")
                           .arg(s.signer, QLocale().toString(s.signedAt.toLocalTime().date(),
                                                             QLocale::ShortFormat));
            }
            for (const SignOff &s : signOffs.voided) {
                tip += QLatin1Char('\n') +
                       tr("Sign-off by %1 is void: what it covers changed since %2")
                           .arg(s.signer, QLocale().toString(s.signedAt.toLocalTime().date(),
                                                             QLocale::ShortFormat));
            }
        }
        return tip;
    }
    case Qt::ForegroundRole:
        // Quieter than the text, but at 6:1 on white still readable (WCAG AA asks 4.5:1).
        if (score && !score->included)
            return QColor(0x5a, 0x64, 0x70);
        return {};
    case ItemIdRole:
        return n->itemId;
    case NodeIdRole:
        return n->id;
    case NodeKindRole:
        return int(n->kind);
    case ResultRole:
        return score ? int(score->result) : QVariant();
    case IsMustRole:
        return n->assessable && n->level == Level::Must;
    case HasCurrentEvidenceRole:
        return score ? score->currentEvidence > 0 : QVariant();
    case ExpiringBeforeVisitRole:
        return score ? score->expiringBeforeVisit > 0 : QVariant();
    case IncludedRole:
        return score ? score->included : QVariant();
    case SearchTextRole:
        return n->searchText;
    case NeedsReconfirmationRole:
        return n->assessable && m_reconfirm.contains(n->itemId);
    case BlocksReadinessRole:
        return n->assessable && m_blockers.contains(n->itemId);
    }
    return {};
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CriterionColumn:
        return tr("Criterion");
    case LevelColumn:
        return tr("Level");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}
