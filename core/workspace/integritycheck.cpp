#include "integritycheck.h"

#include <QSqlQuery>

#include "blobstore.h"
#include "catalogue/standardsformat.h"
#include "catalogue/standardsset.h"
#include "evidencestore.h"
#include "storagekernel.h"

#include <QCoreApplication>

namespace seqohs {

ErrorList IntegrityCheck::structureProblems(const StandardsSet &set, const QString &setHash) const
{
    const QString path = m_kernel.location();
    // One snapshot for every read: the check runs beside a window that keeps writing, and rows
    // read before a commit compared with digests read after it would look changed outside.
    const bool snapshot = !m_kernel.inTransaction() &&
                          m_kernel.run(QStringLiteral("BEGIN"), {}, tr("Checking failed")).ok();
    ErrorList problems = m_kernel.engineProblems();
    if (Status chain = m_kernel.verifyAuditChain(); !chain)
        problems << chain.errors();
    problems << m_kernel.rowProblems();
    if (snapshot)
        (void)m_kernel.run(QStringLiteral("COMMIT"), {}, tr("Checking failed"));
    if (QString::fromLatin1(StandardsFormat::contentHash(set)) != setHash) {
        problems << Error{tr("The stored standards set does not match its recorded hash."), path,
                          QStringLiteral("standards_set"),
                          tr("The file was changed outside seqohs-tracker; restore it from a "
                             "backup.")};
    }
    return problems;
}

Status IntegrityCheck::run(const StandardsSet &set, const QString &setHash,
                           const Progress &progress) const
{
    const QString path = m_kernel.location();
    ErrorList problems = structureProblems(set, setHash);
    Expected<QList<qint64>> empty = m_evidence.filesWithoutContent();
    if (!empty) {
        problems << empty.errors();
    } else {
        for (qint64 id : *empty) {
            problems << Error{tr("Evidence item %1 has no stored file.").arg(id), path, QString(),
                              tr("Restore the workspace from a backup.")};
        }
    }
    Expected<QList<BlobStore::Blob>> blobs = m_kernel.blobs().blobs();
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
            problems << Error{tr("Stored content %1 was never completed.").arg(b.id), path,
                              QStringLiteral("blob %1").arg(b.id),
                              tr("Restore the workspace from a backup.")};
            continue;
        }
        if (Status ok = m_kernel.blobs().verify(b); !ok)
            problems << ok.errors();
        done += b.size;
        if (progress && !progress(done, total)) {
            problems << Error{tr("The check was cancelled before every file was verified."), path};
            break;
        }
    }
    if (!problems.isEmpty())
        return problems;
    return success();
}

} // namespace seqohs
