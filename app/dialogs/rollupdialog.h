#pragma once

#include "rollup/rollup.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;
class QTableWidget;
class QThread;

// The roll-up across services: the person adds the workspace files of several services, or
// every team workspace on a server that their login belongs to, sees each service's verdict
// and figures and the gaps they share, and saves the roll-up as a PDF. The workspaces are read
// on a worker thread of their own (each opened read-only), so adding a few large workspaces
// never blocks the dialog.
class RollUpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RollUpDialog(QWidget *parent = nullptr);
    ~RollUpDialog() override;

private:
    void addWorkspaces();
    void addTeamWorkspaces();
    void read();
    void display(const seqohs::RollUp &rollUp);
    void savePdf();

    QStringList m_paths;
    seqohs::RollUp m_rollUp;
    QThread *m_reader = nullptr;
    bool m_readAgain = false; // files were added while the reader ran
    // The password typed for the server of the team workspaces added, if it asked for one:
    // kept for this dialog's reading only.
    QString m_password;
    QLabel *m_summary = nullptr;
    QTableWidget *m_services = nullptr;
    QTableWidget *m_gaps = nullptr;
    QPushButton *m_save = nullptr;
};
