#include "evidencemodel.h"
#include "models/readresult.h"

#include "widgets/palettes.h"
#include "widgets/statusicons.h"
#include "workspace/workspace.h"

#include <QCollator>
#include <QGuiApplication>
#include <QLocale>
#include <QMimeData>

using namespace seqohs;

EvidenceModel::EvidenceModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    for (const AssessableItem &a : m_workspace->standardsSet().assessables())
        m_codeById.insert(a.id, a.code);
    connect(m_workspace, &Workspace::evidenceAdded, this, &EvidenceModel::onAdded);
    connect(m_workspace, &Workspace::evidenceChanged, this, &EvidenceModel::onChanged);
    connect(m_workspace, &Workspace::evidenceRemoved, this, &EvidenceModel::onRemoved);
    connect(m_workspace, &Workspace::linksChanged, this, &EvidenceModel::onLinksChanged);
    reload();
}

void EvidenceModel::reload()
{
    dropCaches();
    // Lists that could not be read leave the rows as they were; the window shows why.
    std::optional<QList<EvidenceItem>> items = shown(m_workspace->evidence());
    const std::optional<QList<EvidenceLink>> links = shown(m_workspace->links());
    if (!items || !links)
        return;
    beginResetModel();
    m_items = std::move(*items);
    m_usedBy.clear();
    for (const EvidenceLink &l : *links)
        m_usedBy[l.evidenceId] << l.itemId;
    rebuildIndex();
    endResetModel();
}

void EvidenceModel::rebuildIndex()
{
    m_rowById.clear();
    m_hashCount.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        m_rowById.insert(m_items.at(i).id, i);
        if (m_items.at(i).kind == EvidenceItem::Kind::File)
            ++m_hashCount[m_items.at(i).sha256];
    }
}

