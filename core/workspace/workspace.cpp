#include "workspace.h"

#include "actionstore.h"
#include "assessmentstore.h"
#include "auditjson.h"
#include "blobstore.h"
#include "catalogue/standardsformat.h"
#include "common/clock.h"
#include "evidencestore.h"
#include "linkstore.h"
#include "profilestore.h"
#include "setstore.h"
#include "sha256.h"
#include "snapshotstore.h"
#include "sqlitekernel.h"
#include "submissionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>

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

QString anchorKey(const QString &path)
{
    return QStringLiteral("auditAnchors/") +
           QString::fromLatin1(Sha256::hexHash(QFileInfo(path).absoluteFilePath().toUtf8()));
}

} // namespace

struct Workspace::Stores
{
    explicit Stores(StorageKernel &k)
        : profile(k)
        , assessments(k)
        , evidence(k)
        , links(k)
        , actions(k)
        , snapshots(k)
        , sets(k)
        , submissions(k)
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
};

// ---- opening and creating ----------------------------------------------------------------

Workspace::Workspace(std::unique_ptr<StorageKernel> kernel)
    : m_kernel(std::move(kernel))
    , m_stores(std::make_unique<Stores>(*m_kernel))
{
    m_path = m_kernel->location();
    m_mode = m_kernel->isReadOnly() ? ReadOnly : ReadWrite;
}

Workspace::~Workspace()
{
    rememberAuditHead();
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
    if (!result)
        emit const_cast<Workspace *>(this)->readFailed(result.errors());
    return result;
}

Expected<std::unique_ptr<Workspace>> Workspace::fromKernel(std::unique_ptr<StorageKernel> kernel,
                                                           bool anchored)
{
    std::unique_ptr<Workspace> w(new Workspace(std::move(kernel)));
    Expected<SetStore::Stored> stored = w->m_stores->sets.current();
    if (!stored)
        return stored.errors();
    Expected<StandardsSet> set = StandardsFormat::read(stored->json, w->m_path);
    if (!set.ok()) {
        ErrorList errors{Error{tr("The standards set stored in the workspace cannot be read."),
                               w->m_path, QString(), tr("Restore the workspace from a backup.")}};
        errors << set.errors();
        return errors;
    }
    w->m_set = std::move(*set);
    w->m_setHash = stored->contentHash;
    for (const AssessableItem &item : w->m_set.assessables())
        w->m_itemIds.insert(item.id);
    if (anchored) {
        w->m_anchored = true;
        w->checkAuditAnchor();
    }
    return w;
}

Expected<std::unique_ptr<Workspace>>
Workspace::create(const QString &givenPath, const ServiceProfile &profile, const StandardsSet &set)
{
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    if (profile.name.trimmed().isEmpty() && !QFileInfo::exists(path)) {
        return Error{tr("The service needs a name."), path, QString(),
                     tr("Give the name of the occupational health service.")};
    }
    Expected<std::unique_ptr<SqliteKernel>> kernel =
        SqliteKernel::create(path, [&](StorageKernel &k) -> Status {
            if (Status ok = ProfileStore(k).insert(profile); !ok)
                return ok;
            if (Status ok = SetStore(k).insertCurrent(set); !ok)
                return ok;
            if (Status ok = k.setMeta(QStringLiteral("workspace.created"),
                                      Clock::now().toUTC().toString(Qt::ISODateWithMs));
                !ok)
                return ok;
            QJsonObject after = AuditJson::of(profile);
            after.insert(QStringLiteral("standardsSet"), set.id);
            after.insert(QStringLiteral("standardsVersion"), set.version);
            after.insert(QStringLiteral("standardsHash"),
                         QString::fromLatin1(StandardsFormat::contentHash(set)));
            return k.audit(QStringLiteral("workspace.create"), QStringLiteral("workspace"),
                           QJsonObject(), after);
        });
    if (!kernel)
        return kernel.errors();
    Expected<std::unique_ptr<Workspace>> w = fromKernel(std::move(*kernel), false);
    if (w)
        (*w)->m_anchored = true;
    return w;
}

