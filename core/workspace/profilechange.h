#pragma once

#include "common/expected.h"
#include "readreporter.h"

#include <QCoreApplication>

namespace seqohs {

class ProfileStore;
class StorageKernel;
struct ServiceProfile;

// A change to the service profile, checked and then stored with its audit row in one unit of
// work (joining the caller's, when there is one). The caller announces what changed.
class ProfileChange
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ProfileChange)

public:
    ProfileChange(StorageKernel &kernel, ProfileStore &profile, ReadReporter reported)
        : m_kernel(kernel)
        , m_profile(profile)
        , m_reported(std::move(reported))
    {
    }

    // Stores the profile ("profile.set"). Whether anything changed. Fails when the service has
    // no name.
    [[nodiscard]] Expected<bool> set(const ServiceProfile &profile);

private:
    StorageKernel &m_kernel;
    ProfileStore &m_profile;
    ReadReporter m_reported;
};

} // namespace seqohs
