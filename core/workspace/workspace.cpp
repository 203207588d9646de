#include "workspace.h"

#include "actionstore.h"
#include "assessmentchange.h"
#include "assessmentstore.h"
#include "auditanchor.h"
#include "auditjson.h"
#include "blobstore.h"
#include "catalogue/standardsformat.h"
#include "common/clock.h"
#include "evidenceintake.h"
#include "evidencestore.h"
#include "integritycheck.h"
#include "linkstore.h"
#include "profilestore.h"
#include "readreporter.h"
#include "setmove.h"
#include "setstore.h"
#include "snapshotstore.h"
#include "storagekernel.h"
#include "submissionstore.h"
#include "workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

Error noEvidence(qint64 id, const QString &path)
{
    return Error{tr("There is no evidence item %1.").arg(id), path, QString(),
                 tr("List the evidence to see the ids.")};
}

} // namespace

// The stores, and the operations built on them that are more than a store's statement.
struct Workspace::Stores
{
    Stores(StorageKernel &k, Workspace &w)
        : profile(k)
        , assessments(k)
        , evidence(k)
        , links(k)
        , actions(k)
        , snapshots(k)
        , sets(k)
        , submissions(k)
        , reported([&w](const ErrorList &errors) { Q_EMIT w.readFailed(errors); })
        , assessing(
              k, assessments, sets, [&w](const QString &id) { return w.checkItem(id); }, reported)
        , intake(
              k, evidence, links, [&w](const QString &id) { return w.checkItem(id); }, reported)
        , move(k, assessments, links, evidence, actions, sets, reported)
        , integrity(k, evidence)
        , anchor(k)
    {
    }
    ProfileStore profile;
    AssessmentStore assessments;
    EvidenceStore evidence;
    LinkStore links;
    ActionStore actions;
    SnapshotStore snapshots;
    SetStore sets;
    SubmissionStore submissions;
    ReadReporter reported;
    AssessmentChange assessing;
    EvidenceIntake intake;
    SetMove move;
    IntegrityCheck integrity;
    AuditAnchor anchor;
};

// ---- opening and creating ----------------------------------------------------------------

Workspace::Workspace(std::unique_ptr<StorageKernel> kernel)
    : m_kernel(std::move(kernel))
    , m_stores(std::make_unique<Stores>(*m_kernel, *this))
{
    m_path = m_kernel->location();
    m_mode = m_kernel->isReadOnly() ? ReadOnly : ReadWrite;
}

Workspace::~Workspace()
{
    // A rewritten trail is not taken as the new truth by being looked at.
    if (m_anchored && m_openWarnings.isEmpty())
        m_stores->anchor.remember();
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
    return m_stores->reported(std::move(result));
}

Expected<std::unique_ptr<Workspace>> Workspace::fromKernel(std::unique_ptr<StorageKernel> kernel,
                                                           bool anchored)
{
    std::unique_ptr<Workspace> w(new Workspace(std::move(kernel)));
    Expected<WorkspaceFile::FollowedSet> followed = WorkspaceFile::followedSet(*w->m_kernel);
    if (!followed)
        return followed.errors();
    w->adoptSet(std::move(followed->set), followed->contentHash);
    if (anchored) {
        w->m_anchored = true;
        w->m_openWarnings = w->m_stores->anchor.check();
    }
    return w;
}

Expected<std::unique_ptr<Workspace>>
Workspace::create(const QString &givenPath, const ServiceProfile &profile, const StandardsSet &set)
{
    Expected<std::unique_ptr<StorageKernel>> kernel =
        WorkspaceFile::create(QFileInfo(givenPath).absoluteFilePath(), profile, set);
    if (!kernel)
        return kernel.errors();
    Expected<std::unique_ptr<Workspace>> w = fromKernel(std::move(*kernel), false);
    if (w)
        (*w)->m_anchored = true;
    return w;
}

Expected<std::unique_ptr<Workspace>> Workspace::open(const QString &givenPath, OpenMode mode)
{
    Expected<std::unique_ptr<StorageKernel>> kernel =
        WorkspaceFile::open(QFileInfo(givenPath).absoluteFilePath(), mode == ReadOnly);
    if (!kernel)
        return kernel.errors();
    return fromKernel(std::move(*kernel), true);
}

