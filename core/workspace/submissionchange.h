#pragma once

#include "common/expected.h"
#include "packrecord.h"

#include <QCoreApplication>

namespace seqohs {

class StorageKernel;
class SubmissionStore;

// Recording the submission packs the workspace made and the assessors' responses imported into
// it, each with its audit row in one unit of work (joining the caller's, when there is one). The
// caller announces what changed.
class SubmissionChange
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::SubmissionChange)

public:
    SubmissionChange(StorageKernel &kernel, SubmissionStore &submissions)
        : m_kernel(kernel)
        , m_submissions(submissions)
    {
    }

    // Records pack with the audit trail's count and head as they stand before its own row (what
    // the pack's snapshot holds), made now unless it says when ("pack.create").
    [[nodiscard]] Status recordPack(PackRecord pack);
    // Adds the response, or replaces the one with its id ("response.import").
    [[nodiscard]] Status putResponse(const ResponseRecord &response);

private:
    StorageKernel &m_kernel;
    SubmissionStore &m_submissions;
};

} // namespace seqohs
