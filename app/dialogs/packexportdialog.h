#pragma once

#include "pack/packwriter.h"

#include "models/workspacelocation.h"

#include <QDialog>

#include <atomic>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace seqohs {
class Workspace;
}

// Service side: writes a signed submission pack of the open workspace. The user chooses the
// signing key (one is created on first use, kept outside the workspace) and sees its
// fingerprint to give the assessor, and chooses where the pack goes. Writing runs on a worker
// thread with its own read-only connection to the workspace, with progress and cancel; the
// readiness report's charts are drawn here first because Qt Charts need the GUI thread.
class PackExportDialog : public QDialog
{
    Q_OBJECT
public:
    // location is where workspace was opened from: the worker opens it again there.
    PackExportDialog(seqohs::Workspace *workspace, WorkspaceLocation location,
                     QWidget *parent = nullptr);
    ~PackExportDialog() override;

    void setKeyPath(const QString &path);
    void setDestination(const QString &path);
    void setIncludeReport(bool include);
    QString fingerprint() const;

    // Starts writing, as the Create button does.
    void start();
    bool isRunning() const { return m_worker != nullptr; }
    // The pack written, once writing has finished successfully.
    const std::optional<seqohs::PackSummary> &summary() const { return m_summary; }

Q_SIGNALS:
    // Writing has ended: successfully (summary() is set) or not (the error was shown).
    void packFinished(bool ok);

protected:
    void reject() override;

private:
    void loadKey();
    void createKey();
    void browseKey();
    void browseDestination();
    void onWorkerDone();
    void updateButtons();

    seqohs::Workspace *m_workspace;
    WorkspaceLocation m_location;
    QLineEdit *m_keyPath;
    QLabel *m_fingerprint;
    QPushButton *m_createKey;
    QLineEdit *m_destination;
    QCheckBox *m_includeReport;
    // Evidence marked as containing personal data: each row can be ticked, with a reason, to
    // go into the pack; the rest is left out.
    QLabel *m_personalNote = nullptr;
    QTableWidget *m_personal = nullptr;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_createPack;

    QThread *m_worker = nullptr;
    std::atomic_bool m_cancel{false};
    std::optional<seqohs::PackSummary> m_summary;
    seqohs::ErrorList m_errors;
};
