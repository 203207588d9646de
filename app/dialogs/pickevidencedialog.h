#pragma once

#include <QDialog>

class QListWidget;
class QLineEdit;

namespace seqohs {
class Workspace;
}

// Chooses existing evidence to link to a requirement: one item serves many requirements.
class PickEvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    PickEvidenceDialog(const seqohs::Workspace &workspace, const QString &excludeLinkedTo,
                       QWidget *parent = nullptr);

    QList<qint64> selectedIds() const;

private:
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};
