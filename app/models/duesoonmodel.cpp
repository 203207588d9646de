#include "duesoonmodel.h"

#include "widgets/statusicons.h"

#include <QFont>
#include <QLocale>

using namespace seqohs;

DueSoonModel::DueSoonModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_evidenceIcon(StatusIcons::currencyIcon(StatusIcons::Currency::ExpiringSoon))
    , m_actionIcon(StatusIcons::resultIcon(AssessmentResult::PartiallyMet))
{
}

void DueSoonModel::setSoon(const Deadlines::Soon &soon)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(soon.size() + 3);
    const auto band = [this](const QString &heading, const QList<Deadlines::Deadline> &list) {
        if (list.isEmpty())
            return;
        m_rows.append(Row{heading, {}});
        for (const Deadlines::Deadline &d : list)
            m_rows.append(Row{{}, d});
    };
    band(tr("Within 30 days"), soon.within30);
    band(tr("In 31 to 60 days"), soon.within60);
    band(tr("In 61 to 90 days"), soon.within90);
    endResetModel();
}

int DueSoonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags DueSoonModel::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.row() < m_rows.size() && !m_rows.at(index.row()).heading.isEmpty())
        return Qt::ItemIsEnabled;
    return QAbstractListModel::flags(index);
}

QVariant DueSoonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool evidence = row.deadline.kind == Deadlines::Deadline::Kind::EvidenceReview;
    if (!row.heading.isEmpty()) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return row.heading;
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const Deadlines::Deadline &d = row.deadline;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString text =
            tr("%1 \u00b7 %2").arg(QLocale().toString(d.date, QLocale::ShortFormat), d.describe());
        if (!d.owner.isEmpty())
            text += tr(" (%1)").arg(d.owner);
        return text;
    }
    case Qt::DecorationRole:
        return evidence ? m_evidenceIcon : m_actionIcon;
    case Qt::ToolTipRole:
        return evidence ? tr("Open the evidence item (click or press Enter)")
                        : tr("Open the action (click or press Enter)");
    case IdRole:
        return d.id;
    case KindRole:
        return int(d.kind);
    default:
        return {};
    }
}
