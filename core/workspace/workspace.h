#pragma once

#include "action.h"
#include "assessment.h"
#include "assignment.h"
#include "auditentry.h"
#include "catalogue/standardsset.h"
#include "common/expected.h"
#include "evidenceitem.h"
#include "evidenceversion.h"
#include "moverecord.h"
#include "packrecord.h"
#include "reconfirmation.h"
#include "removedevidence.h"
#include "serviceprofile.h"
#include "sethistoryentry.h"
#include "signoff.h"
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

namespace seqohs {

class ServerAddress;

class StorageKernel;
struct WorkspaceParts;

// One service's workspace: profile, the standards set it follows, assessments, evidence and its
// content, links, actions, snapshots, submission packs and assessors' responses, and the audit
// trail. The facade the app and the CLI use; the storage kernel, one store per aggregate and a
// class for each operation that is more than a store's statement (changing an action, bringing
// evidence in, moving to another set, the integrity check, ...) lie behind it
// (docs/architecture.md).
//
// Every mutating call is one transaction that also appends its audit row; it either happens
// completely or not at all, and the matching signal is emitted after the commit. change() makes
// several calls one unit of work. Every read returns its value or an error naming the workspace
// and what to do, never a default that looks like data; a failed read is also announced through
// readFailed() for the window to show. Opening refuses, without changing a byte, a file that is
// not a workspace, is damaged, comes from a newer version, or is open in another process.
//
// A Workspace belongs to the thread that opened it. The layout is described in
// docs/workspace-format.md.
class Workspace : public QObject
{
    Q_OBJECT

public:
    enum OpenMode {
        ReadWrite,
        ReadOnly,
        // For a roll-up: a team workspace read through its roll-up views (docs/team-server.md),
        // as a regional lead may; narratives, notes, descriptions, statements, links, file
        // names and action texts read empty. A file opens ReadOnly.
        FiguresOnly,
    };
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

    // Opens the team workspace on a PostgreSQL server at address (docs/team-server.md) as the
    // person's own login; askPassword is asked when the server wants a password that libpq did
    // not find. What the login may change is the server's to decide: a refused change fails
    // saying so.
    static Expected<std::unique_ptr<Workspace>>
    openServer(const ServerAddress &address, OpenMode mode = ReadWrite,
               const std::function<QString(const QString &server)> &askPassword = {});
    // Whether location names a team workspace (a postgresql:// URL) rather than a file.
    static bool isServerLocation(const QString &location);
    // Opens what location names: a file (open) or a team workspace's address (openServer).
    static Expected<std::unique_ptr<Workspace>>
    openAt(const QString &location, OpenMode mode = ReadWrite,
           const std::function<QString(const QString &server)> &askPassword = {});

    // A second connection to a workspace that this process already has open for writing, for
    // use on another thread (connections stay on the thread that made them): a long import runs
    // there while the window stays responsive. It shares the owner's lock, so it fails when the
    // owner does not hold one. Changes made through it reach the owner's views through
    // announceEvidenceAdded().
    static Expected<std::unique_ptr<Workspace>> openCompanion(const QString &path);

    // Emits evidenceAdded for items a companion connection added.
    void announceEvidenceAdded(const QList<qint64> &ids);

    // Follows the changes other people commit to a team workspace (docs/team-server.md), for a
    // window that shows it: each is announced, as it commits, with the signal the same change
    // made here gives, then othersChanged(). False for a file, which has no one else.
    bool followOthersChanges();
    // Whether a team workspace's connection still answers; fails, saying so, when it was lost.
    // A file always answers.
    [[nodiscard]] Status checkConnection() const;
    // Connects a team workspace again after its connection was lost (askPassword as for
    // openServer), follows others' changes again if it did, and emits reconnected(): what the
    // window shows may be out of date. Typing saved afterwards is checked against what the
    // person saw, as ever.
    [[nodiscard]] Status
    reconnect(const std::function<QString(const QString &server)> &askPassword);
    // The window shows everything again, as it is now: the person's next change of a row is
    // checked against what they are shown from here on, not against what they saw before.
    void seeAfresh();

    // The name recorded in the audit trail for changes made by this process. Default: the
    // QSettings value "audit/userName", else the operating system's user name.
    static void setUserName(const QString &name);
    static QString userName();

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == ReadOnly; }

    // One unit of work: every change work makes through this workspace commits together, each
    // with its own audit row in the chain, or none does. Signals follow the commit.
    [[nodiscard]] Status change(const QString &what, const std::function<Status()> &work);

