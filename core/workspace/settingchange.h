#pragma once

#include "common/expected.h"
#include "readreporter.h"

#include <QCoreApplication>
#include <QString>

namespace seqohs {

class StorageKernel;

// A change to one of the application's key/value settings kept in the file, checked and then
// stored with its audit row in one unit of work (joining the caller's, when there is one). Keys
// starting "workspace." are the kernel's own and refused.
class SettingChange
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::SettingChange)

public:
    SettingChange(StorageKernel &kernel, ReadReporter reported)
        : m_kernel(kernel)
        , m_reported(std::move(reported))
    {
    }

    // Stores value under key ("meta.set"); nothing is written when the key holds it already.
    // Fails for an empty or reserved key.
    [[nodiscard]] Status set(const QString &key, const QString &value);

private:
    StorageKernel &m_kernel;
    ReadReporter m_reported;
};

} // namespace seqohs
