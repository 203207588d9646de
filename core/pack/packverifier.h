#pragma once

#include "common/expected.h"
#include "packmanifest.h"
#include "publickey.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace seqohs {

// The outcome of checking a pack: what passed, what failed and by whom it is signed.
struct PackVerification
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::PackVerification)

public:
    // The pack was refused before anything in it was read (not a complete zip, unsafe names,
    // absurd sizes, a compression bomb); problems say why.
    bool refused = false;
    bool cancelled = false;
    // Every failure, each naming the file in the pack ("evidence/12-policy.pdf") and what is
    // wrong with it.
    ErrorList problems;
    QStringList passed; // the checks that passed, in words
    QStringList notes;  // what the reader should know but is not a failure

    PackManifest manifest; // valid when the manifest could be read
    bool manifestRead = false;
    PublicKey signer; // the key whose signature verified
    bool signatureValid = false;
    // The signer is the key the user named; false when only the pack's own key was used,
    // which proves integrity but not who made the pack.
    bool signerConfirmed = false;
    int filesChecked = 0;
    qint64 bytesHashed = 0;

    bool ok() const { return !refused && !cancelled && signatureValid && problems.isEmpty(); }
    // A few lines for people: the verdict, the signer, then every problem.
    QString summary() const;
};

// Checks a submission pack without changing it (the file is opened read-only).
//
// Order: the zip's directory is checked for hostile content first (unsafe names, duplicate
// names, symbolic links, encrypted entries, too many entries, absurd declared sizes, a
// compression ratio above the limit) and the pack is refused before any entry is read. Then
// the manifest's signature is checked (against the key the user named, or else the key
// embedded in the pack), the manifest's root hash recomputed, the entries compared with the
// manifest (missing, extra, wrong size), and every file re-hashed in 1 MiB chunks with
// SHA-256 on a second thread. An entry that holds more or fewer bytes than it declares is
// stopped at its declared size and reported.
//
// Optionally writes the entries it verifies into a folder (extraction for the assessor); a
// file whose hash does not match is removed again.
class PackVerifier
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::PackVerifier)

public:
    struct Limits
    {
        qint64 maxEntries = 100000;
        qint64 maxEntrySize = qint64(32) << 30; // 32 GiB
        qint64 maxTotalSize = qint64(64) << 30; // 64 GiB
        qint64 maxSmallFile = 64 << 20;         // manifest, signature, key
        double maxRatio = 100; // uncompressed : compressed, for entries above 1 MiB
    };
    // Bytes hashed and total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit PackVerifier(const QString &packPath);

    // The key the pack must be signed with: a fingerprint ("5F3A 91C2 ..."), a minisign public
    // key ("RW...") or the path of a .pub file. Without one, the pack's own key is used and the
    // result asks the reader to check its fingerprint with the service.
    void setExpectedKey(const QString &fingerprintOrKey) { m_expectedKey = fingerprintOrKey; }
    void setLimits(const Limits &limits) { m_limits = limits; }
    void setProgress(const Progress &progress) { m_progress = progress; }
    // Writes verified entries under dir (which must exist); only those in paths, or all when
    // paths is empty.
    void setExtractTo(const QString &dir, const QStringList &paths = {})
    {
        m_extractDir = dir;
        m_extractPaths = paths;
    }

    PackVerification verify() const;

private:
    QString m_path;
    QString m_expectedKey;
    Limits m_limits;
    Progress m_progress;
    QString m_extractDir;
    QStringList m_extractPaths;
};

} // namespace seqohs
