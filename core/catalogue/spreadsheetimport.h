#pragma once

#include "common/expected.h"
#include "standardsset.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace seqohs {

// Builds a standards set from a spreadsheet saved as CSV: the way a service loads the official
// wording it holds under licence, or a variant of its own. The columns are those of
// templateCsv(); docs/standards-format.md describes them.
//
// One row is one criterion; a row with no criterion_code is a standard assessed as a whole.
// domain_code and standard_code left blank repeat the row above (as merged cells export);
// a domain's or standard's title need only be given once. Ids are derived from the codes
// ("d-1", "s-1.2", "c-1.2a"), so importing an updated sheet keeps the ids of unchanged rows.
class SpreadsheetImport
{
public:
    struct ImportOptions
    {
        QString id;    // the set's id; required, e.g. "seqohs-2023-official"
        QString title; // required
        QString edition;
        QString publisher;
        QString version;
        QDate effectiveDate;
        StandardsSet::Provenance provenance = StandardsSet::Provenance::Summary;
        QString attribution; // left empty, a note naming the source file is written
    };

    // The template: the header row and two example rows, marked as examples, that show how a
    // criterion and a standard without criteria are written. UTF-8 with a BOM so that Excel
    // reads it as UTF-8; CRLF line ends as spreadsheet programs write them.
    static QByteArray templateCsv();

    // The column names, in template order.
    static QStringList columns();

    // Reads the CSV and returns the set, or every problem found: each names fileName and its
    // place, "row 7, column level", the row numbered as the spreadsheet shows it (the header is
    // row 1). Any problem refuses the whole import; rows still holding the template's example
    // text are refused too. The set returned has passed StandardsFormat's validation.
    static Expected<StandardsSet> import(const QByteArray &csv, const QString &fileName,
                                         const ImportOptions &options);
};

} // namespace seqohs
