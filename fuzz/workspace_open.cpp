// The workspace opener on a damaged file: the bytes become a .seqohs file, which is opened
// read-only and checked as "integrity -w FILE" does.

#include "fuzzsupport.h"
#include "workspace/workspace.h"

using namespace seqohs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path =
        fuzz::writeScratchFile(QStringLiteral("damaged.seqohs"), fuzz::bytes(data, size));
    {
        Expected<std::unique_ptr<Workspace>> ws = Workspace::open(path, Workspace::ReadOnly);
        if (ws) {
            (void)(*ws)->checkIntegrity();
            (void)(*ws)->evidence();
            (void)(*ws)->auditTrail();
        }
    }
    fuzz::forgetWorkspace(path);
    return 0;
}
