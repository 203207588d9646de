#include "readinesscheckmodel.h"

#include "widgets/statusicons.h"

#include <algorithm>

using namespace seqohs;

ReadinessCheckModel::ReadinessCheckModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_blockerIcon(StatusIcons::resultIcon(AssessmentResult::NotMet))
    , m_warningIcon(StatusIcons::currencyIcon(StatusIcons::Currency::Expired))
    , m_noteIcon(StatusIcons::resultIcon(AssessmentResult::NotAssessed))
{
}

void ReadinessCheckModel::setChecks(const QList<ReadinessCheck> &checks)
{
    beginResetModel();
    m_checks = checks;
    std::stable_sort(m_checks.begin(), m_checks.end(),
                     [](const ReadinessCheck &a, const ReadinessCheck &b) {
                         return int(a.severity) < int(b.severity);
                     });
    m_blockers = int(std::count_if(m_checks.cbegin(), m_checks.cend(), [](const auto &c) {
        return c.severity == ReadinessCheck::Severity::Blocker;
    }));
    m_warnings = int(std::count_if(m_checks.cbegin(), m_checks.cend(), [](const auto &c) {
        return c.severity == ReadinessCheck::Severity::Warning;
    }));
    endResetModel();
}

int ReadinessCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

QVariant ReadinessCheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_checks.size())
        return {};
    const ReadinessCheck &c = m_checks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        // The severity is in the words and the icon's shape, not only its colour.
        QString severity;
        switch (c.severity) {
        case ReadinessCheck::Severity::Blocker:
            severity = tr("Blocker");
            break;
        case ReadinessCheck::Severity::Warning:
            severity = tr("Warning");
            break;
        case ReadinessCheck::Severity::Info:
            severity = tr("Note");
            break;
        }
        return tr("%1: %2").arg(severity, c.message);
    }
    case Qt::DecorationRole:
        switch (c.severity) {
        case ReadinessCheck::Severity::Blocker:
            return m_blockerIcon;
        case ReadinessCheck::Severity::Warning:
            return m_warningIcon;
        case ReadinessCheck::Severity::Info:
            return m_noteIcon;
        }
        return {};
    case Qt::ToolTipRole:
        if (!c.itemId.isEmpty())
            return tr("Open the criterion (click or press Enter)");
        return isLong() ? QVariant(c.message) : QVariant();
    case ItemIdRole:
        return c.itemId;
    default:
        return {};
    }
}
