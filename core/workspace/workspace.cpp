#include "workspace.h"

#include "blobstore.h"
#include "catalogue/standardsformat.h"
#include "server/serveraddress.h"
#include "server/serverkernel.h"
#include "storagekernel.h"
#include "workspacefile.h"
#include "workspaceparts.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace seqohs {

// ---- opening and creating ----------------------------------------------------------------

Workspace::Workspace(std::unique_ptr<StorageKernel> kernel)
    : m_kernel(std::move(kernel))
    , m_parts(std::make_unique<WorkspaceParts>(
          *m_kernel, [this](const ErrorList &errors) { Q_EMIT readFailed(errors); },
          [this](const QString &id) { return checkItem(id); },
          [this](const QString &id) { return checkActionItem(id); },
          [this]() -> const StandardsSet & {
              if (m_movingTo && !m_kernel->inTransaction())
                  m_movingTo.reset(); // the move was rolled back
              return m_movingTo ? *m_movingTo : m_set;
          },
          [this](const QString &id) { return checkScope(id); }))
{
    m_path = m_kernel->location();
    m_mode = m_kernel->isReadOnly() ? ReadOnly : ReadWrite;
    m_kernel->setBeforeCommit([this]() -> Status {
        Expected<bool> touched = m_kernel->unitTouched(SignOffChange::coveredTables());
        if (!touched)
            return touched.errors();
        if (!*touched)
            return success();
        Expected<bool> evidence = m_kernel->unitTouched(SignOffChange::evidenceTables());
        if (!evidence)
            return evidence.errors();
        Expected<int> voided = m_parts->signOffChange.voidChanged(
            *evidence ? SignOffChange::Changed::Anything : SignOffChange::Changed::AssessmentsOnly);
        if (!voided)
            return voided.errors();
        if (*voided > 0)
            m_kernel->afterCommit([this] { Q_EMIT signOffsChanged(); });
        return success();
    });
}

Workspace::~Workspace()
{
    // A rewritten trail is not taken as the new truth by being looked at.
    if (m_anchored && m_openWarnings.isEmpty())
        m_parts->anchor.remember();
}

void Workspace::setUserName(const QString &name)
{
    StorageKernel::setUserName(name);
}

QString Workspace::userName()
{
    return StorageKernel::userName();
}

template <typename T> Expected<T> Workspace::reported(Expected<T> result) const
{
    return m_parts->reported(std::move(result));
}

Expected<std::unique_ptr<Workspace>>
Workspace::fromKernel(Expected<std::unique_ptr<StorageKernel>> kernel, bool anchored)
{
    if (!kernel)
        return kernel.errors();
    std::unique_ptr<Workspace> w(new Workspace(std::move(*kernel)));
    Expected<WorkspaceFile::FollowedSet> followed = WorkspaceFile::followedSet(*w->m_kernel);
    if (!followed)
        return followed.errors();
    w->adoptSet(std::move(followed->set), followed->contentHash);
    if (anchored) {
        w->m_anchored = true;
        w->m_openWarnings = w->m_parts->anchor.check();
    }
    return w;
}

Expected<std::unique_ptr<Workspace>>
Workspace::create(const QString &givenPath, const ServiceProfile &profile, const StandardsSet &set)
{
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    Expected<std::unique_ptr<Workspace>> w =
        fromKernel(WorkspaceFile::create(path, profile, set), false);
    if (w)
        (*w)->m_anchored = true; // nothing to check yet, but its head is remembered from now on
    return w;
}

Expected<std::unique_ptr<Workspace>> Workspace::open(const QString &givenPath, OpenMode mode)
{
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    return fromKernel(WorkspaceFile::open(path, mode != ReadWrite), true);
}