Expected<std::unique_ptr<Workspace>> Workspace::openCompanion(const QString &givenPath)
{
    Expected<std::unique_ptr<StorageKernel>> kernel =
        WorkspaceFile::openCompanion(QFileInfo(givenPath).absoluteFilePath());
    if (!kernel)
        return kernel.errors();
    return fromKernel(std::move(*kernel), false);
}

void Workspace::adoptSet(StandardsSet set, const QString &contentHash)
{
    m_set = std::move(set);
    m_setHash = contentHash;
    m_itemIds.clear();
    for (const AssessableItem &item : m_set.assessables())
        m_itemIds.insert(item.id);
}

void Workspace::announceEvidenceAdded(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        emit evidenceAdded(id);
}

Status Workspace::change(const QString &what, const std::function<Status()> &work)
{
    return m_kernel->transact(what, work);
}

// ---- checks shared by the writers --------------------------------------------------------

Status Workspace::checkItem(const QString &itemId) const
{
    if (!m_itemIds.contains(itemId)) {
        return Error{tr("The standards set of this workspace has no item '%1'.").arg(itemId),
                     m_path, QString(),
                     tr("Use an id listed by 'standards show', e.g. from the criterion's page.")};
    }
    return success();
}

Expected<EvidenceItem> Workspace::existingEvidence(qint64 id) const
{
    Expected<std::optional<EvidenceItem>> item = reported(m_stores->evidence.find(id));
    if (!item)
        return item.errors();
    if (!*item)
        return noEvidence(id, m_path);
    return **item;
}

Expected<Action> Workspace::existingAction(qint64 id) const
{
    Expected<std::optional<Action>> action = reported(m_stores->actions.find(id));
    if (!action)
        return action.errors();
    if (!*action) {
        return Error{tr("There is no action %1.").arg(id), m_path, QString(),
                     tr("List the actions to see the ids.")};
    }
    return **action;
}

// ---- profile -----------------------------------------------------------------------------

Expected<ServiceProfile> Workspace::profile() const
{
    return reported(m_stores->profile.read());
}

Status Workspace::setProfile(const ServiceProfile &profile)
{
    if (profile.name.trimmed().isEmpty()) {
        return Error{tr("The service needs a name."), m_path, QString(),
                     tr("Give the name of the occupational health service.")};
    }
    Expected<ServiceProfile> before = this->profile();
    if (!before)
        return before.errors();
    if (*before == profile)
        return success();
    return m_kernel->transact(tr("Saving the service profile failed"), [&]() -> Status {
        if (Status ok = m_stores->profile.update(profile); !ok)
            return ok;
        m_kernel->afterCommit([this] { Q_EMIT profileChanged(); });
        return m_kernel->audit(QStringLiteral("profile.set"), QStringLiteral("profile"),
                               AuditJson::of(*before), AuditJson::of(profile));
    });
}

// ---- assessments -------------------------------------------------------------------------

Expected<QHash<QString, Assessment>> Workspace::assessments() const
{
    return reported(m_stores->assessments.all());
}

Expected<Assessment> Workspace::assessment(const QString &itemId) const
{
    return m_stores->assessing.current(itemId);
}

Status Workspace::setAssessment(const Assessment &given)
{
    Expected<std::optional<AssessmentChange::Checked>> checked = m_stores->assessing.check(given);
    if (!checked)
        return checked.errors();
    if (!*checked)
        return success(); // nothing changes
    return m_kernel->transact(tr("Saving the assessment failed"), [&]() -> Status {
        if (Status done = m_stores->assessing.write(**checked); !done)
            return done;
        const QString itemId = given.itemId;
        const bool wasFlagged = (*checked)->wasFlagged;
        m_kernel->afterCommit([this, itemId, wasFlagged] {
            Q_EMIT assessmentChanged(itemId);
            if (wasFlagged)
                Q_EMIT reconfirmationsChanged();
        });
        return success();
    });
}

// ---- evidence ----------------------------------------------------------------------------

