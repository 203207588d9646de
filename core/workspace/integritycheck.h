#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace seqohs {

class EvidenceStore;
struct StandardsSet;
class StorageKernel;

// The whole check of a workspace file: the engine's own check, the audit chain, the standards
// set against its recorded hash, file items without content, and a re-hash of every stored
// content. Reads only.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::IntegrityCheck)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    IntegrityCheck(const StorageKernel &kernel, const EvidenceStore &evidence)
        : m_kernel(kernel)
        , m_evidence(evidence)
    {
    }

    // Every problem found, not just the first, each saying what to do. set and setHash are the
    // set the workspace follows as read and the hash recorded with it. progress gets bytes
    // re-hashed; returning false cancels, which is reported as a problem (nothing is then known
    // to be intact).
    [[nodiscard]] Status run(const StandardsSet &set, const QString &setHash,
                             const Progress &progress) const;

    // The part that does not read the stored content: the engine's own check, the audit chain
    // and the set's hash. What a write is refused on (WriteGate).
    ErrorList structureProblems(const StandardsSet &set, const QString &setHash) const;

private:
    const StorageKernel &m_kernel;
    const EvidenceStore &m_evidence;
};

} // namespace seqohs
