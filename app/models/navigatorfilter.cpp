#include "navigatorfilter.h"

#include "navigatormodel.h"

NavigatorFilter::NavigatorFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void NavigatorFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void NavigatorFilter::setResult(std::optional<int> result)
{
    m_result = result;
    invalidateFilter();
}

void NavigatorFilter::setMustOnly(bool on)
{
    m_mustOnly = on;
    invalidateFilter();
}

void NavigatorFilter::setWithoutEvidenceOnly(bool on)
{
    m_withoutEvidence = on;
    invalidateFilter();
}

void NavigatorFilter::setExpiringOnly(bool on)
{
    m_expiring = on;
    invalidateFilter();
}

void NavigatorFilter::setNeedsReconfirmationOnly(bool on)
{
    m_reconfirm = on;
    invalidateFilter();
}

void NavigatorFilter::setBlockersOnly(bool on)
{
    m_blockers = on;
    invalidateFilter();
}

void NavigatorFilter::setOnlyItems(const std::optional<QSet<QString>> &items)
{
    m_onlyItems = items;
    invalidateFilter();
}

bool NavigatorFilter::isActive() const
{
    return !m_text.isEmpty() || m_result || m_mustOnly || m_withoutEvidence || m_expiring ||
           m_reconfirm || m_blockers || m_onlyItems;
}

bool NavigatorFilter::textMatches(const QModelIndex &source) const
{
    // A criterion matches when it, or the standard or domain above it, contains the text.
    for (QModelIndex i = source; i.isValid(); i = i.parent()) {
        if (i.data(NavigatorModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool NavigatorFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isActive())
        return true;
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = NavigatorModel::NodeKind(source.data(NavigatorModel::NodeKindRole).toInt());
    if (kind != NavigatorModel::NodeKind::Item) {
        // Containers are shown through their matching children (recursive filtering); with
        // only a text filter, a matching domain or standard also shows itself.
        const bool onlyText = !m_result && !m_mustOnly && !m_withoutEvidence && !m_expiring &&
                              !m_reconfirm && !m_blockers && !m_onlyItems;
        return onlyText && textMatches(source);
    }
    if (!m_text.isEmpty() && !textMatches(source))
        return false;
    if (m_result && source.data(NavigatorModel::ResultRole).toInt() != *m_result)
        return false;
    if (m_mustOnly && !source.data(NavigatorModel::IsMustRole).toBool())
        return false;
    if (m_withoutEvidence && source.data(NavigatorModel::HasCurrentEvidenceRole).toBool())
        return false;
    if (m_expiring && !source.data(NavigatorModel::ExpiringBeforeVisitRole).toBool())
        return false;
    if (m_reconfirm && !source.data(NavigatorModel::NeedsReconfirmationRole).toBool())
        return false;
    if (m_blockers && !source.data(NavigatorModel::BlocksReadinessRole).toBool())
        return false;
    if (m_onlyItems && !m_onlyItems->contains(source.data(NavigatorModel::ItemIdRole).toString()))
        return false;
    return true;
}
