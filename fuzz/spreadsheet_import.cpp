// The CSV import of a standards spreadsheet ("standards import-csv", the window's import),
// which reads the file with CsvReader and builds a set from its rows.

#include "catalogue/spreadsheetimport.h"
#include "catalogue/standardsformat.h"
#include "fuzzsupport.h"

using namespace seqohs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SpreadsheetImport::ImportOptions options;
    options.id = QStringLiteral("fuzz-set");
    options.title = QStringLiteral("Fuzzed set");
    const Expected<StandardsSet> set =
        SpreadsheetImport::import(fuzz::bytes(data, size), QStringLiteral("fuzz.csv"), options);
    if (!set)
        return 0;
    // The import promises a set that passed the standards format's validation; the command then
    // writes it as JSON.
    const Expected<StandardsSet> again =
        StandardsFormat::read(StandardsFormat::write(*set), QStringLiteral("fuzz.json"));
    if (!again)
        fuzz::fail("an imported set does not read back as a standards file:", again.errorString());
    return 0;
}
