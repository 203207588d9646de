#pragma once

#include "reporting/deadlines.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QList>

// The dashboard's "due soon" list: a heading for each band (within 30 days, 31 to 60, 61 to
// 90) followed by what falls due in it. A row's words are made when the view asks for them:
// a large library has thousands of items due in the next 90 days.
class DueSoonModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole, // the evidence item's or the action's id; none on a heading
        KindRole,              // Deadlines::Deadline::Kind as int; none on a heading
    };

    explicit DueSoonModel(QObject *parent = nullptr);

    void setSoon(const seqohs::Deadlines::Soon &soon);
    // A list this long (headings included) is shown in rows of one height.
    bool isLong() const { return m_rows.size() > LongList; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    static constexpr int LongList = 500;
    struct Row
    {
        QString heading; // set on a band's heading only
        seqohs::Deadlines::Deadline deadline;
    };
    QList<Row> m_rows;
    QIcon m_evidenceIcon;
    QIcon m_actionIcon;
};
