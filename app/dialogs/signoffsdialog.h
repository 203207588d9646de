#pragma once

#include "workspace/signoff.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class WorkspaceDocument;

// Every sign-off of the workspace, holding and void, with what changed since a void one was
// signed; a sign-off can be withdrawn (undoable), and the workspace's rule on owners signing off
// their own work is set here.
class SignOffsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignOffsDialog(WorkspaceDocument *document, QWidget *parent = nullptr);

private:
    void reload();
    void showDetail();
    void withdrawSelected();

    WorkspaceDocument *m_document;
    QList<seqohs::SignOff> m_signOffs;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_withdraw = nullptr;
    QCheckBox *m_owners = nullptr;
};
