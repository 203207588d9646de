// The response reader: the assessor's signed response as the service imports it ("response
// import", the window's import), parsed and its signature checked.

#include "fuzzsupport.h"
#include "pack/responsefile.h"

using namespace seqohs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Expected<ResponseFile> response =
        ResponseFile::read(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    (void)response;
    return 0;
}