Expected<QList<EvidenceItem>> Workspace::evidence() const
{
    return reported(m_stores->evidence.all());
}

Expected<std::optional<EvidenceItem>> Workspace::evidenceItem(qint64 id) const
{
    return reported(m_stores->evidence.find(id));
}

Expected<QList<EvidenceVersion>> Workspace::versions(qint64 id) const
{
    return reported(m_stores->evidence.versions(id));
}

Expected<qint64> Workspace::addEvidenceFile(const QString &sourcePath, EvidenceItem meta,
                                            const QList<EvidenceLink> &links,
                                            const Progress &progress)
{
    Expected<EvidenceItem> item = m_stores->intake.fileItem(sourcePath, std::move(meta), links);
    if (!item)
        return item.errors();
    Status ok = m_kernel->transact(
        tr("Adding evidence failed"),
        [&]() -> Status {
            if (Status done = m_stores->intake.storeFile(*item, sourcePath, links, progress); !done)
                return done;
            announceAdded(item->id, !links.isEmpty());
            return success();
        },
        StorageKernel::Sync::Later);
    if (!ok.ok())
        return ok.errors();
    return item->id;
}

Expected<qint64> Workspace::addEvidenceLink(const QString &url, EvidenceItem meta,
                                            const QList<EvidenceLink> &links)
{
    return addWithoutContent(m_stores->intake.linkItem(url, std::move(meta), links), links);
}

Expected<qint64> Workspace::addEvidenceStatement(const QString &statement, EvidenceItem meta,
                                                 const QList<EvidenceLink> &links)
{
    return addWithoutContent(m_stores->intake.statementItem(statement, std::move(meta), links),
                             links);
}

// Links and statements: evidence with no stored content.
Expected<qint64> Workspace::addWithoutContent(Expected<EvidenceItem> item,
                                              const QList<EvidenceLink> &links)
{
    if (!item)
        return item.errors();
    Status ok = m_kernel->transact(tr("Adding evidence failed"), [&]() -> Status {
        if (Status done = m_stores->intake.store(*item, links); !done)
            return done;
        announceAdded(item->id, !links.isEmpty());
        return success();
    });
    if (!ok.ok())
        return ok.errors();
    return item->id;
}

void Workspace::announceAdded(qint64 id, bool linked)
{
    m_kernel->afterCommit([this, id, linked] {
        Q_EMIT evidenceAdded(id);
        if (linked)
            Q_EMIT linksChanged(id);
    });
}

Status Workspace::updateEvidence(const EvidenceItem &item)
{
    Expected<EvidenceItem> before = existingEvidence(item.id);
    if (!before)
        return before.errors();
    Expected<EvidenceItem> edited = m_stores->intake.edited(*before, item);
    if (!edited)
        return edited.errors();
    const EvidenceItem &after = *edited;
    if (after == *before)
        return success();
    return m_kernel->transact(tr("Saving the evidence failed"), [&]() -> Status {
        if (Status done = m_stores->evidence.update(after); !done)
            return done;
        const qint64 id = after.id;
        m_kernel->afterCommit([this, id] { Q_EMIT evidenceChanged(id); });
        return m_kernel->audit(QStringLiteral("evidence.update"),
                               QStringLiteral("evidence:%1").arg(after.id), AuditJson::of(*before),
                               AuditJson::of(after));
    });
}

Status Workspace::replaceEvidenceFile(qint64 id, const QString &sourcePath,
                                      const Progress &progress)
{
    Expected<EvidenceItem> before = existingEvidence(id);
    if (!before)
        return before.errors();
    if (Status ok = m_stores->intake.checkReplacement(*before, sourcePath); !ok)
        return ok;
    return m_kernel->transact(
        tr("Replacing the evidence file failed"),
        [&]() -> Status {
            Expected<bool> stored = m_stores->intake.storeVersion(*before, sourcePath, progress);
            if (!stored)
                return stored.errors();
            if (*stored)
                m_kernel->afterCommit([this, id] { Q_EMIT evidenceChanged(id); });
            return success();
        },
        StorageKernel::Sync::Later);
}

