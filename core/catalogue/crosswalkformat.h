#pragma once

#include "common/expected.h"
#include "crosswalk.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace seqohs {

struct StandardsSet;

// The JSON file format of a crosswalk ("format": "seqohs-crosswalk", "formatVersion": 1),
// described in docs/standards-format.md and by standards/schema/seqohs-crosswalk.schema.json.
//
// read() checks the file on its own: encoding, syntax, types, required fields, relations
// (equal, subset, superset, intersect) and mappings listed twice. Whether the item ids exist is
// a question about two sets, answered by validate(). Every problem is reported at once, located
// by line and column or JSON path, as StandardsFormat does.
class CrosswalkFormat
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::CrosswalkFormat)

public:
    static constexpr const char *FormatName = "seqohs-crosswalk";

    static Expected<Crosswalk> read(const QByteArray &json, const QString &fileName);
    static Expected<Crosswalk> readFile(const QString &path);

    // Canonical JSON, as StandardsFormat::write: same crosswalk, same bytes; read() round-trips.
    static QByteArray write(const Crosswalk &crosswalk);

    // The problems of crosswalk against the sets it maps between: set ids that differ from
    // fromSetId / toSetId, and mappings whose "from" is not an assessable item of from or whose
    // "to" is not an assessable item of to. Each error is located by the JSON path of the
    // mapping's field ($.mappings[3].to), as it would be in the written file. Empty when all
    // is well.
    static ErrorList validate(const Crosswalk &crosswalk, const StandardsSet &from,
                              const StandardsSet &to, const QString &fileName);
};

} // namespace seqohs
