#pragma once

#include "common/expected.h"
#include "evidenceitem.h"
#include "evidenceversion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace seqohs {

class StorageKernel;

// Evidence items and the versions of their files. The content itself is in the kernel's
// BlobStore; a version names the blob it holds.
class EvidenceStore
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceStore)

public:
    explicit EvidenceStore(StorageKernel &kernel)
        : m_kernel(kernel)
    {
    }

    // Items with their latest version's file name, hash and size, by id; or, ForScoring, with
    // what scoring reads only.
    [[nodiscard]] Expected<QList<EvidenceItem>>
    all(EvidenceDetail detail = EvidenceDetail::Full) const;
    [[nodiscard]] Expected<std::optional<EvidenceItem>> find(qint64 id) const;
    [[nodiscard]] Expected<QList<EvidenceVersion>> versions(qint64 id) const;
    // The blob holding the version (0 = latest), or nothing when the item has no such version.
    [[nodiscard]] Expected<std::optional<qint64>> blobOf(qint64 id, int version) const;
    // File items that have no stored version: damage the integrity check reports.
    [[nodiscard]] Expected<QList<qint64>> filesWithoutContent() const;

    // Sets item.id to the new row's id.
    [[nodiscard]] Status insert(EvidenceItem &item);
    [[nodiscard]] Status insertVersion(qint64 evidenceId, int version, const QString &fileName,
                                       qint64 blobId, const QDateTime &added);
    [[nodiscard]] Status update(const EvidenceItem &item);
    // Undo of a removal: puts the item back under its own id, and a version as it was recorded
    // (who added it and when).
    [[nodiscard]] Status restore(const EvidenceItem &item);
    [[nodiscard]] Status restoreVersion(qint64 evidenceId, const EvidenceVersion &version,
                                        qint64 blobId);
    // Removes the item; its versions and links go with it (foreign keys).
    [[nodiscard]] Status remove(qint64 id);

private:
    StorageKernel &m_kernel;
};

} // namespace seqohs
