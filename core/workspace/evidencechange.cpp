#include "evidencechange.h"

#include "auditjson.h"
#include "blobstore.h"
#include "evidenceintake.h"
#include "evidencestore.h"
#include "linkstore.h"
#include "storagekernel.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace seqohs {

namespace {

QString target(qint64 id)
{
    return QStringLiteral("evidence:%1").arg(id);
}

} // namespace

Expected<EvidenceItem> EvidenceChange::existing(qint64 id) const
{
    Expected<std::optional<EvidenceItem>> item = m_reported(m_evidence.find(id));
    if (!item)
        return item.errors();
    if (!*item) {
        return Error{tr("There is no evidence item %1.").arg(id), m_kernel.location(), QString(),
                     tr("List the evidence to see the ids.")};
    }
    return **item;
}

Expected<bool> EvidenceChange::edit(const EvidenceItem &edit)
{
    Expected<EvidenceItem> before = existing(edit.id);
    if (!before)
        return before.errors();
    EvidenceItem after = *before;
    after.title = edit.title;
    after.description = edit.description;
    after.owner = edit.owner;
    after.documentDate = edit.documentDate;
    after.coversFrom = edit.coversFrom;
    after.coversTo = edit.coversTo;
    after.reviewBy = edit.reviewBy;
    after.personalData = edit.personalData;
    if (after.kind == EvidenceItem::Kind::Link)
        after.url = edit.url;
    if (after.kind == EvidenceItem::Kind::Statement)
        after.statement = edit.statement;
    if (Status valid = m_intake.validate(after); !valid)
        return valid.errors();
    if (after == *before)
        return false;
    Status done = m_kernel.transact(tr("Saving the evidence failed"), [&]() -> Status {
        if (Status stored = m_evidence.update(after); !stored)
            return stored;
        return m_kernel.audit(QStringLiteral("evidence.update"), target(after.id),
                              AuditJson::of(*before), AuditJson::of(after));
    });
    if (!done)
        return done.errors();
    return true;
}

Expected<bool> EvidenceChange::replaceFile(qint64 id, const QString &sourcePath,
                                           const Progress &progress)
{
    Expected<EvidenceItem> before = existing(id);
    if (!before)
        return before.errors();
    if (Status ok = m_intake.checkReplacement(*before, sourcePath); !ok)
        return ok.errors();
    bool stored = false;
    Status done = m_kernel.transact(
        tr("Replacing the evidence file failed"),
        [&]() -> Status {
            Expected<bool> version = m_intake.storeVersion(*before, sourcePath, progress);
            if (!version)
                return version.errors();
            stored = *version;
            return success();
        },
        StorageKernel::Sync::Later);
    if (!done)
        return done.errors();
    return stored;
}

Status EvidenceChange::remove(qint64 id)
{
    Expected<EvidenceItem> item = existing(id);
    if (!item)
        return item.errors();
    Expected<QList<EvidenceLink>> links = m_reported(m_links.forEvidence(id));
    if (!links)
        return links.errors();
    return m_kernel.transact(tr("Removing the evidence failed"), [&]() -> Status {
        if (Status removed = m_evidence.remove(id); !removed)
            return removed;
        if (Status removed = m_kernel.blobs().removeUnreferenced(); !removed)
            return removed;
        QJsonObject before = AuditJson::of(*item);
        before.insert(QStringLiteral("links"), AuditJson::of(*links));
        return m_kernel.audit(QStringLiteral("evidence.remove"), target(id), before, QJsonObject());
    });
}

Expected<RemovedEvidence> EvidenceChange::removeKept(qint64 id, const QString &keepFolder)
{
    RemovedEvidence removed;
    Status done = m_kernel.transact(tr("Removing the evidence failed"), [&]() -> Status {
        Expected<EvidenceItem> item = existing(id);
        if (!item)
            return item.errors();
        Expected<QList<EvidenceVersion>> versions = m_reported(m_evidence.versions(id));
        if (!versions)
            return versions.errors();
        Expected<QList<EvidenceLink>> links = m_reported(m_links.forEvidence(id));
        if (!links)
            return links.errors();
        removed = RemovedEvidence{*item, *versions, *links, {}};
        for (const EvidenceVersion &v : std::as_const(removed.versions)) {
            if (removed.content.contains(v.sha256))
                continue;
            const QString file = QDir(keepFolder).filePath(QString::fromLatin1(v.sha256));
            if (Status kept = m_intake.exportFile(id, file, v.version); !kept)
                return kept;
            removed.content.insert(v.sha256, file);
        }
        return remove(id);
    });
    if (!done)
        return done.errors();
    return removed;
}

Status EvidenceChange::checkRestore(const RemovedEvidence &removed) const
{
    const EvidenceItem &item = removed.item;
    Expected<std::optional<EvidenceItem>> existing = m_reported(m_evidence.find(item.id));
    if (!existing)
        return existing.errors();
    if (*existing) {
        return Error{tr("Evidence item %1 cannot be put back: the id is in use.").arg(item.id),
                     m_kernel.location(), QString(), tr("Undo the later additions first.")};
    }
    if (Status valid = m_intake.validate(item); !valid)
        return valid;
    if (Status known = m_intake.checkLinks(removed.links); !known)
        return known;
    for (const EvidenceVersion &v : removed.versions) {
        if (!removed.content.contains(v.sha256)) {
            return Error{tr("The content of version %1 of evidence item %2 was not kept.")
                             .arg(v.version)
                             .arg(item.id),
                         m_kernel.location(), QString(), tr("The evidence cannot be put back.")};
        }
    }
    return success();
}

Status EvidenceChange::restore(const RemovedEvidence &removed)
{
    if (Status ok = checkRestore(removed); !ok)
        return ok;
    const EvidenceItem &item = removed.item;
    return m_kernel.transact(tr("Restoring the evidence failed"), [&]() -> Status {
        if (Status stored = m_evidence.restore(item); !stored)
            return stored;
        for (const EvidenceVersion &v : removed.versions) {
            Expected<BlobStore::Blob> blob =
                m_kernel.blobs().storeKept(removed.content.value(v.sha256), v.sha256);
            if (!blob)
                return blob.errors();
            if (Status stored = m_evidence.restoreVersion(item.id, v, blob->id); !stored)
                return stored;
        }
        if (Status stored = m_links.put(removed.links); !stored)
            return stored;
        QJsonObject after = AuditJson::of(item);
        after.insert(QStringLiteral("links"), AuditJson::of(removed.links));
        after.insert(QStringLiteral("versions"), int(removed.versions.size()));
        return m_kernel.audit(QStringLiteral("evidence.restore"), target(item.id), QJsonObject(),
                              after);
    });
}

} // namespace seqohs
