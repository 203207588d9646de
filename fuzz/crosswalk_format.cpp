// The crosswalk loader, as "migrate plan --crosswalk" and "standards validate" read it. A
// crosswalk that reads must write canonically and read back equal.

#include "catalogue/crosswalkformat.h"
#include "fuzzsupport.h"

using namespace seqohs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("fuzz.json");
    const Expected<Crosswalk> crosswalk = CrosswalkFormat::read(fuzz::bytes(data, size), name);
    if (!crosswalk)
        return 0;
    const Expected<Crosswalk> again =
        CrosswalkFormat::read(CrosswalkFormat::write(*crosswalk), name);
    if (!again)
        fuzz::fail("a crosswalk that was read does not read back after writing:",
                   again.errorString());
    if (!(*again == *crosswalk))
        fuzz::fail("a crosswalk read back after writing differs from the one written");
    return 0;
}
