#include "evidenceintake.h"

#include "auditjson.h"
#include "blobstore.h"
#include "common/clock.h"
#include "evidencestore.h"
#include "linkstore.h"
#include "storagekernel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonObject>

namespace seqohs {

Status EvidenceIntake::validate(const EvidenceItem &item) const
{
    if (item.title.trimmed().isEmpty()) {
        return Error{tr("Evidence needs a title."), m_kernel.location(), QString(),
                     tr("Give the evidence a short title.")};
    }
    if (item.coversFrom.isValid() && item.coversTo.isValid() && item.coversFrom > item.coversTo) {
        return Error{tr("The period the evidence covers ends before it starts."),
                     m_kernel.location(), QString(),
                     tr("Check the covers-from and covers-to dates.")};
    }
    return success();
}

Status EvidenceIntake::checkLinks(const QList<EvidenceLink> &links) const
{
    for (const EvidenceLink &l : links) {
        if (Status known = m_checkItem(l.itemId); !known)
            return known;
    }
    return success();
}

Expected<EvidenceItem> EvidenceIntake::fileItem(const QString &sourcePath, EvidenceItem meta,
                                                const QList<EvidenceLink> &links) const
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
    if (Status valid = validate(meta); !valid)
        return valid.errors();
    if (Status known = checkLinks(links); !known)
        return known.errors();
    meta.added = Clock::now().toUTC();
    meta.fileName = info.fileName();
    meta.version = 1;
    return meta;
}

Expected<EvidenceItem> EvidenceIntake::linkItem(const QString &url, EvidenceItem meta,
                                                const QList<EvidenceLink> &links) const
{
    if (url.trimmed().isEmpty()) {
        return Error{tr("A link needs a URL or a path."), m_kernel.location(), QString(),
                     tr("Give the address of the document.")};
    }
    meta.kind = EvidenceItem::Kind::Link;
    meta.url = url.trimmed();
    if (meta.title.trimmed().isEmpty())
        meta.title = meta.url;
    if (Status valid = validate(meta); !valid)
        return valid.errors();
    if (Status known = checkLinks(links); !known)
        return known.errors();
    meta.added = Clock::now().toUTC();
    return meta;
}

Expected<EvidenceItem> EvidenceIntake::statementItem(const QString &statement, EvidenceItem meta,
                                                     const QList<EvidenceLink> &links) const
{
    if (statement.trimmed().isEmpty()) {
        return Error{tr("A written statement cannot be empty."), m_kernel.location(), QString(),
                     tr("Write the statement.")};
    }
    meta.kind = EvidenceItem::Kind::Statement;
    meta.statement = statement;
    if (meta.title.trimmed().isEmpty())
        meta.title = statement.simplified().left(60);
    if (Status valid = validate(meta); !valid)
        return valid.errors();
    if (Status known = checkLinks(links); !known)
        return known.errors();
    meta.added = Clock::now().toUTC();
    return meta;
}

Expected<qint64> EvidenceIntake::addFile(const QString &sourcePath, EvidenceItem meta,
                                         const QList<EvidenceLink> &links, const Progress &progress)
{
    Expected<EvidenceItem> item = fileItem(sourcePath, std::move(meta), links);
    if (!item)
        return item.errors();
    // A file import can be repeated, so it need not reach the disk at its own commit.
    Status done = m_kernel.transact(
        tr("Adding evidence failed"),
        [&]() -> Status {
            Expected<BlobStore::Blob> blob = m_kernel.blobs().storeFile(sourcePath, progress);
            if (!blob.ok())
                return blob.errors();
            item->sha256 = blob->sha256;
            item->size = blob->size;
            if (Status stored = m_evidence.insert(*item); !stored)
                return stored;
            if (Status stored =
                    m_evidence.insertVersion(item->id, 1, item->fileName, blob->id, item->added);
                !stored)
                return stored;
            return storeLinks(*item, links);
        },
        StorageKernel::Sync::Later);
    if (!done)
        return done.errors();
    return item->id;
}

Expected<qint64> EvidenceIntake::addLink(const QString &url, EvidenceItem meta,
                                         const QList<EvidenceLink> &links)
{
    return add(linkItem(url, std::move(meta), links), links);
}

Expected<qint64> EvidenceIntake::addStatement(const QString &statement, EvidenceItem meta,
                                              const QList<EvidenceLink> &links)
{
    return add(statementItem(statement, std::move(meta), links), links);
}

Expected<qint64> EvidenceIntake::add(Expected<EvidenceItem> item, const QList<EvidenceLink> &links)
{
    if (!item)
        return item.errors();
    Status done = m_kernel.transact(tr("Adding evidence failed"), [&]() -> Status {
        if (Status stored = m_evidence.insert(*item); !stored)
            return stored;
        return storeLinks(*item, links);
    });
    if (!done)
        return done.errors();
    return item->id;
}

