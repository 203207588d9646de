#pragma once

#include "common/expected.h"
#include "snapshotinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace seqohs {

class StorageKernel;

// Named snapshots of the scores, stored as the scoring code gave them.
class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStore)

public:
    explicit SnapshotStore(StorageKernel &kernel)
        : m_kernel(kernel)
    {
    }

    [[nodiscard]] Expected<QList<SnapshotInfo>> list() const;
    [[nodiscard]] Expected<std::optional<QByteArray>> json(const QString &name) const;
    [[nodiscard]] Status insert(const QString &name, const QDateTime &created,
                                const QByteArray &json);
    [[nodiscard]] Status remove(const QString &name);

private:
    StorageKernel &m_kernel;
};

} // namespace seqohs
