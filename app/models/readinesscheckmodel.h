#pragma once

#include "scoring/readiness.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QList>

// The readiness checks of the dashboard's list, one row each: blockers first, then warnings,
// then notes, the core's order within each. A row's words are made when the view asks for
// them, so that a large workspace's 20,000 checks cost a sort and no more when the figures
// change.
class ReadinessCheckModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ItemIdRole = Qt::UserRole, // the criterion the check is about; empty for none
    };

    explicit ReadinessCheckModel(QObject *parent = nullptr);

    void setChecks(const QList<seqohs::ReadinessCheck> &checks);
    int blockers() const { return m_blockers; }
    int warnings() const { return m_warnings; }
    // A list this long is shown in rows of one height; a check with no criterion to open has
    // its whole text as its tooltip.
    bool isLong() const { return m_checks.size() > LongList; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    static constexpr int LongList = 500;
    QList<seqohs::ReadinessCheck> m_checks;
    int m_blockers = 0;
    int m_warnings = 0;
    QIcon m_blockerIcon;
    QIcon m_warningIcon;
    QIcon m_noteIcon;
};