Expected<std::unique_ptr<Workspace>>
Workspace::openServer(const ServerAddress &address, OpenMode mode,
                      const std::function<QString(const QString &server)> &askPassword)
{
    const ServerKernel::Access access = mode == ReadWrite  ? ServerKernel::Access::ReadWrite
                                        : mode == ReadOnly ? ServerKernel::Access::ReadOnly
                                                           : ServerKernel::Access::FiguresOnly;
    Expected<std::unique_ptr<ServerKernel>> kernel =
        ServerKernel::open(address, access, askPassword);
    if (!kernel)
        return kernel.errors();
    // Not anchored: the server keeps its own trail of every change, which no one can rewrite
    // without the owner's rights (docs/team-server.md).
    return fromKernel(std::unique_ptr<StorageKernel>(std::move(*kernel)), false);
}

bool Workspace::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

Expected<std::unique_ptr<Workspace>>
Workspace::openAt(const QString &location, OpenMode mode,
                  const std::function<QString(const QString &server)> &askPassword)
{
    if (!isServerLocation(location))
        return open(location, mode);
    const Expected<ServerAddress> address = ServerAddress::parse(location);
    if (!address)
        return address.errors();
    return openServer(*address, mode, askPassword);
}

Expected<std::unique_ptr<Workspace>> Workspace::openCompanion(const QString &givenPath)
{
    return fromKernel(WorkspaceFile::openCompanion(QFileInfo(givenPath).absoluteFilePath()), false);
}

void Workspace::adoptSet(StandardsSet set, const QString &contentHash)
{
    m_set = std::move(set);
    m_setHash = contentHash;
    m_itemIds.clear();
    for (const AssessableItem &item : m_set.assessables())
        m_itemIds.insert(item.id);
    m_actionTargets = m_set.actionTargets();
}

void Workspace::announceEvidenceAdded(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        emit evidenceAdded(id);
}

namespace {

// The signal the same change made here gives, then othersChanged(). Edits still pending in
// the window are saved while the signal is handled, against the version the person saw, and
// refused; after it the row's version is read again: the person now sees the change, and their
// next change of the row is checked against that.
void announceOthersChange(Workspace &ws, const StorageKernel &kernel,
                          const StorageKernel::OthersChange &change)
{
    // The key's first part is the row's id for the tables announced by id.
    bool isId = false;
    const qint64 id = change.key.section(QLatin1Char('/'), 0, 0).toLongLong(&isId);
    const bool added = change.change == QLatin1String("insert");
    const bool removed = change.change == QLatin1String("delete");
    const QString &table = change.table;
    if (table == QLatin1String("assessment")) {
        emit ws.assessmentChanged(change.key);
    } else if (table == QLatin1String("evidence") && isId) {
        if (added)
            emit ws.evidenceAdded(id);
        else if (removed)
            emit ws.evidenceRemoved(id);
        else
            emit ws.evidenceChanged(id);
    } else if (table == QLatin1String("evidence_version") && isId) {
        emit ws.evidenceChanged(id);
    } else if (table == QLatin1String("evidence_link") && isId) {
        emit ws.linksChanged(id);
    } else if (table == QLatin1String("action") && isId) {
        if (added)
            emit ws.actionAdded(id);
        else if (removed)
            emit ws.actionRemoved(id);
        else
            emit ws.actionChanged(id);
    } else if (table == QLatin1String("profile")) {
        emit ws.profileChanged();
    } else if (table == QLatin1String("signoff")) {
        emit ws.signOffsChanged();
    } else if (table == QLatin1String("assignment")) {
        emit ws.assignmentsChanged();
    } else if (table == QLatin1String("reconfirmation")) {
        emit ws.reconfirmationsChanged();
    } else if (table == QLatin1String("snapshot")) {
        emit ws.snapshotsChanged();
    } else if (table == QLatin1String("pack") || table == QLatin1String("response")) {
        emit ws.submissionsChanged();
    } else {
        return; // the workspace's own bookkeeping (meta, content, the trail), or not shown
    }
    if (table == QLatin1String("assessment") || table == QLatin1String("evidence") ||
        table == QLatin1String("action")) {
        kernel.forgetVersion(table, change.key);
        if (table == QLatin1String("assessment"))
            (void)ws.assessment(change.key);
        else if (table == QLatin1String("evidence") && isId)
            (void)ws.evidenceItem(id);
        else if (isId)
            (void)ws.action(id);
    }
    emit ws.othersChanged(change.who);
}

} // namespace

