// The pack's manifest.json, which the verifier parses before it compares the entries with it.
// Inside a zip the manifest sits behind its CRC-32, so mutations rarely reach the parser; this
// target gives it the bytes directly. A manifest that reads must write and read back equal.

#include "fuzzsupport.h"
#include "pack/packmanifest.h"

using namespace seqohs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Expected<PackManifest> manifest = PackManifest::fromJson(fuzz::bytes(data, size));
    if (!manifest)
        return 0;
    (void)manifest->computeRootHash();
    const Expected<PackManifest> again = PackManifest::fromJson(manifest->toJson());
    if (!again)
        fuzz::fail("a manifest that was read does not read back after writing:",
                   again.errorString());
    return 0;
}
