#pragma once

#include "common/expected.h"
#include "evidenceitem.h"

#include <QCoreApplication>
#include <QList>

namespace seqohs {

class StorageKernel;

// Which evidence supports which assessable item, with a note; and the links archived when the
// workspace moved to another standards set.
class LinkStore
{
    Q_DECLARE_TR_FUNCTIONS(LinkStore)

public:
    explicit LinkStore(StorageKernel &kernel)
        : m_kernel(kernel)
    {
    }

    [[nodiscard]] Expected<QList<EvidenceLink>> all() const;
    [[nodiscard]] Expected<QList<EvidenceLink>> forEvidence(qint64 evidenceId) const;
    [[nodiscard]] Expected<QList<EvidenceLink>> archived(qint64 historyId) const;
    // Adds the links, or updates the note of those that exist.
    [[nodiscard]] Status put(const QList<EvidenceLink> &links);
    [[nodiscard]] Status remove(qint64 evidenceId, const QString &itemId);
    [[nodiscard]] Status removeAll();

private:
    StorageKernel &m_kernel;
};

} // namespace seqohs