bool Workspace::followOthersChanges()
{
    return m_kernel->followOthers([this](const StorageKernel::OthersChange &change) {
        announceOthersChange(*this, *m_kernel, change);
    });
}

Status Workspace::checkConnection() const
{
    return m_kernel->checkConnection();
}

Status Workspace::reconnect(const std::function<QString(const QString &server)> &askPassword)
{
    Status done = m_kernel->reconnect(askPassword);
    if (done)
        Q_EMIT reconnected();
    return done;
}

void Workspace::seeAfresh()
{
    m_kernel->forgetVersions();
}

// ---- units of work -----------------------------------------------------------------------

Status Workspace::change(const QString &what, const std::function<Status()> &work)
{
    return m_kernel->transact(what, work);
}

Status Workspace::importTogether(const std::function<Status()> &work)
{
    return m_kernel->transact(tr("Adding evidence failed"), work, StorageKernel::Sync::Bulk);
}

void Workspace::readAhead(const QStringList &paths)
{
    m_kernel->blobs().readAhead(paths);
}

// The collaborators behind the facade write each change in a unit of work of its own, or as
// part of the caller's (change()); its signal is queued once it has been written, so it follows
// the commit and is dropped on a rollback.
Status Workspace::announce(const Status &done, std::function<void()> signal)
{
    if (done)
        m_kernel->afterCommit(std::move(signal));
    return done;
}

// A change that may find nothing to change is announced only when it changed something.
Status Workspace::announce(const Expected<bool> &changed, std::function<void()> signal)
{
    if (!changed)
        return changed.errors();
    if (*changed)
        m_kernel->afterCommit(std::move(signal));
    return success();
}

void Workspace::announceAdded(qint64 id, bool linked)
{
    m_kernel->afterCommit([this, id, linked] {
        Q_EMIT evidenceAdded(id);
        if (linked)
            Q_EMIT linksChanged(id);
    });
}

Status Workspace::checkActionItem(const QString &itemId) const
{
    if (m_actionTargets.contains(itemId))
        return success();
    return checkItem(itemId);
}

Status Workspace::checkScope(const QString &scopeId) const
{
    if (m_actionTargets.contains(scopeId))
        return success();
    for (const Domain &domain : m_set.domains) {
        if (domain.id == scopeId)
            return success();
    }
    return Error{tr("The standards set of this workspace has no criterion, standard or domain "
                    "'%1'.")
                     .arg(scopeId),
                 m_path, QString(),
                 tr("Use an id listed by 'standards show', e.g. from the criterion's page.")};
}

Status Workspace::checkItem(const QString &itemId) const
{
    if (!m_itemIds.contains(itemId)) {
        return Error{tr("The standards set of this workspace has no item '%1'.").arg(itemId),
                     m_path, QString(),
                     tr("Use an id listed by 'standards show', e.g. from the criterion's page.")};
    }
    return success();
}

// ---- profile and settings ----------------------------------------------------------------

Expected<ServiceProfile> Workspace::profile() const
{
    return reported(m_parts->profile.read());
}

Status Workspace::setProfile(const ServiceProfile &profile)
{
    return announce(m_parts->profileChange.set(profile), [this] { Q_EMIT profileChanged(); });
}

Expected<QVariant> Workspace::metaValue(const QString &key) const
{
    return reported(m_kernel->meta(key));
}

Status Workspace::setMetaValue(const QString &key, const QString &value)
{
    return m_parts->settingChange.set(key, value);
}

// ---- assessments -------------------------------------------------------------------------

Expected<QHash<QString, Assessment>> Workspace::assessments() const
{
    return reported(m_parts->assessments.all());
}

Expected<Assessment> Workspace::assessment(const QString &itemId) const
{
    return m_parts->assessmentChange.current(itemId);
}