Status Workspace::removeEvidence(qint64 id)
{
    Expected<EvidenceItem> before = existingEvidence(id);
    if (!before)
        return before.errors();
    Expected<QList<EvidenceLink>> oldLinks = linksFor(id);
    if (!oldLinks)
        return oldLinks.errors();
    return m_kernel->transact(tr("Removing the evidence failed"), [&]() -> Status {
        if (Status done = m_stores->evidence.remove(id); !done)
            return done;
        if (Status done = m_kernel->blobs().removeUnreferenced(); !done)
            return done;
        m_kernel->afterCommit([this, id] { Q_EMIT evidenceRemoved(id); });
        QJsonObject beforeJson = AuditJson::of(*before);
        beforeJson.insert(QStringLiteral("links"), AuditJson::of(*oldLinks));
        return m_kernel->audit(QStringLiteral("evidence.remove"),
                               QStringLiteral("evidence:%1").arg(id), beforeJson, QJsonObject());
    });
}

Status Workspace::exportEvidenceFile(qint64 id, const QString &outPath, int version) const
{
    return m_stores->intake.exportFile(id, outPath, version);
}

// Undo of a removal. The record is read, its content kept and the item removed in one
// transaction, so what is returned is exactly what went.
Expected<RemovedEvidence> Workspace::removeEvidenceKept(qint64 id, const QString &keepFolder)
{
    RemovedEvidence removed;
    Status ok = m_kernel->transact(tr("Removing the evidence failed"), [&]() -> Status {
        Expected<EvidenceItem> item = existingEvidence(id);
        if (!item)
            return item.errors();
        Expected<QList<EvidenceVersion>> versions = this->versions(id);
        if (!versions)
            return versions.errors();
        Expected<QList<EvidenceLink>> links = linksFor(id);
        if (!links)
            return links.errors();
        removed = RemovedEvidence{*item, *versions, *links, {}};
        for (const EvidenceVersion &v : std::as_const(removed.versions)) {
            if (removed.content.contains(v.sha256))
                continue;
            const QString file = QDir(keepFolder).filePath(QString::fromLatin1(v.sha256));
            if (Status kept = exportEvidenceFile(id, file, v.version); !kept)
                return kept;
            removed.content.insert(v.sha256, file);
        }
        return removeEvidence(id);
    });
    if (!ok)
        return ok.errors();
    return removed;
}

Status Workspace::restoreEvidence(const RemovedEvidence &removed)
{
    const EvidenceItem &item = removed.item;
    Expected<std::optional<EvidenceItem>> existing = evidenceItem(item.id);
    if (!existing)
        return existing.errors();
    if (*existing) {
        return Error{tr("Evidence item %1 cannot be put back: the id is in use.").arg(item.id),
                     m_path, QString(), tr("Undo the later additions first.")};
    }
    if (Status valid = m_stores->intake.validate(item); !valid)
        return valid;
    if (Status known = m_stores->intake.checkLinks(removed.links); !known)
        return known;
    for (const EvidenceVersion &v : removed.versions) {
        if (!removed.content.contains(v.sha256)) {
            return Error{tr("The content of version %1 of evidence item %2 was not kept.")
                             .arg(v.version)
                             .arg(item.id),
                         m_path, QString(), tr("The evidence cannot be put back.")};
        }
    }
    return m_kernel->transact(tr("Restoring the evidence failed"), [&]() -> Status {
        if (Status done = m_stores->evidence.restore(item); !done)
            return done;
        for (const EvidenceVersion &v : removed.versions) {
            Expected<BlobStore::Blob> blob =
                m_kernel->blobs().storeKept(removed.content.value(v.sha256), v.sha256);
            if (!blob)
                return blob.errors();
            if (Status done = m_stores->evidence.restoreVersion(item.id, v, blob->id); !done)
                return done;
        }
        if (Status done = m_stores->links.put(removed.links); !done)
            return done;
        const qint64 id = item.id;
        const bool linked = !removed.links.isEmpty();
        m_kernel->afterCommit([this, id, linked] {
            Q_EMIT evidenceAdded(id);
            if (linked)
                Q_EMIT linksChanged(id);
        });
        QJsonObject after = AuditJson::of(item);
        after.insert(QStringLiteral("links"), AuditJson::of(removed.links));
        after.insert(QStringLiteral("versions"), int(removed.versions.size()));
        return m_kernel->audit(QStringLiteral("evidence.restore"),
                               QStringLiteral("evidence:%1").arg(id), QJsonObject(), after);
    });
}

