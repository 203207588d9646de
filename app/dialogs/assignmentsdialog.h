#pragma once

#include "workspace/assignment.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class WorkspaceDocument;

// Who is responsible for which criteria, standards and domains, with each person's progress;
// assigning and taking back are undoable. On a team workspace the server decides who may change
// assignments (a lead), and says so when someone else tries.
class AssignmentsDialog : public QDialog
{
    Q_OBJECT
public:
    // itemId: the assessable item in view, offered first; empty for none.
    AssignmentsDialog(WorkspaceDocument *document, const QString &itemId,
                      QWidget *parent = nullptr);

private:
    void reload();
    void assignChosen();
    void takeBackSelected();

    WorkspaceDocument *m_document;
    QList<seqohs::Assignment> m_assignments;
    QComboBox *m_person = nullptr;
    QComboBox *m_scope = nullptr;
    QPushButton *m_assign = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_takeBack = nullptr;
};