Status Workspace::setAssessment(const Assessment &given)
{
    Expected<std::optional<AssessmentChange::Checked>> changed =
        m_parts->assessmentChange.set(given);
    if (!changed)
        return changed.errors();
    if (*changed) {
        m_kernel->afterCommit([this, itemId = given.itemId, wasFlagged = (*changed)->wasFlagged] {
            Q_EMIT assessmentChanged(itemId);
            if (wasFlagged)
                Q_EMIT reconfirmationsChanged();
        });
    }
    return success();
}

// ---- evidence ----------------------------------------------------------------------------

Expected<QList<EvidenceItem>> Workspace::evidence(EvidenceDetail detail) const
{
    return reported(m_parts->evidence.all(detail));
}

Expected<std::optional<EvidenceItem>> Workspace::evidenceItem(qint64 id) const
{
    return reported(m_parts->evidence.find(id));
}

Expected<QList<EvidenceVersion>> Workspace::versions(qint64 id) const
{
    return reported(m_parts->evidence.versions(id));
}

Expected<qint64> Workspace::addEvidenceFile(const QString &sourcePath, EvidenceItem meta,
                                            const QList<EvidenceLink> &links,
                                            const Progress &progress)
{
    Expected<qint64> id = m_parts->intake.addFile(sourcePath, std::move(meta), links, progress);
    if (id)
        announceAdded(*id, !links.isEmpty());
    return id;
}

Expected<qint64> Workspace::addEvidenceLink(const QString &url, EvidenceItem meta,
                                            const QList<EvidenceLink> &links)
{
    Expected<qint64> id = m_parts->intake.addLink(url, std::move(meta), links);
    if (id)
        announceAdded(*id, !links.isEmpty());
    return id;
}

Expected<qint64> Workspace::addEvidenceStatement(const QString &statement, EvidenceItem meta,
                                                 const QList<EvidenceLink> &links)
{
    Expected<qint64> id = m_parts->intake.addStatement(statement, std::move(meta), links);
    if (id)
        announceAdded(*id, !links.isEmpty());
    return id;
}

Status Workspace::updateEvidence(const EvidenceItem &item)
{
    const qint64 id = item.id;
    return announce(m_parts->evidenceChange.edit(item), [this, id] { Q_EMIT evidenceChanged(id); });
}

Status Workspace::replaceEvidenceFile(qint64 id, const QString &sourcePath,
                                      const Progress &progress)
{
    return announce(m_parts->evidenceChange.replaceFile(id, sourcePath, progress),
                    [this, id] { Q_EMIT evidenceChanged(id); });
}

Status Workspace::removeEvidence(qint64 id)
{
    return announce(m_parts->evidenceChange.remove(id), [this, id] { Q_EMIT evidenceRemoved(id); });
}

Expected<RemovedEvidence> Workspace::removeEvidenceKept(qint64 id, const QString &keepFolder)
{
    Expected<RemovedEvidence> removed = m_parts->evidenceChange.removeKept(id, keepFolder);
    if (removed)
        m_kernel->afterCommit([this, id] { Q_EMIT evidenceRemoved(id); });
    return removed;
}

Status Workspace::restoreEvidence(const RemovedEvidence &removed)
{
    Status done = m_parts->evidenceChange.restore(removed);
    if (done)
        announceAdded(removed.item.id, !removed.links.isEmpty());
    return done;
}

Status Workspace::exportEvidenceFile(qint64 id, const QString &outPath, int version) const
{
    return m_parts->intake.exportFile(id, outPath, version);
}

Expected<std::unique_ptr<QIODevice>> Workspace::openEvidenceContent(qint64 id, int version) const
{
    return m_parts->intake.openContent(id, version);
}

// ---- links -------------------------------------------------------------------------------

Expected<QList<EvidenceLink>> Workspace::links() const
{
    return reported(m_parts->links.all());
}

Expected<QList<EvidenceLink>> Workspace::linksFor(qint64 evidenceId) const
{
    return reported(m_parts->links.forEvidence(evidenceId));
}