// ---- links -------------------------------------------------------------------------------

Expected<QList<EvidenceLink>> Workspace::links() const
{
    return reported(m_stores->links.all());
}

Expected<QList<EvidenceLink>> Workspace::linksFor(qint64 evidenceId) const
{
    return reported(m_stores->links.forEvidence(evidenceId));
}

Status Workspace::link(const EvidenceLink &l)
{
    if (Expected<EvidenceItem> item = existingEvidence(l.evidenceId); !item)
        return item.errors();
    if (Status known = checkItem(l.itemId); !known)
        return known;
    Expected<QList<EvidenceLink>> existing = linksFor(l.evidenceId);
    if (!existing)
        return existing.errors();
    QJsonObject before;
    for (const EvidenceLink &e : *existing) {
        if (e.itemId == l.itemId) {
            if (e == l)
                return success();
            before = AuditJson::of(e);
        }
    }
    return m_kernel->transact(tr("Linking evidence failed"), [&]() -> Status {
        if (Status done = m_stores->links.put({l}); !done)
            return done;
        const qint64 id = l.evidenceId;
        m_kernel->afterCommit([this, id] { Q_EMIT linksChanged(id); });
        return m_kernel->audit(QStringLiteral("link.set"),
                               QStringLiteral("evidence:%1").arg(l.evidenceId), before,
                               AuditJson::of(l));
    });
}

Status Workspace::unlink(qint64 evidenceId, const QString &itemId)
{
    Expected<QList<EvidenceLink>> existing = linksFor(evidenceId);
    if (!existing)
        return existing.errors();
    std::optional<EvidenceLink> before;
    for (const EvidenceLink &e : *existing) {
        if (e.itemId == itemId)
            before = e;
    }
    if (!before) {
        return Error{tr("Evidence item %1 is not linked to '%2'.").arg(evidenceId).arg(itemId),
                     m_path, QString(), tr("List the evidence to see its links.")};
    }
    return m_kernel->transact(tr("Unlinking evidence failed"), [&]() -> Status {
        if (Status done = m_stores->links.remove(evidenceId, itemId); !done)
            return done;
        m_kernel->afterCommit([this, evidenceId] { Q_EMIT linksChanged(evidenceId); });
        return m_kernel->audit(QStringLiteral("link.remove"),
                               QStringLiteral("evidence:%1").arg(evidenceId),
                               AuditJson::of(*before), QJsonObject());
    });
}

// ---- actions -----------------------------------------------------------------------------

Expected<QList<Action>> Workspace::actions() const
{
    return reported(m_stores->actions.all());
}

Expected<std::optional<Action>> Workspace::action(qint64 id) const
{
    return reported(m_stores->actions.find(id));
}

namespace {
Status validateAction(const Action &a, const QString &path)
{
    if (a.text.trimmed().isEmpty())
        return Error{tr("An action needs a text."), path, QString(), tr("Say what is to be done.")};
    return success();
}
} // namespace

Expected<qint64> Workspace::addAction(Action a)
{
    if (Status valid = validateAction(a, m_path); !valid)
        return valid.errors();
    if (!a.itemId.isEmpty()) {
        if (Status known = checkItem(a.itemId); !known)
            return known.errors();
    }
    if (a.status == Action::Status::Done && !a.completed.isValid())
        a.completed = Clock::today();
    Status ok = m_kernel->transact(tr("Adding the action failed"), [&]() -> Status {
        if (Status done = m_stores->actions.insert(a); !done)
            return done;
        const qint64 id = a.id;
        m_kernel->afterCommit([this, id] { Q_EMIT actionAdded(id); });
        return m_kernel->audit(QStringLiteral("action.add"), QStringLiteral("action:%1").arg(a.id),
                               QJsonObject(), AuditJson::of(a));
    });
    if (!ok.ok())
        return ok.errors();
    return a.id;
}

