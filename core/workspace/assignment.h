#pragma once

#include <QString>

namespace seqohs {

// A person made responsible for part of the standards set: a criterion, a standard or a domain
// (scopeId), and so for every assessable item under it. member is the person as the workspace
// knows them: their login on a team workspace, the name their changes are recorded under on a
// file.
struct Assignment
{
    QString member;
    QString scopeId;

    bool operator==(const Assignment &) const = default;
};

} // namespace seqohs