    // Many file imports (addEvidenceFile() and the links and removals that go with them) as one
    // unit of work, written the way a bulk load suits the file: when nothing else has it open,
    // the content goes straight into it rather than through its log, which writes it twice.
    // Each call inside is a part of its own: one that fails leaves nothing of itself behind and
    // the others go on; work failing undoes them all. Nothing of it is kept if the program
    // dies before the commit, so keep a unit to about ImportBatchBytes or ImportBatchMilliseconds.
    [[nodiscard]] Status importTogether(const std::function<Status()> &work);
    // The files an import is about to add with addEvidenceFile(), in order: they are read and
    // hashed ahead, on a thread of their own, while earlier ones are written. A file not in the
    // list, or added again, is read when it is added; one passed over may have been read for
    // nothing. A file is stored only if its FileStamp (inode, size, times of modification and
    // of change) is the same as when it was opened for reading.
    // An empty list ends it.
    void readAhead(const QStringList &paths);
    static constexpr qint64 ImportBatchBytes = 256 * 1024 * 1024;
    static constexpr int ImportBatchMilliseconds = 1000;

    Expected<ServiceProfile> profile() const;
    [[nodiscard]] Status setProfile(const ServiceProfile &profile);

    // The standards set the workspace follows, as stored inside it.
    const StandardsSet &standardsSet() const { return m_set; }
    QString setContentHash() const { return m_setHash; }

    // Assessments by item id; items never assessed are absent.
    Expected<QHash<QString, Assessment>> assessments() const;
    // The item's assessment; an item never assessed reads as NotAssessed with its id filled in.
    Expected<Assessment> assessment(const QString &itemId) const;
    // Fails for an item the set does not have and for NotApplicable without a justification.
    // A change clears the item's re-confirmation flag in the same transaction: recording a
    // result is the lead's fresh look (docs/migration.md).
    [[nodiscard]] Status setAssessment(const Assessment &assessment);

    Expected<QList<EvidenceItem>> evidence(EvidenceDetail detail = EvidenceDetail::Full) const;
    // The item, or nothing when there is no item with that id.
    Expected<std::optional<EvidenceItem>> evidenceItem(qint64 id) const;
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
    [[nodiscard]] Status updateEvidence(const EvidenceItem &item);
    // Stores a new version of a file item; earlier versions stay and can be exported.
    [[nodiscard]] Status replaceEvidenceFile(qint64 id, const QString &sourcePath,
                                             const Progress &progress = {});
    Expected<QList<EvidenceVersion>> versions(qint64 id) const;
    // Removes the item, its versions and links, and content nothing else uses.
    [[nodiscard]] Status removeEvidence(qint64 id);
    // Removes as removeEvidence does (one transaction, one audit row) and returns all that was
    // removed; each distinct stored content is first written to a file in keepFolder, which the
    // caller owns and keeps for as long as it may restore (undo).
    Expected<RemovedEvidence> removeEvidenceKept(qint64 id, const QString &keepFolder);
    // Puts back what removeEvidenceKept removed: the same id, metadata, versions (with who added
    // them and when) and links, in one transaction with one audit row ("evidence.restore").
    // Fails, changing nothing, when the id is in use, a link names an item the set does not have,
    // or a kept content file is missing or no longer matches its hash.
    [[nodiscard]] Status restoreEvidence(const RemovedEvidence &removed);
    // Writes a version's content (0 = current) to outPath byte for byte, checking its hash.
    [[nodiscard]] Status exportEvidenceFile(qint64 id, const QString &outPath,
                                            int version = 0) const;
    // The content of a file item's version (0: the current one) as a random-access device that
    // reads it from the workspace as it is read, for a preview: nothing is written to disk. Use it
    // on this workspace's thread, and not after the workspace is closed.
    [[nodiscard]] Expected<std::unique_ptr<QIODevice>> openEvidenceContent(qint64 id,
                                                                           int version = 0) const;

    Expected<QList<EvidenceLink>> links() const;
    Expected<QList<EvidenceLink>> linksFor(qint64 evidenceId) const;
    // Links evidence to an assessable item, or updates the note of an existing link.
    [[nodiscard]] Status link(const EvidenceLink &link);
    [[nodiscard]] Status unlink(qint64 evidenceId, const QString &itemId);

    Expected<QList<Action>> actions() const;
    Expected<std::optional<Action>> action(qint64 id) const;
    Expected<qint64> addAction(Action action);
    [[nodiscard]] Status updateAction(const Action &action);
    // Puts back a removed action exactly as it was, under its id (undo), with an audit row
    // ("action.restore"). Fails when the id is in use.
    [[nodiscard]] Status restoreAction(const Action &action);
    [[nodiscard]] Status removeAction(qint64 id);