Status Workspace::restoreAction(const Action &a)
{
    Expected<std::optional<Action>> existing = action(a.id);
    if (!existing)
        return existing.errors();
    if (*existing) {
        return Error{tr("Action %1 cannot be put back: the id is in use.").arg(a.id), m_path,
                     QString(), tr("Undo the later additions first.")};
    }
    if (Status valid = validateAction(a, m_path); !valid)
        return valid;
    if (!a.itemId.isEmpty()) {
        if (Status known = checkItem(a.itemId); !known)
            return known;
    }
    return m_kernel->transact(tr("Restoring the action failed"), [&]() -> Status {
        if (Status done = m_stores->actions.restore(a); !done)
            return done;
        const qint64 id = a.id;
        m_kernel->afterCommit([this, id] { Q_EMIT actionAdded(id); });
        return m_kernel->audit(QStringLiteral("action.restore"),
                               QStringLiteral("action:%1").arg(id), QJsonObject(),
                               AuditJson::of(a));
    });
}

Status Workspace::updateAction(const Action &given)
{
    Expected<Action> before = existingAction(given.id);
    if (!before)
        return before.errors();
    if (Status valid = validateAction(given, m_path); !valid)
        return valid;
    if (!given.itemId.isEmpty()) {
        if (Status known = checkItem(given.itemId); !known)
            return known;
    }
    Action a = given;
    if (a.status == Action::Status::Done && !a.completed.isValid())
        a.completed = Clock::today();
    if (a.status != Action::Status::Done)
        a.completed = QDate();
    if (a == *before)
        return success();
    return m_kernel->transact(tr("Saving the action failed"), [&]() -> Status {
        if (Status done = m_stores->actions.update(a); !done)
            return done;
        const qint64 id = a.id;
        m_kernel->afterCommit([this, id] { Q_EMIT actionChanged(id); });
        return m_kernel->audit(QStringLiteral("action.update"),
                               QStringLiteral("action:%1").arg(a.id), AuditJson::of(*before),
                               AuditJson::of(a));
    });
}

Status Workspace::removeAction(qint64 id)
{
    Expected<Action> before = existingAction(id);
    if (!before)
        return before.errors();
    return m_kernel->transact(tr("Removing the action failed"), [&]() -> Status {
        if (Status done = m_stores->actions.remove(id); !done)
            return done;
        m_kernel->afterCommit([this, id] { Q_EMIT actionRemoved(id); });
        return m_kernel->audit(QStringLiteral("action.remove"), QStringLiteral("action:%1").arg(id),
                               AuditJson::of(*before), QJsonObject());
    });
}

// ---- snapshots and meta ------------------------------------------------------------------

Status Workspace::saveSnapshot(const QString &name, const QByteArray &json)
{
    if (name.trimmed().isEmpty()) {
        return Error{tr("A snapshot needs a name."), m_path, QString(),
                     tr("Name it, e.g. \"Annual return 2026\".")};
    }
    Expected<std::optional<QByteArray>> existing = reported(m_stores->snapshots.json(name));
    if (!existing)
        return existing.errors();
    if (*existing) {
        return Error{tr("A snapshot named '%1' exists already.").arg(name), m_path, QString(),
                     tr("Choose another name.")};
    }
    return m_kernel->transact(tr("Saving the snapshot failed"), [&]() -> Status {
        if (Status done = m_stores->snapshots.insert(name, Clock::now(), json); !done)
            return done;
        m_kernel->afterCommit([this] { Q_EMIT snapshotsChanged(); });
        return m_kernel->audit(QStringLiteral("snapshot.save"), QStringLiteral("snapshot:") + name,
                               QJsonObject(), AuditJson::snapshot(name, json));
    });
}

Expected<QList<SnapshotInfo>> Workspace::snapshots() const
{
    return reported(m_stores->snapshots.list());
}

Expected<QByteArray> Workspace::snapshot(const QString &name) const
{
    Expected<std::optional<QByteArray>> json = reported(m_stores->snapshots.json(name));
    if (!json)
        return json.errors();
    if (!*json) {
        return Error{tr("There is no snapshot named '%1'.").arg(name), m_path, QString(),
                     tr("List the snapshots to see their names.")};
    }
    return **json;
}

