#include "evidencemodel.h"
#include "models/readresult.h"

#include "widgets/palettes.h"
#include "widgets/statusicons.h"
#include "workspace/workspace.h"

#include <QCollator>
#include <QGuiApplication>
#include <QLocale>
#include <QMimeData>
#include <QStringMatcher>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <numeric>

using namespace seqohs;

EvidenceModel::EvidenceModel(Workspace *workspace, const ScoringInput *rows, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    for (const AssessableItem &a : m_workspace->standardsSet().assessables())
        m_lookups.codeById.insert(a.id, a.code);
    connect(m_workspace, &Workspace::evidenceAdded, this, &EvidenceModel::onAdded);
    connect(m_workspace, &Workspace::evidenceChanged, this, &EvidenceModel::onChanged);
    connect(m_workspace, &Workspace::evidenceRemoved, this, &EvidenceModel::onRemoved);
    connect(m_workspace, &Workspace::linksChanged, this, &EvidenceModel::onLinksChanged);
    // A burst of changes (an import adds items one by one) makes the search text once, after.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_searchTimer, &QTimer::timeout, this, &EvidenceModel::prepareSearchText);
    reload(rows);
}

EvidenceModel::~EvidenceModel()
{
    // The thread holds copies only, but its end is announced to this model: wait for it.
    if (m_searchThread) {
        m_searchThread->wait();
        delete m_searchThread;
    }
}

void EvidenceModel::reload(const ScoringInput *rows)
{
    dropCaches();
    // Lists that could not be read leave the rows as they were; the window shows why.
    std::optional<QList<EvidenceItem>> items =
        rows ? std::optional(rows->evidence) : shown(m_workspace->evidence());
    const std::optional<QList<EvidenceLink>> links =
        rows ? std::optional(rows->links) : shown(m_workspace->links());
    if (!items || !links)
        return;
    beginResetModel();
    m_items = std::move(*items);
    m_lookups.usedBy.clear();
    m_lookups.usedBy.reserve(m_items.size());
    for (const EvidenceLink &l : *links)
        m_lookups.usedBy[l.evidenceId] << l.itemId;
    rebuildIndex();
    endResetModel();
    // Right away after a load, on its own thread: a filter is the likely next thing.
    m_searchTimer->stop();
    prepareSearchText();
}

void EvidenceModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_items.size());
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
    QSet<qint64> changed = (expired - m_lookups.expired) + (m_lookups.expired - expired);
    changed += (expiring - m_lookups.expiring) + (m_lookups.expiring - expiring);
    m_lookups.expired = expired;
    m_lookups.expiring = expiring;
    // The search text leaves currency out (the Show box filters by it), so it stays as it is.
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
    m_lookups.usedBy.insert(id, used);
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
    m_lookups.usedBy.remove(id);
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
    m_lookups.usedBy.insert(id, used);
    emit dataChanged(index(row, UsedByColumn), index(row, UsedByColumn));
}

QString EvidenceModel::displayText(const EvidenceItem &e, int column) const
{
    return displayText(e, column, m_lookups);
}

QString EvidenceModel::displayText(const EvidenceItem &e, int column, const Lookups &lookups)
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
        return StatusIcons::currencyText(StatusIcons::Currency(currencyOf(e, lookups)));
    case OwnerColumn:
        return e.owner;
    case UsedByColumn: {
        QStringList codes;
        for (const QString &id : lookups.usedBy.value(e.id))
            codes << lookups.codeById.value(id, id);
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
    m_titleRanks.clear();
    m_ownerRanks.clear();
    m_searchText.clear();
    ++m_generation;
    if (m_searchTimer)
        m_searchTimer->start();
}

QList<int> EvidenceModel::sortRanks(const QList<EvidenceItem> &items, int column)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    QList<QCollatorSortKey> keys;
    keys.reserve(items.size());
    for (const EvidenceItem &e : items)
        keys.append(collator.sortKey(column == TitleColumn ? e.title : e.owner));
    QList<int> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&keys](int a, int b) { return keys.at(a).compare(keys.at(b)) < 0; });
    QList<int> ranks(items.size());
    int rank = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i > 0 && keys.at(order.at(i - 1)).compare(keys.at(order.at(i))) != 0)
            ++rank;
        ranks[order.at(i)] = rank;
    }
    return ranks;
}

