// The import of an exported assessment ("import FILE.json --out NEW.seqohs"): the JSON is read
// and, when it reads, a new workspace is made from it as the command does.

#include "fuzzsupport.h"
#include "reporting/assessmentimport.h"
#include "reporting/assessmentjson.h"

#include <QFileInfo>

using namespace seqohs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Expected<AssessmentJson::Document> document =
        AssessmentJson::read(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!document)
        return 0;
    const QString path =
        QFileInfo(fuzz::scratchDir() + QStringLiteral("/import.seqohs")).filePath();
    fuzz::forgetWorkspace(path);
    {
        Expected<AssessmentImport::Result> imported =
            AssessmentImport::createWorkspace(*document, path);
        if (imported)
            imported->workspace.reset();
    }
    fuzz::forgetWorkspace(path);
    return 0;
}