    // Snapshots are stored as given; the scoring code owns their content.
    [[nodiscard]] Status saveSnapshot(const QString &name, const QByteArray &json);
    Expected<QList<SnapshotInfo>> snapshots() const;
    Expected<QByteArray> snapshot(const QString &name) const;
    [[nodiscard]] Status removeSnapshot(const QString &name);

    // Application key/value settings kept in the file; a key never set reads as a null
    // QVariant. Keys starting "workspace." are reserved.
    Expected<QVariant> metaValue(const QString &key) const;
    [[nodiscard]] Status setMetaValue(const QString &key, const QString &value);

    // ---- submission packs and assessors' responses ----

    // Records a pack this workspace made, with the audit trail's count and head at that moment
    // (filled in here), so a response can be matched to it and the pack to the trail.
    [[nodiscard]] Status recordPack(PackRecord pack);
    Expected<QList<PackRecord>> packs() const;
    Expected<std::optional<PackRecord>> pack(const QString &rootHash) const;
    // Adds an imported response, or replaces the one with its id; with an audit row.
    [[nodiscard]] Status putResponse(const ResponseRecord &response);
    Expected<QList<ResponseRecord>> responses() const;
    Expected<bool> hasResponse(const QString &id) const;

    // ---- sign-offs ----

    // Oldest first, void ones too.
    Expected<QList<SignOff>> signOffs() const;
    Expected<std::optional<SignOff>> signOff(qint64 id) const;
    // Records signer's sign-off of target (an id or code; ignored for Whole) with a record of what
    // it covers now, and returns its id. Any later change to what it covers voids it in that
    // change's own unit of work ("signoff.void"). Fails for an unknown target, without a signer,
    // and for a signer who owns a covered assessment when ownersMaySignOff() is false.
    Expected<qint64> addSignOff(SignOff::Scope scope, const QString &target, const QString &signer,
                                const QString &comment);
    // Takes a sign-off back (void or not); restoreSignOff puts it back as it was (undo).
    [[nodiscard]] Status withdrawSignOff(qint64 id);
    [[nodiscard]] Status restoreSignOff(const SignOff &signOff);
    // What changed under a sign-off since it was made, in words: empty while it holds; for a void
    // one whose change was since undone, what had changed when it was voided.
    Expected<QStringList> signOffChanges(const SignOff &signOff) const;
    // Whether the owner of an assessment may sign it off (the workspace's setting; default yes).
    Expected<bool> ownersMaySignOff() const;
    [[nodiscard]] Status setOwnersMaySignOff(bool may);

    // ---- assignments ----

    // The person this workspace records changes as: on a team workspace their login, on a file
    // userName(). What "my items" are worked out for.
    QString person() const;
    // Who is assigned which criteria, standards and domains, by person then scope. AssignedWork
    // turns them into each person's items.
    Expected<QList<Assignment>> assignments() const;
    // Makes member responsible for a criterion, standard or domain of the set ("assignment.add").
    // Fails without a member, for an id the set does not have, and when it is assigned already.
    // On a team workspace only a lead may, and a contributor may change only what is assigned
    // to them.
    [[nodiscard]] Status assign(const QString &member, const QString &scopeId);
    // Takes it back ("assignment.remove"); fails when member is not assigned scopeId.
    [[nodiscard]] Status unassign(const QString &member, const QString &scopeId);

    // ---- moving to another standards set (docs/migration.md) ----

    // Moves the workspace to target in one transaction with one audit row ("set.move"): the
    // current set, its assessments, links and the items actions served are archived with a new
    // set_history row; then changes' assessments, links and re-confirmation flags replace the
    // current ones, and actions are re-pointed (and copied for one-to-many mappings). changes
    // is computed beforehand (MigrationPlanner); this checks it, writes it and computes nothing.
    // Fails, changing nothing, when changes was made for another set or before the workspace
    // last changed, names an item target does not have, or an evidence item or action that does
    // not exist. Emits standardsSetChanged() after the commit.
    [[nodiscard]] Status moveToSet(const StandardsSet &target, const MoveRecord &changes);

    // The sets followed before, oldest first.
    Expected<QList<SetHistoryEntry>> setHistory() const;
    // An earlier set as it was stored when the workspace moved on.
    Expected<StandardsSet> historicSet(qint64 historyId) const;
    // The assessments, links and action targets the workspace had under an earlier set; they
    // never change.
    Expected<QHash<QString, Assessment>> archivedAssessments(qint64 historyId) const;
    Expected<QList<EvidenceLink>> archivedLinks(qint64 historyId) const;
    Expected<QHash<qint64, QString>> archivedActionItems(qint64 historyId) const;