Status Workspace::link(const EvidenceLink &l)
{
    const qint64 id = l.evidenceId;
    return announce(m_parts->linkChange.link(l), [this, id] { Q_EMIT linksChanged(id); });
}

Status Workspace::unlink(qint64 evidenceId, const QString &itemId)
{
    return announce(m_parts->linkChange.unlink(evidenceId, itemId),
                    [this, evidenceId] { Q_EMIT linksChanged(evidenceId); });
}

// ---- actions -----------------------------------------------------------------------------

Expected<QList<Action>> Workspace::actions() const
{
    return reported(m_parts->actions.all());
}

Expected<std::optional<Action>> Workspace::action(qint64 id) const
{
    return reported(m_parts->actions.find(id));
}

Expected<qint64> Workspace::addAction(Action action)
{
    Expected<qint64> id = m_parts->actionChange.add(std::move(action));
    if (id)
        m_kernel->afterCommit([this, id = *id] { Q_EMIT actionAdded(id); });
    return id;
}

Status Workspace::updateAction(const Action &action)
{
    const Expected<ActionChange::Updated> updated = m_parts->actionChange.update(action);
    if (!updated)
        return updated.errors();
    if (updated->changed) {
        const qint64 id = action.id;
        const ActionChange::Updated u = *updated;
        m_kernel->afterCommit([this, id, u] {
            Q_EMIT actionChanged(id);
            if (u.nextAdded)
                Q_EMIT actionAdded(u.nextAdded);
            if (u.nextRemoved)
                Q_EMIT actionRemoved(u.nextRemoved);
        });
    }
    return success();
}

Status Workspace::restoreAction(const Action &action)
{
    const qint64 id = action.id;
    return announce(m_parts->actionChange.restore(action), [this, id] { Q_EMIT actionAdded(id); });
}

Status Workspace::removeAction(qint64 id)
{
    return announce(m_parts->actionChange.remove(id), [this, id] { Q_EMIT actionRemoved(id); });
}

// ---- snapshots ---------------------------------------------------------------------------

Status Workspace::saveSnapshot(const QString &name, const QByteArray &json)
{
    return announce(m_parts->snapshotChange.save(name, json),
                    [this] { Q_EMIT snapshotsChanged(); });
}

Expected<QList<SnapshotInfo>> Workspace::snapshots() const
{
    return reported(m_parts->snapshots.list());
}

Expected<QByteArray> Workspace::snapshot(const QString &name) const
{
    return m_parts->snapshotChange.existing(name);
}

Status Workspace::removeSnapshot(const QString &name)
{
    return announce(m_parts->snapshotChange.remove(name), [this] { Q_EMIT snapshotsChanged(); });
}

// ---- submission packs and responses ------------------------------------------------------

Status Workspace::recordPack(PackRecord pack)
{
    return announce(m_parts->submissionChange.recordPack(std::move(pack)),
                    [this] { Q_EMIT submissionsChanged(); });
}

Expected<QList<SignOff>> Workspace::signOffs() const
{
    return reported(m_parts->signOffs.all());
}

Expected<std::optional<SignOff>> Workspace::signOff(qint64 id) const
{
    return reported(m_parts->signOffs.find(id));
}

Expected<qint64> Workspace::addSignOff(SignOff::Scope scope, const QString &target,
                                       const QString &signer, const QString &comment)
{
    Expected<qint64> id = m_parts->signOffChange.add(scope, target, signer, comment);
    if (id)
        m_kernel->afterCommit([this] { Q_EMIT signOffsChanged(); });
    return id;
}

Status Workspace::withdrawSignOff(qint64 id)
{
    return announce(m_parts->signOffChange.withdraw(id), [this] { Q_EMIT signOffsChanged(); });
}

Status Workspace::restoreSignOff(const SignOff &signOff)
{
    return announce(m_parts->signOffChange.restore(signOff), [this] { Q_EMIT signOffsChanged(); });
}

