// Opening a pack as the assessor does (the assessor window, "review open"): the pack is
// verified while its files are extracted to a private folder, and a pack that verifies has its
// workspace snapshot opened read-only and a review begun from it.

#include "fuzzsupport.h"
#include "pack/packverifier.h"
#include "pack/review.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QTemporaryDir>

using namespace seqohs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path =
        fuzz::writeScratchFile(QStringLiteral("read.zip"), fuzz::bytes(data, size));
    QTemporaryDir extract(fuzz::scratchDir() + QStringLiteral("/extract-XXXXXX"));
    if (!extract.isValid())
        fuzz::fail("cannot create the extraction folder");
    PackVerifier verifier(path);
    verifier.setExtractTo(extract.path());
    const PackVerification result = verifier.verify();
    (void)result.summary();
    if (!result.ok())
        return 0;
    const QString snapshot = QDir(extract.path()).filePath(PackManifest::WorkspacePath);
    {
        Expected<std::unique_ptr<Workspace>> ws = Workspace::open(snapshot, Workspace::ReadOnly);
        if (ws) {
            const Expected<ServiceProfile> profile = (*ws)->profile();
            if (profile) {
                const Review review = Review::begin(result, path, (*ws)->standardsSet(), *profile,
                                                    QStringLiteral("Fuzz"));
                (void)review.toJson();
            }
        }
    }
    fuzz::forgetWorkspace(snapshot);
    return 0;
}
