#pragma once

#include "pack/followupplan.h"
#include "pack/packwriter.h"

#include "models/workspacelocation.h"

#include <QDialog>

#include <atomic>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QThread;

namespace seqohs {
class Workspace;
}

// Service side: makes a follow-up pack answering the latest assessor's response. Shows the
// standards in scope with what changed since the pack the assessor reviewed, and each required
// action with a field for the answer (saved to the action when the pack is made). Writing runs
// on a worker thread with its own read-only connection, with progress and cancel.
class FollowUpPackDialog : public QDialog
{
    Q_OBJECT
public:
    // location is where workspace was opened from: the worker opens it again there.
    FollowUpPackDialog(seqohs::Workspace *workspace, WorkspaceLocation location,
                       QWidget *parent = nullptr);
    ~FollowUpPackDialog() override;

    bool isRunning() const { return m_worker != nullptr; }
    const std::optional<seqohs::PackSummary> &summary() const { return m_summary; }

Q_SIGNALS:
    void packFinished(bool ok);

protected:
    void reject() override;

private:
    void loadPlan();
    void loadKey();
    void browseKey();
    void browseDestination();
    void start();
    void onWorkerDone();
    void updateButtons();
    // Saves the answers typed into the table to their actions; false after showing why not.
    bool saveAnswers();

    seqohs::Workspace *m_workspace;
    WorkspaceLocation m_location;
    std::optional<seqohs::FollowUpPlan> m_plan;
    QLabel *m_intro;
    QTreeWidget *m_scope;
    QTableWidget *m_answers;
    QLineEdit *m_keyPath;
    QLabel *m_fingerprint;
    QLineEdit *m_destination;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;

    QThread *m_worker = nullptr;
    std::atomic_bool m_cancel{false};
    std::optional<seqohs::PackSummary> m_summary;
    seqohs::ErrorList m_errors;
};