Expected<QStringList> Workspace::signOffChanges(const SignOff &signOff) const
{
    Expected<QStringList> changes = m_parts->signOffChange.changesSince(signOff);
    if (changes && changes->isEmpty() && signOff.isVoid())
        return signOff.voidReason.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return changes;
}

Expected<bool> Workspace::ownersMaySignOff() const
{
    return m_parts->signOffChange.ownersMaySign();
}

Status Workspace::setOwnersMaySignOff(bool may)
{
    return announce(m_parts->signOffChange.setOwnersMaySign(may),
                    [this] { Q_EMIT signOffsChanged(); });
}

// ---- assignments -------------------------------------------------------------------------

QString Workspace::person() const
{
    return m_kernel->person();
}

Expected<QList<Assignment>> Workspace::assignments() const
{
    return reported(m_parts->assignments.all());
}

Status Workspace::assign(const QString &member, const QString &scopeId)
{
    return announce(m_parts->assignmentChange.assign({member, scopeId}),
                    [this] { Q_EMIT assignmentsChanged(); });
}

Status Workspace::unassign(const QString &member, const QString &scopeId)
{
    return announce(m_parts->assignmentChange.unassign({member, scopeId}),
                    [this] { Q_EMIT assignmentsChanged(); });
}

Expected<QList<PackRecord>> Workspace::packs() const
{
    return reported(m_parts->submissions.packs());
}

Expected<std::optional<PackRecord>> Workspace::pack(const QString &rootHash) const
{
    return reported(m_parts->submissions.pack(rootHash));
}

Status Workspace::putResponse(const ResponseRecord &response)
{
    return announce(m_parts->submissionChange.putResponse(response),
                    [this] { Q_EMIT submissionsChanged(); });
}

Expected<QList<ResponseRecord>> Workspace::responses() const
{
    return reported(m_parts->submissions.responses());
}

Expected<bool> Workspace::hasResponse(const QString &id) const
{
    return reported(m_parts->submissions.hasResponse(id));
}

// ---- moving to another standards set -----------------------------------------------------

Status Workspace::moveToSet(const StandardsSet &target, const MoveRecord &changes)
{
    m_movingTo = target;
    // A move replaces every item-related row as a whole; whether the workspace changed since
    // the move was planned is the plan's check (MoveRecord), not the rows' versions, which
    // earlier moves may have removed and made again.
    m_kernel->forgetVersions();
    Expected<QString> targetHash = m_parts->move.apply(m_set, m_setHash, target, changes);
    if (!targetHash) {
        m_movingTo.reset();
        return targetHash.errors();
    }
    m_kernel->afterCommit([this, target, hash = *targetHash] {
        m_movingTo.reset();
        m_kernel->forgetVersions(); // what was seen belongs to the set moved from
        adoptSet(target, hash);
        Q_EMIT standardsSetChanged();
        Q_EMIT reconfirmationsChanged();
    });
    return success();
}

Expected<QList<SetHistoryEntry>> Workspace::setHistory() const
{
    return reported(m_parts->sets.history());
}

Expected<StandardsSet> Workspace::historicSet(qint64 historyId) const
{
    Expected<std::optional<QByteArray>> json = reported(m_parts->sets.historicJson(historyId));
    if (!json)
        return json.errors();
    if (!*json) {
        return Error{tr("The workspace has no earlier standards set numbered %1.").arg(historyId),
                     m_path, QString(), tr("List the set history to see the numbers.")};
    }
    return StandardsFormat::read(**json, m_path);
}

Expected<QHash<QString, Assessment>> Workspace::archivedAssessments(qint64 historyId) const
{
    return reported(m_parts->assessments.archived(historyId));
}

Expected<QList<EvidenceLink>> Workspace::archivedLinks(qint64 historyId) const
{
    return reported(m_parts->links.archived(historyId));
}

Expected<QHash<qint64, QString>> Workspace::archivedActionItems(qint64 historyId) const
{
    return reported(m_parts->actions.archivedItems(historyId));
}

Expected<QList<Reconfirmation>> Workspace::reconfirmations() const
{
    return reported(m_parts->sets.reconfirmations());
}

