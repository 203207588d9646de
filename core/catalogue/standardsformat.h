#pragma once

#include "common/expected.h"
#include "standardsset.h"

#include <QByteArray>
#include <QString>

namespace seqohs {

// The JSON file format of a standards set ("format": "seqohs-standards", "formatVersion": 1),
// described field by field in docs/standards-format.md and by
// standards/schema/seqohs-standards.schema.json.
//
// Reading never stops at the first problem: every problem the file has is returned at once,
// each naming the file, where it is ("line L, column C" for a damaged file, a JSON path such as
// $.domains[2].standards[0].criteria[1].level for content) and what to do about it. A file is
// refused when it is larger than 16 MiB, starts with a byte order mark, is not UTF-8, nests
// deeper than 32 levels, is not JSON, has another "format" or a newer "formatVersion", or when
// any node has a wrong type, a missing or empty id, code or title, an unknown level, a negative
// weight, an invalid tag or currency rule, an id used twice anywhere in the set, or an unknown
// field (names starting with "x-" are free for notes and ignored).
//
// All functions are pure: nothing is cached, so a file that fails to load changes nothing.
class StandardsFormat
{
public:
    static constexpr const char *FormatName = "seqohs-standards";

    // Parses and validates a standards set from JSON bytes; fileName is used in the errors only.
    static Expected<StandardsSet> read(const QByteArray &json, const QString &fileName);

    // Reads the file at path (the errors name it). Files over 16 MiB are refused unread.
    static Expected<StandardsSet> readFile(const QString &path);

    // The canonical JSON of set: two-space indentation, fields in a fixed order, optional
    // fields left out when they hold their default. The same set always gives the same bytes,
    // and read() of them gives back an equal set.
    static QByteArray write(const StandardsSet &set);

    // Lower-case hex SHA-256 of write(set): identifies the content of a set, whatever the layout
    // of the file it came from.
    static QByteArray contentHash(const StandardsSet &set);
};

} // namespace seqohs