Expected<std::unique_ptr<Workspace>> Workspace::open(const QString &givenPath, OpenMode mode)
{
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    Expected<std::unique_ptr<SqliteKernel>> kernel =
        SqliteKernel::open(path, mode == ReadOnly, false);
    if (!kernel)
        return kernel.errors();
    return fromKernel(std::move(*kernel), true);
}

Expected<std::unique_ptr<Workspace>> Workspace::openCompanion(const QString &givenPath)
{
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    if (!SqliteKernel::isHeld(path)) {
        return Error{tr("The workspace is not open for editing in this program."), path, QString(),
                     tr("Open it first; a companion connection shares that lock.")};
    }
    Expected<std::unique_ptr<SqliteKernel>> kernel = SqliteKernel::open(path, false, true);
    if (!kernel)
        return kernel.errors();
    return fromKernel(std::move(*kernel), false);
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

// ---- the audit trail's anchor outside the file -------------------------------------------

void Workspace::checkAuditAnchor()
{
    // Rows cut from the end with the count rewound, or a chain recomputed from start to end,
    // pass every check inside the file. What this computer saw last does not change with it.
    const QStringList seen =
        QSettings().value(anchorKey(m_path)).toString().split(QLatin1Char(' '));
    if (seen.size() != 2)
        return;
    bool ok = false;
    const qint64 seq = seen.at(0).toLongLong(&ok);
    if (!ok || seq <= 0)
        return;
    Expected<std::optional<QString>> hash = m_kernel->auditHashAt(seq);
    if (!hash) {
        m_openWarnings << hash.errorString();
        return;
    }
    const QString hint = tr("If nobody here restored an older copy, the file was changed outside "
                            "seqohs-tracker: keep it as it is and compare it with a backup or "
                            "the last submission pack.");
    if (!*hash) {
        Expected<qint64> count = m_kernel->auditCount();
        m_openWarnings << tr("The audit trail is shorter than when this computer last opened "
                             "this workspace: it had %1 rows and now has %2. %3")
                              .arg(seq)
                              .arg(count ? QString::number(*count) : count.errorString())
                              .arg(hint);
    } else if (**hash != seen.at(1)) {
        m_openWarnings << tr("The audit trail was rewritten since this computer last opened "
                             "this workspace: row %1 is no longer the row seen then. %2")
                              .arg(seq)
                              .arg(hint);
    }
}

void Workspace::rememberAuditHead() const
{
    if (!m_anchored || !m_openWarnings.isEmpty())
        return; // a rewritten trail is not taken as the new truth by being looked at
    Expected<qint64> count = m_kernel->auditCount();
    Expected<QString> head = m_kernel->auditHead();
    if (count && head && *count > 0 && !head->isEmpty())
        QSettings().setValue(anchorKey(m_path),
                             QString(QString::number(*count) + QLatin1Char(' ') + *head));
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

Status Workspace::validateEvidence(const EvidenceItem &item) const
{
    if (item.title.trimmed().isEmpty()) {
        return Error{tr("Evidence needs a title."), m_path, QString(),
                     tr("Give the evidence a short title.")};
    }
    if (item.coversFrom.isValid() && item.coversTo.isValid() && item.coversFrom > item.coversTo) {
        return Error{tr("The period the evidence covers ends before it starts."), m_path, QString(),
                     tr("Check the covers-from and covers-to dates.")};
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
    Expected<std::optional<Assessment>> found = reported(m_stores->assessments.find(itemId));
    if (!found)
        return found.errors();
    if (*found)
        return **found;
    Assessment a;
    a.itemId = itemId;
    return a;
}

Status Workspace::setAssessment(const Assessment &given)
{
    if (Status known = checkItem(given.itemId); !known)
        return known;
    if (given.result == AssessmentResult::NotApplicable &&
        given.justification.trimmed().isEmpty()) {
        return Error{tr("'Not applicable' needs a justification: say why the criterion does "
                        "not apply to this service."),
                     m_path, given.itemId, tr("Add a justification (CLI: --justification TEXT).")};
    }
    Assessment a = given;
    if (!a.lastReviewed.isValid())
        a.lastReviewed = Clock::now().toUTC();
    Expected<Assessment> before = assessment(a.itemId);
    if (!before)
        return before.errors();
    if (*before == a)
        return success();
    Expected<std::optional<Reconfirmation>> flag =
        reported(m_stores->sets.reconfirmation(a.itemId));
    if (!flag)
        return flag.errors();
    const bool wasFlagged = flag->has_value();
    return m_kernel->transact(tr("Saving the assessment failed"), [&]() -> Status {
        if (Status ok = m_stores->assessments.put(a); !ok)
            return ok;
        QJsonObject after = AuditJson::of(a);
        if (wasFlagged) {
            if (Status ok = m_stores->sets.clearFlag(a.itemId); !ok)
                return ok;
            after.insert(QStringLiteral("reconfirmed"), true);
        }
        const QString itemId = a.itemId;
        m_kernel->afterCommit([this, itemId, wasFlagged] {
            Q_EMIT assessmentChanged(itemId);
            if (wasFlagged)
                Q_EMIT reconfirmationsChanged();
        });
        return m_kernel->audit(QStringLiteral("assessment.set"), QStringLiteral("item:") + a.itemId,
                               AuditJson::of(*before), after);
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
    const QFileInfo info(sourcePath);
    if (!info.isFile()) {
        return Error{info.exists() ? tr("This is not a regular file.")
                                   : tr("The evidence file does not exist."),
                     sourcePath, QString(), tr("Choose a file to add.")};
    }
    meta.kind = EvidenceItem::Kind::File;
    if (meta.title.trimmed().isEmpty())
        meta.title = info.fileName();
    if (Status valid = validateEvidence(meta); !valid)
        return valid.errors();
    for (const EvidenceLink &l : links) {
        if (Status known = checkItem(l.itemId); !known)
            return known.errors();
    }
    meta.added = Clock::now().toUTC();
    meta.fileName = info.fileName();
    meta.version = 1;
    Status ok = m_kernel->transact(
        tr("Adding evidence failed"),
        [&]() -> Status {
            Expected<BlobStore::Blob> blob = m_kernel->blobs().storeFile(sourcePath, progress);
            if (!blob.ok())
                return blob.errors();
            meta.sha256 = blob->sha256;
            meta.size = blob->size;
            if (Status done = m_stores->evidence.insert(meta); !done)
                return done;
            if (Status done = m_stores->evidence.insertVersion(meta.id, 1, meta.fileName, blob->id,
                                                               meta.added);
                !done)
                return done;
            QList<EvidenceLink> stored;
            for (EvidenceLink l : links) {
                l.evidenceId = meta.id;
                stored << l;
            }
            if (Status done = m_stores->links.put(stored); !done)
                return done;
            const qint64 id = meta.id;
            const bool linked = !stored.isEmpty();
            m_kernel->afterCommit([this, id, linked] {
                Q_EMIT evidenceAdded(id);
                if (linked)
                    Q_EMIT linksChanged(id);
            });
            QJsonObject after = AuditJson::of(meta);
            after.insert(QStringLiteral("links"), AuditJson::of(stored));
            return m_kernel->audit(QStringLiteral("evidence.add"),
                                   QStringLiteral("evidence:%1").arg(meta.id), QJsonObject(),
                                   after);
        },
        StorageKernel::Sync::Later);
    if (!ok.ok())
        return ok.errors();
    return meta.id;
}

Expected<qint64> Workspace::addEvidenceLink(const QString &url, EvidenceItem meta,
                                            const QList<EvidenceLink> &links)
{
    if (url.trimmed().isEmpty()) {
        return Error{tr("A link needs a URL or a path."), m_path, QString(),
                     tr("Give the address of the document.")};
    }
    meta.kind = EvidenceItem::Kind::Link;
    meta.url = url.trimmed();
    if (meta.title.trimmed().isEmpty())
        meta.title = meta.url;
    return addWithoutContent(meta, links);
}

Expected<qint64> Workspace::addEvidenceStatement(const QString &statement, EvidenceItem meta,
                                                 const QList<EvidenceLink> &links)
{
    if (statement.trimmed().isEmpty()) {
        return Error{tr("A written statement cannot be empty."), m_path, QString(),
                     tr("Write the statement.")};
    }
    meta.kind = EvidenceItem::Kind::Statement;
    meta.statement = statement;
    if (meta.title.trimmed().isEmpty())
        meta.title = statement.simplified().left(60);
    return addWithoutContent(meta, links);
}

// Links and statements: evidence with no stored content, added in one transaction with its
// links and its audit row.
Expected<qint64> Workspace::addWithoutContent(EvidenceItem meta, const QList<EvidenceLink> &links)
{
    if (Status valid = validateEvidence(meta); !valid)
        return valid.errors();
    for (const EvidenceLink &l : links) {
        if (Status known = checkItem(l.itemId); !known)
            return known.errors();
    }
    meta.added = Clock::now().toUTC();
    Status ok = m_kernel->transact(tr("Adding evidence failed"), [&]() -> Status {
        if (Status done = m_stores->evidence.insert(meta); !done)
            return done;
        QList<EvidenceLink> stored;
        for (EvidenceLink l : links) {
            l.evidenceId = meta.id;
            stored << l;
        }
        if (Status done = m_stores->links.put(stored); !done)
            return done;
        const qint64 id = meta.id;
        const bool linked = !stored.isEmpty();
        m_kernel->afterCommit([this, id, linked] {
            Q_EMIT evidenceAdded(id);
            if (linked)
                Q_EMIT linksChanged(id);
        });
        QJsonObject after = AuditJson::of(meta);
        after.insert(QStringLiteral("links"), AuditJson::of(stored));
        return m_kernel->audit(QStringLiteral("evidence.add"),
                               QStringLiteral("evidence:%1").arg(meta.id), QJsonObject(), after);
    });
    if (!ok.ok())
        return ok.errors();
    return meta.id;
}

Status Workspace::updateEvidence(const EvidenceItem &item)
{
    Expected<EvidenceItem> before = existingEvidence(item.id);
    if (!before)
        return before.errors();
    EvidenceItem after = *before;
    after.title = item.title;
    after.description = item.description;
    after.owner = item.owner;
    after.documentDate = item.documentDate;
    after.coversFrom = item.coversFrom;
    after.coversTo = item.coversTo;
    after.reviewBy = item.reviewBy;
    if (after.kind == EvidenceItem::Kind::Link)
        after.url = item.url;
    if (after.kind == EvidenceItem::Kind::Statement)
        after.statement = item.statement;
    if (Status valid = validateEvidence(after); !valid)
        return valid;
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
    if (before->kind != EvidenceItem::Kind::File) {
        return Error{tr("Evidence item %1 is a %2, not a file; only files have versions.")
                         .arg(id)
                         .arg(evidenceKindToString(before->kind)),
                     m_path, QString(), tr("Edit the link or statement instead.")};
    }
    const QFileInfo info(sourcePath);
    if (!info.isFile()) {
        return Error{tr("The evidence file does not exist."), sourcePath, QString(),
                     tr("Choose a file to add.")};
    }
    return m_kernel->transact(
        tr("Replacing the evidence file failed"),
        [&]() -> Status {
            Expected<BlobStore::Blob> blob = m_kernel->blobs().storeFile(sourcePath, progress);
            if (!blob.ok())
                return blob.errors();
            if (blob->sha256 == before->sha256 && info.fileName() == before->fileName)
                return success(); // the same file again: nothing to record
            EvidenceItem after = *before;
            after.version = before->version + 1;
            after.fileName = info.fileName();
            after.sha256 = blob->sha256;
            after.size = blob->size;
            if (Status done = m_stores->evidence.insertVersion(id, after.version, after.fileName,
                                                               blob->id, Clock::now().toUTC());
                !done)
                return done;
            m_kernel->afterCommit([this, id] { Q_EMIT evidenceChanged(id); });
            return m_kernel->audit(QStringLiteral("evidence.replace"),
                                   QStringLiteral("evidence:%1").arg(id), AuditJson::of(*before),
                                   AuditJson::of(after));
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
    Expected<std::optional<qint64>> blobId = reported(m_stores->evidence.blobOf(id, version));
    if (!blobId)
        return blobId.errors();
    if (!*blobId) {
        Expected<QList<EvidenceVersion>> all = versions(id);
        if (!all)
            return all.errors();
        return Error{!all->isEmpty()
                         ? tr("Evidence item %1 has no version %2.").arg(id).arg(version)
                         : tr("There is no file evidence item %1.").arg(id),
                     m_path, QString(), tr("List the evidence and its versions to see the ids.")};
    }
    Expected<std::optional<BlobStore::Blob>> blob = m_kernel->blobs().blob(**blobId);
    if (!blob)
        return blob.errors();
    if (!*blob) {
        return Error{tr("The content of evidence item %1 is missing.").arg(id), m_path, QString(),
                     tr("Check the workspace (use Workspace > Check integrity in the window, or "
                        "seqohs-tracker-cli integrity) "
                        "and restore the workspace from a backup.")};
    }
    return m_kernel->blobs().exportTo(**blob, outPath);
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
    if (Status valid = validateEvidence(item); !valid)
        return valid;
    for (const EvidenceLink &l : removed.links) {
        if (Status known = checkItem(l.itemId); !known)
            return known;
    }
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
        return m_kernel->audit(
            QStringLiteral("snapshot.save"), QStringLiteral("snapshot:") + name, QJsonObject(),
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("sha256"), QString::fromLatin1(Sha256::hexHash(json))}});
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
                               QJsonObject{{QStringLiteral("name"), name},
                                           {QStringLiteral("sha256"),
                                            QString::fromLatin1(Sha256::hexHash(*existing))}},
                               QJsonObject());
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
                               QJsonObject{{QStringLiteral("file"), pack.fileName},
                                           {QStringLiteral("signer"), pack.signerFingerprint},
                                           {QStringLiteral("evidenceFiles"), pack.evidenceFiles},
                                           {QStringLiteral("auditCount"), pack.auditCount},
                                           {QStringLiteral("auditHead"), pack.auditHead}});
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
        return m_kernel->audit(
            QStringLiteral("response.import"), QStringLiteral("response:") + response.id,
            QJsonObject(),
            QJsonObject{{QStringLiteral("pack"), response.packRootHash},
                        {QStringLiteral("actionsAdded"), response.actionsAdded},
                        {QStringLiteral("sha256"),
                         QString::fromLatin1(Sha256::hexHash(response.document))}});
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

Status Workspace::validateMove(const StandardsSet &target, const MoveRecord &changes) const
{
    const QString replan = tr("Plan the move again and check the preview before applying it.");
    if (changes.fromSetId != m_set.id || changes.fromContentHash != m_setHash) {
        return Error{tr("The move was planned for the standards set '%1', but the workspace "
                        "follows '%2'.")
                         .arg(changes.fromSetId, m_set.id),
                     m_path, QString(), replan};
    }
    Expected<qint64> count = auditCount();
    if (!count)
        return count.errors();
    if (changes.auditCount != *count) {
        return Error{tr("The workspace has changed since the move was planned."), m_path, QString(),
                     replan};
    }
    if (target.id.trimmed().isEmpty() || target.assessables().isEmpty()) {
        return Error{tr("The standards set to move to has no id or nothing to assess."), m_path,
                     QString(), tr("Load a valid standards set.")};
    }
    QSet<QString> targetIds;
    for (const AssessableItem &item : target.assessables())
        targetIds.insert(item.id);
    const auto unknownItem = [&](const QString &itemId, const QString &where) {
        return Error{tr("The move names '%1', which the standards set '%2' does not have.")
                         .arg(itemId, target.id),
                     m_path, where, replan};
    };
    QSet<QString> seen;
    for (const Assessment &a : changes.assessments) {
        if (!targetIds.contains(a.itemId))
            return unknownItem(a.itemId, QStringLiteral("assessments"));
        if (seen.contains(a.itemId)) {
            return Error{tr("The move assesses '%1' twice.").arg(a.itemId), m_path, QString(),
                         replan};
        }
        seen.insert(a.itemId);
        if (a.result == AssessmentResult::NotApplicable && a.justification.trimmed().isEmpty()) {
            return Error{
                tr("The move marks '%1' not applicable without a justification.").arg(a.itemId),
                m_path, QString(), replan};
        }
    }
    Expected<QList<EvidenceItem>> items = evidence();
    if (!items)
        return items.errors();
    QSet<qint64> evidenceIds;
    for (const EvidenceItem &e : *items)
        evidenceIds.insert(e.id);
    QSet<QPair<qint64, QString>> linkKeys;
    for (const EvidenceLink &l : changes.links) {
        if (!targetIds.contains(l.itemId))
            return unknownItem(l.itemId, QStringLiteral("links"));
        if (!evidenceIds.contains(l.evidenceId)) {
            return Error{
                tr("The move links evidence item %1, which does not exist.").arg(l.evidenceId),
                m_path, QString(), replan};
        }
        if (linkKeys.contains({l.evidenceId, l.itemId})) {
            return Error{tr("The move links evidence item %1 to '%2' twice.")
                             .arg(l.evidenceId)
                             .arg(l.itemId),
                         m_path, QString(), replan};
        }
        linkKeys.insert({l.evidenceId, l.itemId});
    }
    Expected<QList<Action>> existing = actions();
    if (!existing)
        return existing.errors();
    QSet<qint64> actionIds;
    for (const Action &a : *existing)
        actionIds.insert(a.id);
    for (const MoveRecord::ActionMove &m : changes.actionMoves) {
        if (!actionIds.contains(m.actionId)) {
            return Error{tr("The move re-points action %1, which does not exist.").arg(m.actionId),
                         m_path, QString(), replan};
        }
        if (!m.itemId.isEmpty() && !targetIds.contains(m.itemId))
            return unknownItem(m.itemId, QStringLiteral("actions"));
    }
    for (const Action &a : changes.newActions) {
        if (a.text.trimmed().isEmpty() || (!a.itemId.isEmpty() && !targetIds.contains(a.itemId)))
            return unknownItem(a.itemId, QStringLiteral("actions"));
    }
    for (const Reconfirmation &r : changes.reconfirmations) {
        if (!targetIds.contains(r.itemId))
            return unknownItem(r.itemId, QStringLiteral("reconfirmations"));
    }
    return success();
}

Status Workspace::moveToSet(const StandardsSet &target, const MoveRecord &changes)
{
    if (Status ok = m_kernel->writable(); !ok)
        return ok;
    // Check everything before the transaction, so a bad record changes nothing and says why.
    if (Status valid = validateMove(target, changes); !valid)
        return valid;
    Expected<QHash<QString, Assessment>> assessmentsBefore = assessments();
    if (!assessmentsBefore)
        return assessmentsBefore.errors();
    Expected<QList<EvidenceLink>> linksBefore = links();
    if (!linksBefore)
        return linksBefore.errors();
    const QDateTime now = Clock::now().toUTC();
    const QString targetHash = QString::fromLatin1(StandardsFormat::contentHash(target));
    const QString what = tr("Moving the workspace to another standards set failed");

    return m_kernel->transact(what, [&]() -> Status {
        Expected<qint64> historyId =
            m_stores->sets.archiveCurrent(m_set.title, target.id, changes.crosswalkId, now);
        if (!historyId)
            return historyId.errors();
        for (Status s : {m_stores->assessments.removeAll(), m_stores->links.removeAll(),
                         m_stores->sets.clearAllFlags()}) {
            if (!s)
                return s;
        }
        if (Status s = m_stores->assessments.insertAll(changes.assessments); !s)
            return s;
        if (Status s = m_stores->links.put(changes.links); !s)
            return s;
        for (const MoveRecord::ActionMove &m : changes.actionMoves) {
            if (Status s = m_stores->actions.repoint(m.actionId, m.itemId); !s)
                return s;
        }
        for (Action a : changes.newActions) {
            if (Status s = m_stores->actions.insert(a); !s)
                return s;
        }
        for (Reconfirmation r : changes.reconfirmations) {
            r.historyId = *historyId;
            r.flagged = now;
            if (Status s = m_stores->sets.flag(r); !s)
                return s;
        }
        if (Status s = m_stores->sets.replaceCurrent(target); !s)
            return s;
        const QJsonObject before{{QStringLiteral("standardsSet"), m_set.id},
                                 {QStringLiteral("standardsVersion"), m_set.version},
                                 {QStringLiteral("standardsHash"), m_setHash},
                                 {QStringLiteral("assessments"), assessmentsBefore->size()},
                                 {QStringLiteral("links"), linksBefore->size()}};
        const QJsonObject after{
            {QStringLiteral("standardsSet"), target.id},
            {QStringLiteral("standardsVersion"), target.version},
            {QStringLiteral("standardsHash"), targetHash},
            {QStringLiteral("crosswalk"), changes.crosswalkId},
            {QStringLiteral("snapshot"), changes.snapshotName},
            {QStringLiteral("history"), *historyId},
            {QStringLiteral("assessments"), changes.assessments.size()},
            {QStringLiteral("links"), changes.links.size()},
            {QStringLiteral("reconfirm"), changes.reconfirmations.size()},
            {QStringLiteral("plan"), QJsonDocument::fromJson(changes.summaryJson).object()}};
        m_kernel->afterCommit([this, target, targetHash] {
            m_set = target;
            m_setHash = targetHash;
            m_itemIds.clear();
            for (const AssessableItem &item : m_set.assessables())
                m_itemIds.insert(item.id);
            Q_EMIT standardsSetChanged();
            Q_EMIT reconfirmationsChanged();
        });
        return m_kernel->audit(QStringLiteral("set.move"), QStringLiteral("standards-set"), before,
                               after);
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
    ErrorList problems = m_kernel->engineProblems();
    if (Status chain = verifyAuditChain(); !chain)
        problems << chain.errors();
    if (QString::fromLatin1(StandardsFormat::contentHash(m_set)) != m_setHash) {
        problems << Error{tr("The stored standards set does not match its recorded hash."), m_path,
                          QStringLiteral("standards_set"),
                          tr("The file was changed outside seqohs-tracker; restore it from a "
                             "backup.")};
    }
    Expected<QList<qint64>> empty = m_stores->evidence.filesWithoutContent();
    if (!empty) {
        problems << empty.errors();
    } else {
        for (qint64 id : *empty) {
            problems << Error{tr("Evidence item %1 has no stored file.").arg(id), m_path, QString(),
                              tr("Restore the workspace from a backup.")};
        }
    }
    Expected<QList<BlobStore::Blob>> blobs = m_kernel->blobs().blobs();
    if (!blobs) {
        // Without the list, nothing was verified: that is a failed check, not an intact file.
        problems << blobs.errors();
        return problems;
    }
    qint64 total = 0;
    for (const BlobStore::Blob &b : *blobs)
        total += b.size;
    qint64 done = 0;
    for (const BlobStore::Blob &b : *blobs) {
        if (b.sha256.isEmpty()) {
            problems << Error{tr("Stored content %1 was never completed.").arg(b.id), m_path,
                              QStringLiteral("blob %1").arg(b.id),
                              tr("Restore the workspace from a backup.")};
            continue;
        }
        if (Status ok = m_kernel->blobs().verify(b); !ok)
            problems << ok.errors();
        done += b.size;
        if (progress && !progress(done, total)) {
            problems << Error{tr("The check was cancelled before every file was verified."),
                              m_path};
            break;
        }
    }
    if (!problems.isEmpty())
        return problems;
    return success();
}

Status Workspace::backupTo(const QString &path) const
{
    return m_kernel->backupTo(path);
}

} // namespace seqohs
