#include "blobstore.h"

namespace seqohs {

BlobStore::~BlobStore() = default;

void BlobStore::readAhead(const QStringList &) {}

Expected<BlobStore::Blob> BlobStore::storeKept(const QString &keptPath, const QByteArray &sha256)
{
    Expected<Blob> blob = storeFile(keptPath);
    if (blob && blob->sha256 != sha256) {
        return Error{tr("The kept copy of the evidence's content has changed."), keptPath,
                     QString(), tr("The evidence cannot be put back.")};
    }
    return blob;
}

} // namespace seqohs
