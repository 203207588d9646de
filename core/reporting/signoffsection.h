#pragma once

#include "common/expected.h"
#include "readinessreport.h"

namespace seqohs {

class Workspace;

// The sign-offs of a workspace as the readiness report shows them: what each covers, who
// signed, and for a void one what changed since.
class SignOffSection
{
public:
    static Expected<QList<ReadinessReport::SignOffLine>> of(const Workspace &workspace);
};

} // namespace seqohs
