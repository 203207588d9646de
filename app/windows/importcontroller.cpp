#include "importcontroller.h"
#include "models/readresult.h"

#include "commands/addevidencecommand.h"
#include "commands/linkevidencecommand.h"
#include "dialogs/prompts.h"
#include "models/workspacedocument.h"
#include "workspace/folderimportrule.h"
#include "workspace/personaldataguard.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QMutex>
#include <QProgressDialog>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

using namespace seqohs;

// Shared between the UI thread and the worker. The worker writes the atomics and, when it
// has finished, the results; the UI reads the results only after the thread has ended.
struct ImportController::Job
{
    WorkspaceLocation location;
    QStringList files;
    QStringList itemIds;
    QDate reviewBy;
    QSet<QString> personalData; // files the user added despite what the scan found
    // Content already stored before this import: a file with the same hash is a duplicate.
    QHash<QByteArray, EvidenceItem> stored;
    std::atomic<qint64> bytesDone{0};
    qint64 bytesTotal = 0;
    std::atomic<int> filesDone{0};
    std::atomic<bool> cancel{false};
    QList<AddEvidenceCommand::Entry> added;
    // Entries of added whose content was already stored, with the item that holds it.
    QHash<qint64, EvidenceItem> duplicates;
    ErrorList errors;
};

ImportController::ImportController(WorkspaceDocument *document, QWidget *dialogParent)
    : QObject(document)
    , m_document(document)
    , m_dialogParent(dialogParent)
{
}

ImportController::~ImportController()
{
    // Closing the workspace mid-import: stop the worker (what it committed stays), and take
    // down the progress dialog, which belongs to the main window and would outlive us.
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
    delete m_progress;
}

bool ImportController::isRunning() const
{
    return m_thread != nullptr;
}

void ImportController::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

QStringList ImportController::expand(const QStringList &pathsOrFolders)
{
    QStringList files;
    for (const QString &path : pathsOrFolders) {
        const QFileInfo info(path);
        if (info.isDir()) {
            files << FolderImportRule::files(path);
        } else if (info.isFile()) {
            files << path;
        }
    }
    return files;
}

bool ImportController::importFiles(const QStringList &pathsOrFolders, const QStringList &itemIds,
                                   const QDate &reviewBy)
{
    if (m_thread)
        return false;
    for (const QString &path : pathsOrFolders) {
        if (!QFileInfo(path).isDir())
            continue;
        if (Status names = FolderImportRule::checkNames(path); !names) {
            m_document->reportErrors(names.errors());
            return false;
        }
    }
    QStringList files = expand(pathsOrFolders);
    if (files.isEmpty()) {
        m_document->reportErrors({Error{tr("There are no files to add there.")}});
        return false;
    }

    // Personal data: ask before anything is stored. The scan reads text formats only, line by
    // line with bounded memory, and skips PDFs and other binaries, so it is quick even for a
    // large folder; it runs here because its answer decides what the worker copies.
    QStringList flagged;
    QSet<QString> flaggedFiles;
    for (const QString &file : std::as_const(files)) {
        const Expected<PersonalDataGuard::Result> scan = PersonalDataGuard::scanFile(file);
        if (scan.ok() && !scan->findings.isEmpty())
            flaggedFiles.insert(file);
        if (scan.ok() && !scan->findings.isEmpty())
            flagged << QStringLiteral("%1 (%2)").arg(QFileInfo(file).fileName(),
                                                     scan->findings.first().description());
    }
    if (!flagged.isEmpty()) {
        const QString heading =
            tr("%n file(s) look as if they contain patient-identifiable data:", nullptr,
               int(flagged.size()));
        const QString text = heading + QStringLiteral("\n\n") +
                             flagged.mid(0, 8).join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                             tr("Accreditation evidence should not hold personal data. Add these "
                                "files anyway?\nYes adds them, marked as containing personal "
                                "data, so that submission packs leave them out; No leaves them "
                                "out and adds the rest.");
        const auto answer = Prompts::question(
            m_dialogParent, tr("Possible personal data"), text,
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::No) {
            QStringList kept;
            for (const QString &file : std::as_const(files)) {
                if (!flaggedFiles.contains(file))
                    kept << file;
            }
            files = kept;
            if (files.isEmpty())
                return false;
        }
    }

    // What is stored already, so that a file added twice is linked rather than duplicated.
    const std::optional<QList<EvidenceItem>> stored = shown(m_document->workspace().evidence());
    if (!stored)
        return false;
    m_job = std::make_shared<Job>();
    m_job->location = m_document->location();
    m_job->files = files;
    m_job->itemIds = itemIds;
    m_job->reviewBy = reviewBy;
    m_job->personalData = flaggedFiles;
    for (const EvidenceItem &e : *stored) {
        if (e.kind == EvidenceItem::Kind::File && !e.sha256.isEmpty())
            m_job->stored.insert(e.sha256, e);
    }
    for (const QString &file : std::as_const(files))
        m_job->bytesTotal += QFileInfo(file).size();
    startCopy();
    return true;
}

