#pragma once

#include "common/expected.h"
#include "evidenceitem.h"
#include "readreporter.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace seqohs {

class EvidenceChange;
class LinkStore;
class StorageKernel;

// Which evidence serves which assessable item: linking (or changing a link's note) and
// unlinking. Each checks what it is given before anything is written, then stores it with its
// audit row in one unit of work (joining the caller's, when there is one). The caller announces
// what changed.
class LinkChange
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::LinkChange)

public:
    // Whether the standards set followed has the item; the error says what to do.
    using ItemCheck = std::function<Status(const QString &itemId)>;

    LinkChange(StorageKernel &kernel, LinkStore &links, const EvidenceChange &evidence,
               ItemCheck checkItem, ReadReporter reported)
        : m_kernel(kernel)
        , m_links(links)
        , m_evidence(evidence)
        , m_checkItem(std::move(checkItem))
        , m_reported(std::move(reported))
    {
    }

    // Adds the link, or changes the note of the one there is ("link.set"). Whether anything
    // changed. Fails for evidence that does not exist and for an item the set does not have.
    [[nodiscard]] Expected<bool> link(const EvidenceLink &link);
    // Fails when there is no such link ("link.remove").
    [[nodiscard]] Status unlink(qint64 evidenceId, const QString &itemId);

private:
    StorageKernel &m_kernel;
    LinkStore &m_links;
    const EvidenceChange &m_evidence;
    ItemCheck m_checkItem;
    ReadReporter m_reported;
};

} // namespace seqohs