    // Items of the current set that need a fresh look after a move, by item id.
    Expected<QList<Reconfirmation>> reconfirmations() const;
    Expected<std::optional<Reconfirmation>> reconfirmation(const QString &itemId) const;
    Expected<QSet<QString>> itemsNeedingReconfirmation() const;
    // The lead keeps the item's result as it is: clears the flag, with an audit row
    // ("reconfirm.done"). Fails when the item is not flagged.
    [[nodiscard]] Status confirmItem(const QString &itemId);
    // Puts back a flag that confirmItem or setAssessment cleared (undo), as it was, with an audit
    // row ("reconfirm.restored"). Fails for an item the set does not have or one already flagged.
    [[nodiscard]] Status restoreReconfirmation(const Reconfirmation &flag);

    // ---- audit and integrity ----

    // Rows in the audit trail; a plan records it to notice later changes.
    Expected<qint64> auditCount() const;
    // The hash of the last row of the audit trail (empty for none).
    Expected<QString> auditHead() const;
    // The hash of row seq (1 is the first); none when the trail has no such row.
    Expected<std::optional<QString>> auditHashAt(qint64 seq) const;
    Expected<QList<AuditEntry>> auditTrail() const;
    // Recomputes the hash chain; the error names the first row that does not fit (edited,
    // missing, or a missing last row).
    [[nodiscard]] Status verifyAuditChain() const;
    // Warnings found when the workspace was opened: the audit trail no longer holds the head
    // this computer saw last (rows removed, or the chain rewritten). The chain head is kept
    // outside the file, per user, and recorded again when the workspace is closed.
    QStringList openWarnings() const { return m_openWarnings; }

    // The engine's own check, the audit chain, the standards set's hash and a re-hash of every
    // stored content. Reports every problem found, not just the first. progress gets bytes.
    [[nodiscard]] Status checkIntegrity(const Progress &progress = {}) const;
    // The same without re-reading the stored content: quick enough to run before a change.
    [[nodiscard]] Status checkStructure() const;
    // Closing leaves the write-ahead log beside the file as it is, rather than folding it in:
    // for a workspace found damaged, whose log may belong to a file that was there before.
    void keepLogOnClose();

    // Writes a consistent, self-contained copy of the workspace to a temporary file beside
    // path, syncs it and renames it into place.
    [[nodiscard]] Status backupTo(const QString &path) const;
    // A copy as backupTo makes, without the evidence items ids: in the copy each is removed as
    // removeEvidence does (versions, links, content nothing else uses; an audit row each), the
    // reason is kept as its setting "pack.withheld", and the file is compacted so that none of
    // their bytes remain in it. This workspace is not changed. Put in place only when complete.
    [[nodiscard]] Status backupWithout(const QString &path, const QList<qint64> &ids,
                                       const QString &reason) const;

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
    void submissionsChanged();
    // A sign-off was added, withdrawn or voided.
    void signOffsChanged();
    // Someone was assigned, or no longer is, part of the set.
    void assignmentsChanged();
    // A read failed; the caller got the same errors as a value. For the window to show.
    void readFailed(const seqohs::ErrorList &errors);
    // The workspace now follows another standards set; everything item-related was replaced.
    void standardsSetChanged();
    void reconfirmationsChanged();
    // Someone else (who: their login) changed the workspace; the change's own signal came first.
    void othersChanged(const QString &who);
    // Connected again after the connection was lost: anything may have changed meanwhile.
    // Save what the person typed meanwhile, then seeAfresh() and show everything again.
    void reconnected();

private:
    explicit Workspace(std::unique_ptr<StorageKernel> kernel);
    static Expected<std::unique_ptr<Workspace>>
    fromKernel(Expected<std::unique_ptr<StorageKernel>> kernel, bool anchored);
    template <typename T> Expected<T> reported(Expected<T> result) const;
    void adoptSet(StandardsSet set, const QString &contentHash);
    Status checkItem(const QString &itemId) const;
    Status checkScope(const QString &scopeId) const;
    Status checkActionItem(const QString &itemId) const;
    Status announce(const Status &done, std::function<void()> signal);
    Status announce(const Expected<bool> &changed, std::function<void()> signal);
    void announceAdded(qint64 id, bool linked);

    std::unique_ptr<StorageKernel> m_kernel;
    std::unique_ptr<WorkspaceParts> m_parts;
    QString m_path;
    OpenMode m_mode = ReadWrite;
    QStringList m_openWarnings;
    bool m_anchored = false;
    StandardsSet m_set;
    QString m_setHash;
    // The set a move is writing, until it commits: what sign-offs are checked against at the
    // end of that unit of work.
    std::optional<StandardsSet> m_movingTo;
    QSet<QString> m_itemIds;
    QSet<QString> m_actionTargets; // StandardsSet::actionTargets
};

} // namespace seqohs