Expected<std::optional<Reconfirmation>> Workspace::reconfirmation(const QString &itemId) const
{
    return reported(m_parts->sets.reconfirmation(itemId));
}

Expected<QSet<QString>> Workspace::itemsNeedingReconfirmation() const
{
    return reported(m_parts->sets.flaggedItems());
}

Status Workspace::confirmItem(const QString &itemId)
{
    return announce(m_parts->reconfirmationChange.confirm(itemId),
                    [this] { Q_EMIT reconfirmationsChanged(); });
}

Status Workspace::restoreReconfirmation(const Reconfirmation &flag)
{
    return announce(m_parts->reconfirmationChange.restore(m_set, flag),
                    [this] { Q_EMIT reconfirmationsChanged(); });
}

// ---- audit and integrity -----------------------------------------------------------------

Expected<qint64> Workspace::auditCount() const
{
    return reported(m_kernel->auditCount());
}

Expected<QString> Workspace::auditHead() const
{
    return reported(m_kernel->auditHead());
}

Expected<std::optional<QString>> Workspace::auditHashAt(qint64 seq) const
{
    return reported(m_kernel->auditHashAt(seq));
}

Expected<QList<AuditEntry>> Workspace::auditTrail() const
{
    return reported(m_kernel->auditTrail());
}

Status Workspace::verifyAuditChain() const
{
    return m_kernel->verifyAuditChain();
}

Status Workspace::checkIntegrity(const Progress &progress) const
{
    return m_parts->integrity.run(m_set, m_setHash, progress);
}

Status Workspace::checkStructure() const
{
    const ErrorList problems = m_parts->integrity.structureProblems(m_set, m_setHash);
    if (!problems.isEmpty())
        return problems;
    return success();
}

void Workspace::keepLogOnClose()
{
    m_kernel->keepLogOnClose();
}

Status Workspace::backupTo(const QString &path) const
{
    return m_kernel->backupTo(path);
}

Status Workspace::backupWithout(const QString &givenPath, const QList<qint64> &ids,
                                const QString &reason) const
{
    if (ids.isEmpty())
        return backupTo(givenPath);
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    const QString temp = path + QStringLiteral(".withholding");
    const auto removeTemp = [&temp] {
        for (const char *suffix : {"", "-wal", "-shm", ".lock"})
            QFile::remove(temp + QLatin1String(suffix));
    };
    removeTemp();
    if (Status copied = backupTo(temp); !copied)
        return copied;
    Status done = success();
    {
        Expected<std::unique_ptr<Workspace>> copy =
            fromKernel(WorkspaceFile::open(temp, false), false);
        if (!copy) {
            done = copy.errors();
        } else {
            Workspace &c = **copy;
            done = c.change(tr("Leaving evidence out of the copy failed"), [&]() -> Status {
                QJsonArray withheld;
                for (qint64 id : ids) {
                    if (Status removed = c.removeEvidence(id); !removed)
                        return removed;
                    withheld.append(QString::number(id));
                }
                return c.setMetaValue(
                    QStringLiteral("pack.withheld"),
                    QString::fromUtf8(
                        QJsonDocument(QJsonObject{{QStringLiteral("evidence"), withheld},
                                                  {QStringLiteral("reason"), reason}})
                            .toJson(QJsonDocument::Compact)));
            });
            // Removing rows only frees their pages; rewriting the file leaves none of them.
            if (done)
                done = c.m_kernel->compact();
        }
    }
    if (done && QFileInfo::exists(temp + QStringLiteral("-wal"))) {
        done = Error{tr("The copy could not be completed: its log was left behind."), path,
                     QString(), tr("Check free space and that you may write to the folder.")};
    }
    if (done && !QFile::rename(temp, path)) {
        QFile::remove(path);
        if (!QFile::rename(temp, path)) {
            done = Error{tr("The copy could not be put in place."), path, QString(),
                         tr("Check that you may write to the folder.")};
        }
    }
    removeTemp();
    return done;
}

} // namespace seqohs