void ImportController::startCopy()
{
    std::shared_ptr<Job> job = m_job;
    m_thread = QThread::create([job] {
        // A connection of this thread's own: SQLite connections must stay on one thread.
        Expected<std::unique_ptr<Workspace>> ws = job->location.openCompanion();
        if (!ws.ok()) {
            job->errors << ws.errors();
            return;
        }
        (*ws)->readAhead(job->files);
        for (const QString &file : std::as_const(job->files)) {
            if (job->cancel)
                break;
            AddEvidenceCommand::Entry entry;
            entry.meta.kind = EvidenceItem::Kind::File;
            entry.meta.title = QFileInfo(file).completeBaseName();
            entry.meta.documentDate = QFileInfo(file).lastModified().date();
            entry.meta.reviewBy = job->reviewBy;
            entry.meta.personalData = job->personalData.contains(file);
            entry.sourcePath = file;
            for (const QString &itemId : std::as_const(job->itemIds))
                entry.links << EvidenceLink{0, itemId, QString()};
            const qint64 before = job->bytesDone;
            const Expected<qint64> id = (*ws)->addEvidenceFile(file, entry.meta, entry.links,
                                                               [job, before](qint64 done, qint64) {
                                                                   job->bytesDone = before + done;
                                                                   return !job->cancel.load();
                                                               });
            if (!id.ok()) {
                if (job->cancel)
                    break;
                job->errors << id.errors();
                continue;
            }
            entry.id = *id;
            job->added << entry;
            if (!job->stored.isEmpty()) {
                const std::optional<EvidenceItem> made = found((*ws)->evidenceItem(*id));
                if (made && job->stored.contains(made->sha256))
                    job->duplicates.insert(*id, job->stored.value(made->sha256));
            }
            job->bytesDone = before + QFileInfo(file).size();
            ++job->filesDone;
        }
    });
    connect(m_thread, &QThread::finished, this, &ImportController::onWorkerDone);

    m_progress =
        new QProgressDialog(tr("Adding evidence\u2026"), tr("Cancel"), 0, 1000, m_dialogParent);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Adding evidence"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ImportController::poll);
    m_poll->start();
    m_thread->start();
}

bool ImportController::offerStoredItems(const QHash<qint64, EvidenceItem> &duplicates)
{
    QStringList names;
    for (auto it = duplicates.cbegin(); it != duplicates.cend() && names.size() < 8; ++it)
        names << tr("\u2022 the same content is already stored as \u201c%1\u201d").arg(it->title);
    const QString heading =
        duplicates.size() == 1
            ? tr("One of the files is already in the workspace.")
            : tr("%1 of the files are already in the workspace.").arg(duplicates.size());
    const QString text = heading + QStringLiteral("\n\n") + names.join(QLatin1Char('\n')) +
                         QStringLiteral("\n\n") +
                         tr("Use the stored items instead of adding second copies? Yes links the "
                            "stored items to the chosen criteria; No keeps the new copies as "
                            "separate items.");
    return Prompts::question(m_dialogParent, tr("Evidence already stored"), text,
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::Yes) == QMessageBox::Yes;
}

void ImportController::poll()
{
    if (!m_job || !m_progress)
        return;
    const qint64 total = qMax<qint64>(1, m_job->bytesTotal);
    m_progress->setValue(int(1000 * m_job->bytesDone.load() / total));
    m_progress->setLabelText(
        tr("Adding evidence: %1 of %n file(s)", nullptr, int(m_job->files.size()))
            .arg(m_job->filesDone.load()));
}

void ImportController::onWorkerDone()
{
    m_poll->stop();
    m_poll->deleteLater();
    m_poll = nullptr;
    m_thread->deleteLater();
    m_thread = nullptr;
    m_progress->close();
    m_progress->deleteLater();
    m_progress = nullptr;
    const std::shared_ptr<Job> job = std::move(m_job);
    const bool cancelled = job->cancel;

    QList<qint64> ids;
    for (const AddEvidenceCommand::Entry &e : job->added)
        ids << e.id;
    // The worker's connection wrote them; tell the views that read through the UI's one.
    m_document->workspace().announceEvidenceAdded(ids);
    QList<AddEvidenceCommand::Entry> added = job->added;
    QList<EvidenceLink> reuse;
    if (!job->duplicates.isEmpty() && offerStoredItems(job->duplicates)) {
        // The copies share their content with the stored items, so removing them frees
        // nothing but the second entry; the stored items get the links instead.
        QList<AddEvidenceCommand::Entry> kept;
        for (const AddEvidenceCommand::Entry &e : std::as_const(added)) {
            if (!job->duplicates.contains(e.id)) {
                kept << e;
                continue;
            }
            const Status removed = m_document->workspace().removeEvidence(e.id);
            if (!removed.ok()) {
                job->errors << removed.errors();
                kept << e;
                continue;
            }
            ids.removeAll(e.id);
            const qint64 storedId = job->duplicates.value(e.id).id;
            for (const QString &itemId : std::as_const(job->itemIds))
                reuse << EvidenceLink{storedId, itemId, QString()};
        }
        added = kept;
    }
    QUndoStack *stack = m_document->undoStack();
    if (!added.isEmpty() || !reuse.isEmpty()) {
        stack->beginMacro(tr("Add evidence"));
        if (!added.isEmpty())
            stack->push(new AddEvidenceCommand(m_document, added, true));
        const QList<EvidenceLink> existing =
            shown(m_document->workspace().links()).value_or(QList<EvidenceLink>());
        for (const EvidenceLink &link : std::as_const(reuse)) {
            const bool already =
                std::any_of(existing.begin(), existing.end(), [&link](const EvidenceLink &l) {
                    return l.evidenceId == link.evidenceId && l.itemId == link.itemId;
                });
            if (!already)
                stack->push(new LinkEvidenceCommand(m_document, link, LinkEvidenceCommand::Link));
        }
        stack->endMacro();
    }
    if (!job->errors.isEmpty())
        m_document->reportErrors(job->errors);
    emit finished(ids, cancelled);
}
