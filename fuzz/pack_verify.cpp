// The pack verifier ("pack verify PACK.zip"): a zip given as bytes, checked from its file.

#include "fuzzsupport.h"
#include "pack/packverifier.h"

using namespace seqohs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path =
        fuzz::writeScratchFile(QStringLiteral("verify.zip"), fuzz::bytes(data, size));
    const PackVerification result = PackVerifier(path).verify();
    // The summary is what the command prints; it walks every problem and the signer.
    (void)result.summary();
    return 0;
}
