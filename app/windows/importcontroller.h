#pragma once

#include "workspace/evidenceitem.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;
class QTimer;
class QWidget;
class WorkspaceDocument;

// Imports evidence files (or whole folders) off the UI thread, with progress and cancel:
//  1. scans text-based files for what looks like patient-identifiable data and asks the user
//     what to do about any that match;
//  2. copies the files into the workspace through a second connection on a worker thread;
//  3. announces the new items to the workspace the UI uses and records one undo step.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(WorkspaceDocument *document, QWidget *dialogParent);
    ~ImportController() override;

    // Starts an import; returns false if one is already running.
    // Links them to itemIds; reviewBy (invalid = does not expire) is set on every new item.
    // Files whose content is already stored are offered as links to the stored items.
    bool importFiles(const QStringList &pathsOrFolders, const QStringList &itemIds,
                     const QDate &reviewBy = {});
    bool isRunning() const;
    void cancel();

    // The files a list of paths and folders stands for, folders walked recursively, hidden
    // files and the workspace's own files skipped.
    static QStringList expand(const QStringList &pathsOrFolders);

Q_SIGNALS:
    void finished(const QList<qint64> &ids, bool cancelled);

private:
    struct Job;
    void startCopy();
    bool offerStoredItems(const QHash<qint64, seqohs::EvidenceItem> &duplicates);
    void onWorkerDone();
    void poll();

    WorkspaceDocument *m_document;
    QWidget *m_dialogParent;
    std::shared_ptr<Job> m_job;
    QThread *m_thread = nullptr;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_poll = nullptr;
};
