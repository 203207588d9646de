#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace seqohs {
class Workspace;
}

// Service side: the rounds with the assessor as a table, a row per standard and a column per
// round (the full pack, then each follow-up), with the finding of the response to each.
class AssessmentRoundsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AssessmentRoundsDialog(const seqohs::Workspace &workspace, QWidget *parent = nullptr);

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};
