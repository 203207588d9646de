#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace seqohs {
struct StandardsSet;
}

// Asked before evidence is added from anywhere but a criterion's own page: which criteria the
// new evidence serves (a list to search and tick) and when it must be reviewed.
class EvidenceTargetDialog : public QDialog
{
    Q_OBJECT
public:
    EvidenceTargetDialog(const seqohs::StandardsSet &set, const QStringList &preselected,
                         const QString &what, QWidget *parent = nullptr);

    QStringList itemIds() const;
    // Invalid when the evidence does not expire.
    QDate reviewBy() const;

    // For tests and keyboard users: the search box filters the list.
    QLineEdit *searchBox() const { return m_search; }
    QListWidget *list() const { return m_list; }

private:
    void updateCount();

    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QCheckBox *m_expires = nullptr;
    QDateEdit *m_reviewBy = nullptr;
    QLabel *m_count = nullptr;
};