void EvidenceModel::setReadiness(const Readiness &readiness)
{
    const QSet<qint64> expired(readiness.currency.expiredIds.begin(),
                               readiness.currency.expiredIds.end());
    const QSet<qint64> expiring(readiness.currency.expiringIds.begin(),
                                readiness.currency.expiringIds.end());
    // Only rows whose currency changed are announced: an edit elsewhere must not make a sorted
    // view of thousands of rows sort itself again.
    QSet<qint64> changed = (expired - m_expired) + (m_expired - expired);
    changed += (expiring - m_expiring) + (m_expiring - expiring);
    m_expired = expired;
    m_expiring = expiring;
    if (!changed.isEmpty())
        m_searchText.clear(); // the currency column's text
    for (qint64 id : std::as_const(changed)) {
        const int row = rowForId(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

const EvidenceItem *EvidenceModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int EvidenceModel::rowForId(qint64 id) const
{
    return m_rowById.value(id, -1);
}

void EvidenceModel::onAdded(qint64 id)
{
    dropCaches();
    const std::optional<EvidenceItem> e = found(m_workspace->evidenceItem(id));
    if (!e || m_rowById.contains(id))
        return;
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items << *e;
    m_rowById.insert(id, row);
    if (e->kind == EvidenceItem::Kind::File)
        ++m_hashCount[e->sha256];
    QStringList used;
    for (const EvidenceLink &l : shown(m_workspace->linksFor(id)).value_or(QList<EvidenceLink>()))
        used << l.itemId;
    m_usedBy.insert(id, used);
    endInsertRows();
}

void EvidenceModel::onChanged(qint64 id)
{
    dropCaches();
    const int row = rowForId(id);
    const std::optional<EvidenceItem> e = found(m_workspace->evidenceItem(id));
    if (row < 0 || !e)
        return;
    m_items[row] = *e;
    rebuildIndex();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void EvidenceModel::onRemoved(qint64 id)
{
    dropCaches();
    const int row = rowForId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    m_usedBy.remove(id);
    rebuildIndex();
    endRemoveRows();
}

void EvidenceModel::onLinksChanged(qint64 id)
{
    dropCaches();
    const int row = rowForId(id);
    if (row < 0)
        return;
    const std::optional<QList<EvidenceLink>> links = shown(m_workspace->linksFor(id));
    if (!links)
        return;
    QStringList used;
    for (const EvidenceLink &l : *links)
        used << l.itemId;
    m_usedBy.insert(id, used);
    emit dataChanged(index(row, UsedByColumn), index(row, UsedByColumn));
}

QString EvidenceModel::displayText(const EvidenceItem &e, int column) const
{
    switch (column) {
    case TitleColumn:
        return e.personalData ? tr("%1 (personal data)").arg(e.title) : e.title;
    case KindColumn:
        return e.kind == EvidenceItem::Kind::File   ? tr("File")
               : e.kind == EvidenceItem::Kind::Link ? tr("Link")
                                                    : tr("Statement");
    case DocumentDateColumn:
        return e.documentDate.isValid() ? QLocale().toString(e.documentDate, QLocale::ShortFormat)
                                        : QString();
    case ReviewByColumn:
        return e.reviewBy.isValid() ? QLocale().toString(e.reviewBy, QLocale::ShortFormat)
                                    : QString();
    case CurrencyColumn:
        return StatusIcons::currencyText(StatusIcons::Currency(currencyOf(e)));
    case OwnerColumn:
        return e.owner;
    case UsedByColumn: {
        QStringList codes;
        for (const QString &id : m_usedBy.value(e.id))
            codes << m_codeById.value(id, id);
        return codes.isEmpty() ? tr("Not used") : codes.join(QStringLiteral(", "));
    }
    case SizeColumn:
        return e.kind == EvidenceItem::Kind::File ? QLocale().formattedDataSize(e.size) : QString();
    case HashColumn:
        return e.kind == EvidenceItem::Kind::File ? QString::fromLatin1(e.sha256.left(12))
                                                  : QString();
    }
    return {};
}

void EvidenceModel::dropCaches()
{
    m_sortKeys.clear();
    m_searchText.clear();
}

bool EvidenceModel::lessThan(int leftRow, int rightRow, int column) const
{
    const EvidenceItem *l = item(leftRow);
    const EvidenceItem *r = item(rightRow);
    if (!l || !r)
        return false;
    if (column == TitleColumn || column == OwnerColumn) {
        QList<QCollatorSortKey> &keys = m_sortKeys[column];
        if (keys.size() != m_items.size()) {
            QCollator collator;
            collator.setCaseSensitivity(Qt::CaseInsensitive);
            collator.setNumericMode(true);
            keys.clear();
            keys.reserve(m_items.size());
            for (const EvidenceItem &e : m_items)
                keys.append(collator.sortKey(column == TitleColumn ? e.title : e.owner));
        }
        return keys.at(leftRow).compare(keys.at(rightRow)) < 0;
    }
    const QVariant a = data(index(leftRow, column), SortRole);
    const QVariant b = data(index(rightRow, column), SortRole);
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

bool EvidenceModel::contains(int row, const QString &text) const
{
    if (m_searchText.size() != m_items.size()) {
        m_searchText.clear();
        m_searchText.reserve(m_items.size());
        for (const EvidenceItem &e : m_items) {
            QString all;
            for (int c = 0; c < ColumnCount; ++c)
                all += displayText(e, c) + QLatin1Char('\n');
            m_searchText.append(all.toCaseFolded());
        }
    }
    return row >= 0 && row < m_searchText.size() &&
           m_searchText.at(row).contains(text.toCaseFolded());
}

int EvidenceModel::currencyOf(const EvidenceItem &item) const
{
    using StatusIcons::Currency;
    if (m_expired.contains(item.id))
        return int(Currency::Expired);
    if (m_expiring.contains(item.id))
        return int(Currency::ExpiringSoon);
    return int(item.reviewBy.isValid() ? Currency::Current : Currency::None);
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    const EvidenceItem *e = index.isValid() ? item(index.row()) : nullptr;
    if (!e)
        return {};
    const auto currency = StatusIcons::Currency(currencyOf(*e));
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*e, index.column());
    case Qt::DecorationRole:
        if (index.column() == CurrencyColumn)
            return StatusIcons::currencyIcon(currency);
        if (index.column() == TitleColumn && e->personalData)
            return StatusIcons::currencyIcon(StatusIcons::Currency::Expired);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == HashColumn)
            return QString::fromLatin1(e->sha256);
        if (index.column() == TitleColumn) {
            QString tip = e->title;
            if (!e->description.isEmpty())
                tip += QLatin1Char('\n') + e->description;
            if (e->kind == EvidenceItem::Kind::Link)
                tip += QLatin1Char('\n') + e->url;
            if (m_hashCount.value(e->sha256) > 1 && e->kind == EvidenceItem::Kind::File)
                tip += QLatin1Char('\n') + tr("Another evidence item has the same content.");
            if (e->personalData)
                tip += QLatin1Char('\n') + tr("Marked as containing personal data: submission "
                                              "packs leave it out unless it is included with a "
                                              "reason.");
            return tip;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == CurrencyColumn)
            return Palettes::statusCellText(StatusIcons::currencyColour(currency),
                                            QGuiApplication::palette());
        return {};
    case SortRole:
        // Raw values: sorting thousands of rows must not build display strings.
        switch (index.column()) {
        case TitleColumn:
            return e->title;
        case KindColumn:
            return int(e->kind);
        case OwnerColumn:
            return e->owner;
        case HashColumn:
            return e->sha256;
        case DocumentDateColumn:
            return e->documentDate;
        case ReviewByColumn:
            return e->reviewBy.isValid() ? e->reviewBy : QDate(9999, 12, 31);
        case CurrencyColumn:
            return int(currency);
        case UsedByColumn:
            return int(m_usedBy.value(e->id).size());
        case SizeColumn:
            return e->size;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case EvidenceIdRole:
        return e->id;
    case CurrencyRole:
        return int(currency);
    case DuplicateRole:
        return e->kind == EvidenceItem::Kind::File && m_hashCount.value(e->sha256) > 1;
    case UsedByRole:
        return m_usedBy.value(e->id);
    case KindRole:
        return int(e->kind);
    case OwnerRole:
        return e->owner;
    }
    return {};
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case DocumentDateColumn:
        return tr("Dated");
    case ReviewByColumn:
        return tr("Review by");
    case CurrencyColumn:
        return tr("Currency");
    case OwnerColumn:
        return tr("Owner");
    case UsedByColumn:
        return tr("Used by");
    case SizeColumn:
        return tr("Size");
    case HashColumn:
        return tr("SHA-256");
    }
    return {};
}

Qt::ItemFlags EvidenceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList EvidenceModel::mimeTypes() const
{
    return {QStringLiteral("application/x-seqohs-evidence-ids")};
}

QMimeData *EvidenceModel::mimeData(const QModelIndexList &indexes) const
{
    // Evidence dragged from the library onto a criterion page is linked to it.
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        const QString id = QString::number(data(i, EvidenceIdRole).toLongLong());
        if (!ids.contains(id))
            ids << id;
    }
    auto *mime = new QMimeData;
    mime->setData(mimeTypes().constFirst(), ids.join(QLatin1Char(',')).toLatin1());
    return mime;
}