// The links of a newly stored item, and the audit row that records both.
Status EvidenceIntake::storeLinks(EvidenceItem &item, const QList<EvidenceLink> &links)
{
    QList<EvidenceLink> stored;
    for (EvidenceLink l : links) {
        l.evidenceId = item.id;
        stored << l;
    }
    if (Status done = m_links.put(stored); !done)
        return done;
    QJsonObject after = AuditJson::of(item);
    after.insert(QStringLiteral("links"), AuditJson::of(stored));
    return m_kernel.audit(QStringLiteral("evidence.add"),
                          QStringLiteral("evidence:%1").arg(item.id), QJsonObject(), after);
}

Status EvidenceIntake::checkReplacement(const EvidenceItem &current,
                                        const QString &sourcePath) const
{
    if (current.kind != EvidenceItem::Kind::File) {
        return Error{tr("Evidence item %1 is a %2, not a file; only files have versions.")
                         .arg(current.id)
                         .arg(evidenceKindToString(current.kind)),
                     m_kernel.location(), QString(), tr("Edit the link or statement instead.")};
    }
    if (!QFileInfo(sourcePath).isFile()) {
        return Error{tr("The evidence file does not exist."), sourcePath, QString(),
                     tr("Choose a file to add.")};
    }
    return success();
}

Expected<bool> EvidenceIntake::storeVersion(const EvidenceItem &current, const QString &sourcePath,
                                            const Progress &progress)
{
    const QFileInfo info(sourcePath);
    Expected<BlobStore::Blob> blob = m_kernel.blobs().storeFile(sourcePath, progress);
    if (!blob.ok())
        return blob.errors();
    if (blob->sha256 == current.sha256 && info.fileName() == current.fileName)
        return false; // the same file again: nothing to record
    EvidenceItem after = current;
    after.version = current.version + 1;
    after.fileName = info.fileName();
    after.sha256 = blob->sha256;
    after.size = blob->size;
    if (Status done = m_evidence.insertVersion(current.id, after.version, after.fileName, blob->id,
                                               Clock::now().toUTC());
        !done)
        return done.errors();
    if (Status done = m_kernel.audit(QStringLiteral("evidence.replace"),
                                     QStringLiteral("evidence:%1").arg(current.id),
                                     AuditJson::of(current), AuditJson::of(after));
        !done)
        return done.errors();
    return true;
}

Status EvidenceIntake::exportFile(qint64 id, const QString &outPath, int version) const
{
    const QString path = m_kernel.location();
    Expected<std::optional<qint64>> blobId = m_reported(m_evidence.blobOf(id, version));
    if (!blobId)
        return blobId.errors();
    if (!*blobId) {
        Expected<QList<EvidenceVersion>> all = m_reported(m_evidence.versions(id));
        if (!all)
            return all.errors();
        return Error{!all->isEmpty()
                         ? tr("Evidence item %1 has no version %2.").arg(id).arg(version)
                         : tr("There is no file evidence item %1.").arg(id),
                     path, QString(), tr("List the evidence and its versions to see the ids.")};
    }
    Expected<std::optional<BlobStore::Blob>> blob = m_kernel.blobs().blob(**blobId);
    if (!blob)
        return blob.errors();
    if (!*blob) {
        return Error{tr("The content of evidence item %1 is missing.").arg(id), path, QString(),
                     tr("Check the workspace (use Workspace > Check integrity in the window, or "
                        "seqohs-tracker-cli integrity) "
                        "and restore the workspace from a backup.")};
    }
    return m_kernel.blobs().exportTo(**blob, outPath);
}

Expected<std::unique_ptr<QIODevice>> EvidenceIntake::openContent(qint64 id, int version) const
{
    const QString path = m_kernel.location();
    Expected<std::optional<qint64>> blobId = m_reported(m_evidence.blobOf(id, version));
    if (!blobId)
        return blobId.errors();
    if (!*blobId) {
        Expected<QList<EvidenceVersion>> all = m_reported(m_evidence.versions(id));
        if (!all)
            return all.errors();
        return Error{!all->isEmpty()
                         ? tr("Evidence item %1 has no version %2.").arg(id).arg(version)
                         : tr("There is no file evidence item %1.").arg(id),
                     path, QString(), tr("List the evidence and its versions to see the ids.")};
    }
    Expected<std::optional<BlobStore::Blob>> blob = m_kernel.blobs().blob(**blobId);
    if (!blob)
        return blob.errors();
    if (!*blob) {
        return Error{tr("The content of evidence item %1 is missing.").arg(id), path, QString(),
                     tr("Check the workspace (use Workspace > Check integrity in the window, or "
                        "seqohs-tracker-cli integrity) "
                        "and restore the workspace from a backup.")};
    }
    return m_kernel.blobs().reader(**blob);
}

} // namespace seqohs
