#pragma once

#include "common/expected.h"
#include "evidenceitem.h"
#include "readreporter.h"
#include "removedevidence.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace seqohs {

class EvidenceIntake;
class EvidenceStore;
class LinkStore;
class StorageKernel;

// A change to evidence already in the workspace: its description edited, a new version of its
// file, its removal (with its content kept for undo, or not) and the removed item put back as it
// was. Each checks what it is given before anything is written, then stores it with its audit
// row in one unit of work (joining the caller's, when there is one). The caller announces what
// changed. What any item must meet, and how content comes in, is EvidenceIntake's.
class EvidenceChange
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::EvidenceChange)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    EvidenceChange(StorageKernel &kernel, EvidenceStore &evidence, LinkStore &links,
                   EvidenceIntake &intake, ReadReporter reported)
        : m_kernel(kernel)
        , m_evidence(evidence)
        , m_links(links)
        , m_intake(intake)
        , m_reported(std::move(reported))
    {
    }

    // The item with id, or an error saying there is none.
    [[nodiscard]] Expected<EvidenceItem> existing(qint64 id) const;

    // Stores the descriptive fields of edit (title, description, owner, dates, the personal-data
    // mark, and the url of a link or the text of a statement); the kind and stored content are
    // kept ("evidence.update").
    // Whether anything changed. Fails for an item that does not exist, and as a new item would.
    [[nodiscard]] Expected<bool> edit(const EvidenceItem &edit);
    // Stores sourcePath as the next version of file item id ("evidence.replace"); false when it
    // is the same file again and nothing was recorded. progress returning false cancels.
    [[nodiscard]] Expected<bool> replaceFile(qint64 id, const QString &sourcePath,
                                             const Progress &progress);
    // Removes the item, its versions and links, and content nothing else uses
    // ("evidence.remove").
    [[nodiscard]] Status remove(qint64 id);
    // Removes as remove() does and returns all that went, each distinct content first written
    // to a file in keepFolder; read, kept and removed in one unit of work, so what is returned
    // is exactly what went.
    [[nodiscard]] Expected<RemovedEvidence> removeKept(qint64 id, const QString &keepFolder);
    // Puts back what removeKept() returned ("evidence.restore"). Fails, changing nothing, when
    // the id is in use, the item or a link would not be accepted as new, or the content of a
    // version was not kept or no longer matches its hash.
    [[nodiscard]] Status restore(const RemovedEvidence &removed);

private:
    [[nodiscard]] Status checkRestore(const RemovedEvidence &removed) const;

    StorageKernel &m_kernel;
    EvidenceStore &m_evidence;
    LinkStore &m_links;
    EvidenceIntake &m_intake;
    ReadReporter m_reported;
};

} // namespace seqohs
