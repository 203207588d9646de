#pragma once

#include "common/expected.h"
#include "evidenceitem.h"
#include "readreporter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace seqohs {

class EvidenceStore;
class LinkStore;
class StorageKernel;

// Brings evidence into a workspace and writes its content out: a file (streamed in, content
// already stored is shared), a replacement version of a file, a link or a written statement,
// each with its links and audit row, and the edits of an item's description. The item*() and
// edited() functions check what is given and fill in what the caller left out, changing
// nothing; the store*() functions run inside the caller's transaction.
class EvidenceIntake
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::EvidenceIntake)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Whether the standards set followed has the item; the error says what to do.
    using ItemCheck = std::function<Status(const QString &itemId)>;

    EvidenceIntake(StorageKernel &kernel, EvidenceStore &evidence, LinkStore &links,
                   ItemCheck checkItem, ReadReporter reported)
        : m_kernel(kernel)
        , m_evidence(evidence)
        , m_links(links)
        , m_checkItem(std::move(checkItem))
        , m_reported(std::move(reported))
    {
    }

    // A title, and a period that does not end before it starts.
    [[nodiscard]] Status validate(const EvidenceItem &item) const;

    // The item for a file at sourcePath, which must be a regular file; meta.title defaults to
    // the file's name.
    [[nodiscard]] Expected<EvidenceItem> fileItem(const QString &sourcePath, EvidenceItem meta,
                                                  const QList<EvidenceLink> &links) const;
    // The item for a link to url (a URL or a path); meta.title defaults to the address.
    [[nodiscard]] Expected<EvidenceItem> linkItem(const QString &url, EvidenceItem meta,
                                                  const QList<EvidenceLink> &links) const;
    // The item for a written statement; meta.title defaults to its start.
    [[nodiscard]] Expected<EvidenceItem> statementItem(const QString &statement, EvidenceItem meta,
                                                       const QList<EvidenceLink> &links) const;

    // Stores the file's content, item (setting its id), its first version, links and the audit
    // row ("evidence.add"). progress returning false cancels.
    [[nodiscard]] Status storeFile(EvidenceItem &item, const QString &sourcePath,
                                   const QList<EvidenceLink> &links, const Progress &progress);
    // Stores item (setting its id) without content, its links and the audit row.
    [[nodiscard]] Status store(EvidenceItem &item, const QList<EvidenceLink> &links);

    // current after an edit: the descriptive fields (title, description, owner, dates, and the
    // url of a link or the text of a statement) from edit; the kind and stored content kept.
    // Checked as a new item is.
    [[nodiscard]] Expected<EvidenceItem> edited(const EvidenceItem &current,
                                                const EvidenceItem &edit) const;

    // Fails unless current is a file item and sourcePath a file.
    [[nodiscard]] Status checkReplacement(const EvidenceItem &current,
                                          const QString &sourcePath) const;
    // Stores sourcePath as the next version of current with its audit row ("evidence.replace");
    // false when it is the same file again and nothing was recorded.
    [[nodiscard]] Expected<bool> storeVersion(const EvidenceItem &current,
                                              const QString &sourcePath, const Progress &progress);

    // Writes a version's content (0 = current) of item id to outPath byte for byte, checking
    // its hash.
    [[nodiscard]] Status exportFile(qint64 id, const QString &outPath, int version) const;

    // Each link names a criterion or standard the set has.
    [[nodiscard]] Status checkLinks(const QList<EvidenceLink> &links) const;

private:
    [[nodiscard]] Status storeLinks(EvidenceItem &item, const QList<EvidenceLink> &links);

    StorageKernel &m_kernel;
    EvidenceStore &m_evidence;
    LinkStore &m_links;
    ItemCheck m_checkItem;
    ReadReporter m_reported;
};

} // namespace seqohs
