#pragma once

#include "common/expected.h"
#include "serviceprofile.h"

#include <QCoreApplication>

namespace seqohs {

class StorageKernel;

// The service profile: one row.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    explicit ProfileStore(StorageKernel &kernel)
        : m_kernel(kernel)
    {
    }

    [[nodiscard]] Expected<ServiceProfile> read() const;
    [[nodiscard]] Status insert(const ServiceProfile &profile);
    [[nodiscard]] Status update(const ServiceProfile &profile);

private:
    StorageKernel &m_kernel;
};

} // namespace seqohs
