#pragma once

#include "common/expected.h"
#include "evidenceitem.h"
#include "readreporter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace seqohs {

class EvidenceStore;
class LinkStore;
class StorageKernel;

// Brings evidence into a workspace and writes its content out: a file (streamed in, content
// already stored is shared), a link or a written statement, each with its links, checked before
// anything is written and stored with its audit row in one unit of work (joining the caller's,
// when there is one); a replacement version of a file; and the rules every item and its links
// meet. The caller announces what changed.
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
    // Each link names a criterion or standard the set has.
    [[nodiscard]] Status checkLinks(const QList<EvidenceLink> &links) const;

    // Copies in the file at sourcePath, which must be a regular file, and stores the item (its
    // title defaulting to the file's name), its first version and links ("evidence.add");
    // returns the new id. progress returning false cancels and nothing is stored.
    [[nodiscard]] Expected<qint64> addFile(const QString &sourcePath, EvidenceItem meta,
                                           const QList<EvidenceLink> &links,
                                           const Progress &progress);
    // A link to url (a URL or a path); the title defaults to the address.
    [[nodiscard]] Expected<qint64> addLink(const QString &url, EvidenceItem meta,
                                           const QList<EvidenceLink> &links);
    // A written statement; the title defaults to its start.
    [[nodiscard]] Expected<qint64> addStatement(const QString &statement, EvidenceItem meta,
                                                const QList<EvidenceLink> &links);

    // Fails unless current is a file item and sourcePath a file.
    [[nodiscard]] Status checkReplacement(const EvidenceItem &current,
                                          const QString &sourcePath) const;
    // Inside the caller's transaction: stores sourcePath as the next version of current with its
    // audit row ("evidence.replace"); false when it is the same file again and nothing was
    // recorded.
    [[nodiscard]] Expected<bool> storeVersion(const EvidenceItem &current,
                                              const QString &sourcePath, const Progress &progress);

    // Writes a version's content (0 = current) of item id to outPath byte for byte, checking
    // its hash.
    [[nodiscard]] Status exportFile(qint64 id, const QString &outPath, int version) const;
    // The content of version (0: the current one) as a device that reads it from the workspace.
    [[nodiscard]] Expected<std::unique_ptr<QIODevice>> openContent(qint64 id, int version) const;

private:
    // The items checked, with what the caller left out filled in; they change nothing.
    [[nodiscard]] Expected<EvidenceItem> fileItem(const QString &sourcePath, EvidenceItem meta,
                                                  const QList<EvidenceLink> &links) const;
    [[nodiscard]] Expected<EvidenceItem> linkItem(const QString &url, EvidenceItem meta,
                                                  const QList<EvidenceLink> &links) const;
    [[nodiscard]] Expected<EvidenceItem> statementItem(const QString &statement, EvidenceItem meta,
                                                       const QList<EvidenceLink> &links) const;
    // Stores item without content (setting its id), its links and the audit row.
    [[nodiscard]] Expected<qint64> add(Expected<EvidenceItem> item,
                                       const QList<EvidenceLink> &links);
    [[nodiscard]] Status storeLinks(EvidenceItem &item, const QList<EvidenceLink> &links);

    StorageKernel &m_kernel;
    EvidenceStore &m_evidence;
    LinkStore &m_links;
    ItemCheck m_checkItem;
    ReadReporter m_reported;
};

} // namespace seqohs