Status Workspace::removeSnapshot(const QString &name)
{
    Expected<QByteArray> existing = snapshot(name);
    if (!existing.ok())
        return existing.errors();
    return m_kernel->transact(tr("Removing the snapshot failed"), [&]() -> Status {
        if (Status done = m_stores->snapshots.remove(name); !done)
            return done;
        m_kernel->afterCommit([this] { Q_EMIT snapshotsChanged(); });
        return m_kernel->audit(QStringLiteral("snapshot.remove"),
                               QStringLiteral("snapshot:") + name,
                               AuditJson::snapshot(name, *existing), QJsonObject());
    });
}

Expected<QVariant> Workspace::metaValue(const QString &key) const
{
    return reported(m_kernel->meta(key));
}

Status Workspace::setMetaValue(const QString &key, const QString &value)
{
    if (key.isEmpty() || key.startsWith(QLatin1String("workspace."))) {
        return Error{tr("The setting name '%1' is reserved.").arg(key), m_path, QString(),
                     tr("Use a name that does not start with \"workspace.\".")};
    }
    Expected<QVariant> before = metaValue(key);
    if (!before)
        return before.errors();
    if (!before->isNull() && before->toString() == value)
        return success();
    return m_kernel->transact(tr("Saving a setting failed"), [&]() -> Status {
        if (Status done = m_kernel->setMeta(key, value); !done)
            return done;
        return m_kernel->audit(QStringLiteral("meta.set"), QStringLiteral("meta:") + key,
                               before->isNull()
                                   ? QJsonObject()
                                   : QJsonObject{{QStringLiteral("value"), before->toString()}},
                               QJsonObject{{QStringLiteral("value"), value}});
    });
}

// ---- submission packs and responses ------------------------------------------------------

Status Workspace::recordPack(PackRecord pack)
{
    return m_kernel->transact(tr("Recording the submission pack failed"), [&]() -> Status {
        // The pack carries the trail as it stood before this row: what the pack's snapshot holds.
        Expected<qint64> count = m_kernel->auditCount();
        if (!count)
            return count.errors();
        Expected<QString> head = m_kernel->auditHead();
        if (!head)
            return head.errors();
        pack.auditCount = *count;
        pack.auditHead = *head;
        if (!pack.created.isValid())
            pack.created = Clock::now().toUTC();
        if (Status done = m_stores->submissions.insertPack(pack); !done)
            return done;
        m_kernel->afterCommit([this] { Q_EMIT submissionsChanged(); });
        return m_kernel->audit(QStringLiteral("pack.create"),
                               QStringLiteral("pack:") + pack.rootHash, QJsonObject(),
                               AuditJson::of(pack));
    });
}

Expected<QList<PackRecord>> Workspace::packs() const
{
    return reported(m_stores->submissions.packs());
}

Expected<std::optional<PackRecord>> Workspace::pack(const QString &rootHash) const
{
    return reported(m_stores->submissions.pack(rootHash));
}

Status Workspace::putResponse(const ResponseRecord &response)
{
    return m_kernel->transact(tr("Recording the assessor's response failed"), [&]() -> Status {
        if (Status done = m_stores->submissions.putResponse(response); !done)
            return done;
        m_kernel->afterCommit([this] { Q_EMIT submissionsChanged(); });
        return m_kernel->audit(QStringLiteral("response.import"),
                               QStringLiteral("response:") + response.id, QJsonObject(),
                               AuditJson::of(response));
    });
}

Expected<QList<ResponseRecord>> Workspace::responses() const
{
    return reported(m_stores->submissions.responses());
}

Expected<bool> Workspace::hasResponse(const QString &id) const
{
    return reported(m_stores->submissions.hasResponse(id));
}

// ---- moving to another standards set -----------------------------------------------------

