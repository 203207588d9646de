#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace seqohs {

struct PackManifest;
class SigningKey;

// The signed zip of a pack: the manifest (its root hash set here), the minisign signature over
// it and the signer's public key, with the files the manifest lists, stored uncompressed. The
// zip is written inside the pack's work folder, synced, and renamed over the target only when
// complete, so a reader never sees half a pack. Follow-up packs are written with it.
class PackArchive
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::PackArchive)

public:
    // Bytes done and total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct MemoryFile
    {
        QString path; // in the pack
        QByteArray bytes;
    };
    struct DiskFile
    {
        QString path;  // in the pack
        QString local; // on disk
    };

    // manifest must list every file given, with its size and SHA-256. workFolder is the private
    // folder the zip is built in, beside packPath. Progress runs from done to total. Fails naming
    // what could not be written; on failure or cancel nothing is left at packPath. beforePublish
    // runs once the zip is complete and synced, before it takes its name; its failure leaves
    // nothing at packPath.
    static Status write(const SigningKey &key, PackManifest &manifest,
                        const QList<MemoryFile> &memoryFiles, const QList<DiskFile> &diskFiles,
                        const QString &packPath, const QString &workFolder,
                        const Progress &progress = {}, qint64 done = 0, qint64 total = 0,
                        const std::function<Status()> &beforePublish = {});
};

} // namespace seqohs