bool EvidenceModel::lessThan(int leftRow, int rightRow, int column) const
{
    if (column == TitleColumn || column == OwnerColumn) {
        // A sort of 50,000 rows makes about 800,000 comparisons: each compares two numbers.
        QList<int> &ranks = column == TitleColumn ? m_titleRanks : m_ownerRanks;
        if (ranks.size() != m_items.size()) {
            // Taken from the thread when it is done; made here rather than waited for.
            if (m_searchThread && m_searchThread->isFinished())
                takeSearchText();
            if (ranks.size() != m_items.size())
                ranks = sortRanks(m_items, column);
        }
        return ranks.at(leftRow) < ranks.at(rightRow);
    }
    const EvidenceItem *l = item(leftRow);
    const EvidenceItem *r = item(rightRow);
    if (!l || !r)
        return false;
    // The raw values, as SortRole gives them, without a QVariant per comparison.
    switch (column) {
    case KindColumn:
        return int(l->kind) < int(r->kind);
    case HashColumn:
        return l->sha256 < r->sha256;
    case DocumentDateColumn:
        return l->documentDate < r->documentDate;
    case ReviewByColumn: {
        // No review-by date sorts last: it never expires.
        const QDate a = l->reviewBy.isValid() ? l->reviewBy : QDate(9999, 12, 31);
        const QDate b = r->reviewBy.isValid() ? r->reviewBy : QDate(9999, 12, 31);
        return a < b;
    }
    case CurrencyColumn:
        return currencyOf(*l) < currencyOf(*r);
    case UsedByColumn:
        return m_lookups.usedBy.value(l->id).size() < m_lookups.usedBy.value(r->id).size();
    case SizeColumn:
        return l->size < r->size;
    default:
        break;
    }
    const QVariant a = data(index(leftRow, column), SortRole);
    const QVariant b = data(index(rightRow, column), SortRole);
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

QStringList EvidenceModel::searchTexts(const QList<EvidenceItem> &items, const Lookups &lookups)
{
    QStringList texts;
    texts.reserve(items.size());
    // Every column but the currency, which the Show box filters by and which changes with the
    // date. Translations and dates are the costly parts of a row's text, and there are few of them
    // (a library of 50,000 items has a thousand dates or so): each is made once.
    const QLocale locale;
    const QString kinds[] = {displayText(EvidenceItem{}, KindColumn, lookups).toCaseFolded(),
                             tr("Link").toCaseFolded(), tr("Statement").toCaseFolded()};
    QHash<qint64, QString> dates;
    const auto date = [&](const QDate &d) -> const QString & {
        auto it = dates.find(d.toJulianDay());
        if (it == dates.end())
            it = dates.insert(d.toJulianDay(), locale.toString(d, QLocale::ShortFormat));
        return *it;
    };
    for (const EvidenceItem &e : items) {
        QString all = e.title;
        all += QLatin1Char('\n') + e.owner;
        all += QLatin1Char('\n') + displayText(e, UsedByColumn, lookups);
        if (e.documentDate.isValid())
            all += QLatin1Char('\n') + date(e.documentDate);
        if (e.reviewBy.isValid())
            all += QLatin1Char('\n') + date(e.reviewBy);
        if (e.kind == EvidenceItem::Kind::File) {
            all += QLatin1Char('\n') + displayText(e, SizeColumn, lookups);
            all += QLatin1Char('\n') + displayText(e, HashColumn, lookups);
        }
        if (e.personalData)
            all += QLatin1Char('\n') + displayText(e, TitleColumn, lookups);
        all = all.toCaseFolded();
        all += QLatin1Char('\n') + kinds[int(e.kind)];
        texts.append(all);
    }
    return texts;
}

void EvidenceModel::prepareSearchText()
{
    if (m_searchText.size() == m_items.size() || m_searchThread)
        return;
    auto build = std::make_shared<SearchBuild>();
    build->generation = m_generation;
    m_searchBuild = build;
    // Plain values only: the thread never touches the model.
    m_searchThread = QThread::create([build, items = m_items, lookups = m_lookups] {
        build->texts = searchTexts(items, lookups);
        build->titleRanks = sortRanks(items, TitleColumn);
        build->ownerRanks = sortRanks(items, OwnerColumn);
    });
    connect(m_searchThread, &QThread::finished, this, [this] { takeSearchText(); });
    m_searchThread->start();
}

void EvidenceModel::takeSearchText() const
{
    if (!m_searchThread)
        return;
    // Finished once wait() returns, so it can go now; later, it might outlive the model.
    m_searchThread->wait();
    delete std::exchange(m_searchThread, nullptr);
    // Rows that changed while it ran make it stale: it is made again on demand.
    if (m_searchBuild && m_searchBuild->generation == m_generation &&
        m_searchBuild->texts.size() == m_items.size()) {
        m_searchText = std::move(m_searchBuild->texts);
        m_titleRanks = std::move(m_searchBuild->titleRanks);
        m_ownerRanks = std::move(m_searchBuild->ownerRanks);
    }
    m_searchBuild.reset();
}

bool EvidenceModel::contains(int row, const QStringMatcher &folded) const
{
    if (m_searchText.size() != m_items.size())
        takeSearchText();
    if (m_searchText.size() != m_items.size())
        m_searchText = searchTexts(m_items, m_lookups);
    return row >= 0 && row < m_searchText.size() && folded.indexIn(m_searchText.at(row)) >= 0;
}

int EvidenceModel::currencyOf(const EvidenceItem &item) const
{
    return currencyOf(item, m_lookups);
}

int EvidenceModel::currencyOf(const EvidenceItem &item, const Lookups &lookups)
{
    using StatusIcons::Currency;
    if (lookups.expired.contains(item.id))
        return int(Currency::Expired);
    if (lookups.expiring.contains(item.id))
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
            return int(m_lookups.usedBy.value(e->id).size());
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
        return m_lookups.usedBy.value(e->id);
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
