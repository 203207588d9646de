#pragma once

#include "scoring/snapshot.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QPlainTextEdit;

// Compares two snapshots, or a snapshot with the figures as they are now, in the same words as
// the command line's `snapshot diff`.
class SnapshotCompareDialog : public QDialog
{
    Q_OBJECT
public:
    SnapshotCompareDialog(const QList<seqohs::Snapshot> &saved, const seqohs::Snapshot &now,
                          QWidget *parent = nullptr);

    QComboBox *from() const { return m_from; }
    QComboBox *to() const { return m_to; }
    QString text() const;

private:
    void compare();

    QList<seqohs::Snapshot> m_snapshots; // the saved ones, then "now"
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QPlainTextEdit *m_text = nullptr;
};
