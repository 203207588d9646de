#pragma once

#include "common/expected.h"
#include "readreporter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace seqohs {

class SnapshotStore;
class StorageKernel;

// Named snapshots of the scores, saved and removed by name; their content is the scoring code's
// and stored as given. Each checks what it is given before anything is written, then stores it
// with its audit row, which holds a hash of the content, in one unit of work (joining the
// caller's, when there is one). The caller announces what changed.
class SnapshotChange
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::SnapshotChange)

public:
    SnapshotChange(StorageKernel &kernel, SnapshotStore &snapshots, ReadReporter reported)
        : m_kernel(kernel)
        , m_snapshots(snapshots)
        , m_reported(std::move(reported))
    {
    }

    // The snapshot's content, or an error saying there is none by that name.
    [[nodiscard]] Expected<QByteArray> existing(const QString &name) const;

    // Stores the snapshot as made now ("snapshot.save"). Fails for an empty name or one in use.
    [[nodiscard]] Status save(const QString &name, const QByteArray &json);
    // Fails when there is no snapshot by that name ("snapshot.remove").
    [[nodiscard]] Status remove(const QString &name);

private:
    StorageKernel &m_kernel;
    SnapshotStore &m_snapshots;
    ReadReporter m_reported;
};

} // namespace seqohs
