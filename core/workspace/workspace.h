#pragma once

#include "action.h"
#include "assessment.h"
#include "auditentry.h"
#include "catalogue/standardsset.h"
#include "common/expected.h"
#include "evidenceitem.h"
#include "evidenceversion.h"
#include "moverecord.h"
#include "reconfirmation.h"
#include "removedevidence.h"
#include "serviceprofile.h"
#include "sethistoryentry.h"
#include "snapshotinfo.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QLockFile;
QT_END_NAMESPACE

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace seqohs {

// One service's workspace file (.seqohs, SQLite): profile, the standards set it follows,
// assessments, evidence and its content, links, actions, snapshots and the audit trail.
//
// Workspace is the only class that talks to the file. Every mutating call is one transaction
// that also appends one audit row; it either happens completely or not at all, and the matching
// signal is emitted after the commit. Opening refuses, without changing a byte, a file that is
// not a workspace, is damaged, comes from a newer version, or is open in another process (a
// lock file "<file>.lock" beside it names the holder; a dead holder's lock is taken over).
//
// A Workspace belongs to the thread that opened it. Errors name the file, say what is wrong and
// what to do. The layout is described in docs/workspace-format.md.
class Workspace : public QObject
{
    Q_OBJECT

public:
    enum OpenMode { ReadWrite, ReadOnly };
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ~Workspace() override;

    // Creates a new workspace at path, which must not exist yet. The file is built under a
    // temporary name and renamed into place, so a failure leaves nothing behind.
    static Expected<std::unique_ptr<Workspace>>
    create(const QString &path, const ServiceProfile &profile, const StandardsSet &set);

    // Opens an existing workspace after checking, read-only, that it is one and is intact.
    // ReadWrite takes the lock; ReadOnly opens with SQLite's read-only flag, takes no lock and
    // every mutating call then fails.
    static Expected<std::unique_ptr<Workspace>> open(const QString &path,
                                                     OpenMode mode = ReadWrite);

    // A second connection to a workspace that this process already has open for writing, for
    // use on another thread (SQLite connections stay on the thread that made them): a long
    // import runs there while the window stays responsive. It shares the owner's lock, so it
    // fails when the owner does not hold one. Changes made through it reach the owner's views
    // through announceEvidenceAdded().
    static Expected<std::unique_ptr<Workspace>> openCompanion(const QString &path);

    // Emits evidenceAdded for items a companion connection added.
    void announceEvidenceAdded(const QList<qint64> &ids);

    // The name recorded in the audit trail for changes made by this process. Default: the
    // QSettings value "audit/userName", else the operating system's user name.
    static void setUserName(const QString &name);
    static QString userName();

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == ReadOnly; }

    ServiceProfile profile() const;
    Status setProfile(const ServiceProfile &profile);

    // The standards set the workspace follows, as stored inside it.
    const StandardsSet &standardsSet() const { return m_set; }
    QString setContentHash() const { return m_setHash; }

    // Assessments by item id; items never assessed are absent.
    QHash<QString, Assessment> assessments() const;
    // The item's assessment, or a NotAssessed one with the id filled in.
    Assessment assessment(const QString &itemId) const;
    // Fails for an item the set does not have and for NotApplicable without a justification.
    // A change clears the item's re-confirmation flag in the same transaction: recording a
    // result is the lead's fresh look (docs/migration.md).
    Status setAssessment(const Assessment &assessment);

    QList<EvidenceItem> evidence() const;
    std::optional<EvidenceItem> evidenceItem(qint64 id) const;
    // Copies the file in (streamed; content already stored is shared), creates the item and its
    // links, and returns the new id. meta.title defaults to the file's name. progress is called
    // per chunk with bytes done and total; returning false cancels and nothing is stored.
    // Callers scan with PersonalDataGuard first: this does not.
    Expected<qint64> addEvidenceFile(const QString &sourcePath, EvidenceItem meta,
                                     const QList<EvidenceLink> &links,
                                     const Progress &progress = {});
    Expected<qint64> addEvidenceLink(const QString &url, EvidenceItem meta,
                                     const QList<EvidenceLink> &links);
    Expected<qint64> addEvidenceStatement(const QString &statement, EvidenceItem meta,
                                          const QList<EvidenceLink> &links);
    // Updates the descriptive fields (title, description, owner, dates, url or statement); the
    // kind and stored content are left as they are.
    Status updateEvidence(const EvidenceItem &item);
    // Stores a new version of a file item; earlier versions stay and can be exported.
    Status replaceEvidenceFile(qint64 id, const QString &sourcePath, const Progress &progress = {});
    QList<EvidenceVersion> versions(qint64 id) const;
    // Removes the item, its versions and links, and content nothing else uses.
    Status removeEvidence(qint64 id);
    // Removes as removeEvidence does (one transaction, one audit row) and returns all that was
    // removed; each distinct stored content is first written to a file in keepFolder, which the
    // caller owns and keeps for as long as it may restore (undo).
    Expected<RemovedEvidence> removeEvidenceKept(qint64 id, const QString &keepFolder);
    // Puts back what removeEvidenceKept removed: the same id, metadata, versions (with who added
    // them and when) and links, in one transaction with one audit row ("evidence.restore").
    // Fails, changing nothing, when the id is in use, a link names an item the set does not have,
    // or a kept content file is missing or no longer matches its hash.
    Status restoreEvidence(const RemovedEvidence &removed);
    // Writes a version's content (0 = current) to outPath byte for byte, checking its hash.
    Status exportEvidenceFile(qint64 id, const QString &outPath, int version = 0) const;

    QList<EvidenceLink> links() const;
    QList<EvidenceLink> linksFor(qint64 evidenceId) const;
    // Links evidence to an assessable item, or updates the note of an existing link.
    Status link(const EvidenceLink &link);
    Status unlink(qint64 evidenceId, const QString &itemId);

    QList<Action> actions() const;
    std::optional<Action> action(qint64 id) const;
    Expected<qint64> addAction(Action action);
    Status updateAction(const Action &action);
    // Puts back a removed action exactly as it was, under its id (undo), with an audit row
    // ("action.restore"). Fails when the id is in use.
    Status restoreAction(const Action &action);
    Status removeAction(qint64 id);

    // Snapshots are stored as given; the scoring code owns their content.
    Status saveSnapshot(const QString &name, const QByteArray &json);
    QList<SnapshotInfo> snapshots() const;
    Expected<QByteArray> snapshot(const QString &name) const;
    Status removeSnapshot(const QString &name);

    // Application key/value settings kept in the file. Keys starting "workspace." are reserved.
    QVariant metaValue(const QString &key) const;
    Status setMetaValue(const QString &key, const QString &value);

    // ---- moving to another standards set (docs/migration.md) ----

    // Moves the workspace to target in one transaction with one audit row ("set.move"): the
    // current set, its assessments, links and the items actions served are archived with a new
    // set_history row; then changes' assessments, links and re-confirmation flags replace the
    // current ones, and actions are re-pointed (and copied for one-to-many mappings). changes
    // is computed beforehand (MigrationPlanner); this checks it, writes it and computes nothing.
    // Fails, changing nothing, when changes was made for another set or before the workspace
    // last changed, names an item target does not have, or an evidence item or action that does
    // not exist. Emits standardsSetChanged() after the commit.
    Status moveToSet(const StandardsSet &target, const MoveRecord &changes);

    // The sets followed before, oldest first.
    QList<SetHistoryEntry> setHistory() const;
    // An earlier set as it was stored when the workspace moved on.
    Expected<StandardsSet> historicSet(qint64 historyId) const;
    // The assessments, links and action targets the workspace had under an earlier set; they
    // never change.
    QHash<QString, Assessment> archivedAssessments(qint64 historyId) const;
    QList<EvidenceLink> archivedLinks(qint64 historyId) const;
    QHash<qint64, QString> archivedActionItems(qint64 historyId) const;

    // Items of the current set that need a fresh look after a move, in no particular order.
    QList<Reconfirmation> reconfirmations() const;
    std::optional<Reconfirmation> reconfirmation(const QString &itemId) const;
    QSet<QString> itemsNeedingReconfirmation() const;
    // The lead keeps the item's result as it is: clears the flag, with an audit row
    // ("reconfirm.done"). Fails when the item is not flagged.
    Status confirmItem(const QString &itemId);
    // Puts back a flag that confirmItem or setAssessment cleared (undo), as it was, with an audit
    // row ("reconfirm.restored"). Fails for an item the set does not have or one already flagged.
    Status restoreReconfirmation(const Reconfirmation &flag);

    // Rows in the audit trail; a plan records it to notice later changes.
    qint64 auditCount() const;

    QList<AuditEntry> auditTrail() const;
    // Recomputes the hash chain; the error names the first row that does not fit (edited,
    // missing, or a missing last row).
    Status verifyAuditChain() const;
    // Warnings found when the workspace was opened: the audit trail no longer holds the head
    // this computer saw last (rows removed, or the chain rewritten). The chain head is kept
    // outside the file, per user, and recorded again when the workspace is closed.
    QStringList openWarnings() const { return m_openWarnings; }

    // SQLite's integrity_check, the audit chain, the standards set's hash and a re-hash of every
    // stored content. Reports every problem found, not just the first. progress gets bytes.
    Status checkIntegrity(const Progress &progress = {}) const;

    // Writes a consistent copy of the workspace (SQLite's backup API) to a temporary file beside
    // path, syncs it and renames it into place.
    Status backupTo(const QString &path) const;

Q_SIGNALS:
    void profileChanged();
    void assessmentChanged(const QString &itemId);
    void evidenceAdded(qint64 id);
    void evidenceChanged(qint64 id);
    void evidenceRemoved(qint64 id);
    void linksChanged(qint64 evidenceId);
    void actionAdded(qint64 id);
    void actionChanged(qint64 id);
    void actionRemoved(qint64 id);
    void snapshotsChanged();
    // A read (assessments, evidence, links, actions, audit trail) failed and returned what it
    // had; the list it gave is incomplete.
    void readFailed(const seqohs::ErrorList &errors);
    // The workspace now follows another standards set; everything item-related was replaced.
    void standardsSetChanged();
    void reconfirmationsChanged();

private:
    class Private;
    void reportReadFailure(const QSqlQuery &query, const QString &what) const;
    Expected<qint64> addWithoutContent(EvidenceItem meta, const QList<EvidenceLink> &links);
    static Expected<std::unique_ptr<Workspace>> openWith(const QString &path, OpenMode mode,
                                                         bool companion);
    explicit Workspace(std::unique_ptr<Private> d);
    static Expected<std::unique_ptr<Private>> openChecked(const QString &path, bool readOnly,
                                                          std::unique_ptr<QLockFile> lock,
                                                          int fileVersion);

    std::unique_ptr<Private> d;
    QString m_path;
    OpenMode m_mode = ReadWrite;
    QStringList m_openWarnings;
    bool m_anchored = false;
    void checkAuditAnchor();
    void rememberAuditHead() const;
    StandardsSet m_set;
    QString m_setHash;
};

} // namespace seqohs