Status Workspace::moveToSet(const StandardsSet &target, const MoveRecord &changes)
{
    Expected<SetMove::Checked> checked = m_stores->move.check(m_set, m_setHash, target, changes);
    if (!checked)
        return checked.errors();
    const QString what = tr("Moving the workspace to another standards set failed");
    return m_kernel->transact(what, [&]() -> Status {
        if (Status done = m_stores->move.write(m_set, m_setHash, target, changes, *checked); !done)
            return done;
        const QString targetHash = checked->targetHash;
        m_kernel->afterCommit([this, target, targetHash] {
            adoptSet(target, targetHash);
            Q_EMIT standardsSetChanged();
            Q_EMIT reconfirmationsChanged();
        });
        return success();
    });
}

Expected<QList<SetHistoryEntry>> Workspace::setHistory() const
{
    return reported(m_stores->sets.history());
}

Expected<StandardsSet> Workspace::historicSet(qint64 historyId) const
{
    Expected<std::optional<QByteArray>> json = reported(m_stores->sets.historicJson(historyId));
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
    return reported(m_stores->assessments.archived(historyId));
}

Expected<QList<EvidenceLink>> Workspace::archivedLinks(qint64 historyId) const
{
    return reported(m_stores->links.archived(historyId));
}

Expected<QHash<qint64, QString>> Workspace::archivedActionItems(qint64 historyId) const
{
    return reported(m_stores->actions.archivedItems(historyId));
}

Expected<QList<Reconfirmation>> Workspace::reconfirmations() const
{
    return reported(m_stores->sets.reconfirmations());
}

Expected<std::optional<Reconfirmation>> Workspace::reconfirmation(const QString &itemId) const
{
    return reported(m_stores->sets.reconfirmation(itemId));
}

Expected<QSet<QString>> Workspace::itemsNeedingReconfirmation() const
{
    return reported(m_stores->sets.flaggedItems());
}

Status Workspace::confirmItem(const QString &itemId)
{
    Expected<std::optional<Reconfirmation>> flag = reconfirmation(itemId);
    if (!flag)
        return flag.errors();
    if (!*flag) {
        return Error{tr("'%1' does not need re-confirmation.").arg(itemId), m_path, QString(),
                     tr("List the items that do with 'reconfirm list'.")};
    }
    Expected<Assessment> current = assessment(itemId);
    if (!current)
        return current.errors();
    return m_kernel->transact(tr("Confirming the item failed"), [&]() -> Status {
        if (Status done = m_stores->sets.clearFlag(itemId); !done)
            return done;
        m_kernel->afterCommit([this] { Q_EMIT reconfirmationsChanged(); });
        return m_kernel->audit(
            QStringLiteral("reconfirm.done"), QStringLiteral("item:") + itemId,
            QJsonObject{{QStringLiteral("reason"), (*flag)->reason},
                        {QStringLiteral("sources"), SetStore::sourcesJson((*flag)->sources)}},
            QJsonObject{{QStringLiteral("result"), resultToString(current->result)}});
    });
}

Status Workspace::restoreReconfirmation(const Reconfirmation &given)
{
    if (!m_set.findAssessable(given.itemId)) {
        return Error{tr("'%1' is not an item of this standards set.").arg(given.itemId), m_path,
                     QString(), QString()};
    }
    Expected<std::optional<Reconfirmation>> existing = reconfirmation(given.itemId);
    if (!existing)
        return existing.errors();
    if (*existing) {
        return Error{tr("'%1' already needs re-confirmation.").arg(given.itemId), m_path, QString(),
                     QString()};
    }
    Reconfirmation flag = given;
    if (!flag.flagged.isValid())
        flag.flagged = Clock::now();
    return m_kernel->transact(tr("Restoring the re-confirmation failed"), [&]() -> Status {
        if (Status done = m_stores->sets.flag(flag); !done)
            return done;
        m_kernel->afterCommit([this] { Q_EMIT reconfirmationsChanged(); });
        return m_kernel->audit(
            QStringLiteral("reconfirm.restored"), QStringLiteral("item:") + flag.itemId,
            QJsonObject(),
            QJsonObject{{QStringLiteral("reason"), flag.reason},
                        {QStringLiteral("sources"), SetStore::sourcesJson(flag.sources)}});
    });
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
    return m_stores->integrity.run(m_set, m_setHash, progress);
}

Status Workspace::backupTo(const QString &path) const
{
    return m_kernel->backupTo(path);
}

} // namespace seqohs
