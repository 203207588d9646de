#pragma once

#include "common/expected.h"
#include "packrecord.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace seqohs {

class StorageKernel;

// The submission packs made from the workspace and the assessors' responses imported into it.
class SubmissionStore
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionStore)

public:
    explicit SubmissionStore(StorageKernel &kernel)
        : m_kernel(kernel)
    {
    }

    [[nodiscard]] Expected<QList<PackRecord>> packs() const;
    [[nodiscard]] Expected<std::optional<PackRecord>> pack(const QString &rootHash) const;
    [[nodiscard]] Status insertPack(const PackRecord &pack);

    // In the order they were imported.
    [[nodiscard]] Expected<QList<ResponseRecord>> responses() const;
    [[nodiscard]] Expected<bool> hasResponse(const QString &id) const;
    // Adds the response, or replaces the one with its id (a JSON import carrying it again).
    [[nodiscard]] Status putResponse(const ResponseRecord &response);

private:
    StorageKernel &m_kernel;
};

} // namespace seqohs
