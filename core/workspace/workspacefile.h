#pragma once

#include "catalogue/standardsset.h"
#include "common/expected.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace seqohs {

class StorageKernel;
struct ServiceProfile;

// A workspace file as the facade opens it: which storage kernel serves a path, what a new
// workspace holds from its first transaction, and the standards set a file says it follows.
class WorkspaceFile
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::WorkspaceFile)

public:
    struct FollowedSet
    {
        StandardsSet set;
        QString contentHash;
    };

    // A kernel for a new workspace at path (absolute), which must not exist yet, holding
    // profile, set, the time of creation and the first audit row ("workspace.create"). Fails,
    // leaving nothing behind, when the service has no name or the file cannot be made.
    static Expected<std::unique_ptr<StorageKernel>>
    create(const QString &path, const ServiceProfile &profile, const StandardsSet &set);
    // A kernel for the existing workspace at path (absolute), checked before anything writes.
    static Expected<std::unique_ptr<StorageKernel>> open(const QString &path, bool readOnly);
    // A second kernel for a workspace this process holds open for writing, sharing its lock;
    // fails when the process does not hold it.
    static Expected<std::unique_ptr<StorageKernel>> openCompanion(const QString &path);

    // The set stored in the file, read and checked, with the hash recorded beside it. Fails,
    // saying to restore a backup, when the stored set cannot be read.
    static Expected<FollowedSet> followedSet(StorageKernel &kernel);
};

} // namespace seqohs
