// The standards loader: a standards set's JSON file, as "standards validate" and the window's
// "Load standards set" read it. A set that reads must write canonically and read back equal.

#include "catalogue/standardsformat.h"
#include "fuzzsupport.h"

using namespace seqohs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("fuzz.json");
    const Expected<StandardsSet> set = StandardsFormat::read(fuzz::bytes(data, size), name);
    if (!set)
        return 0;
    const QByteArray written = StandardsFormat::write(*set);
    const Expected<StandardsSet> again = StandardsFormat::read(written, name);
    if (!again)
        fuzz::fail("a set that was read does not read back after writing:", again.errorString());
    if (!(*again == *set))
        fuzz::fail("a set read back after writing differs from the set written");
    return 0;
}
