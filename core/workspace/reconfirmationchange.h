#pragma once

#include "common/expected.h"
#include "readreporter.h"
#include "reconfirmation.h"

#include <QCoreApplication>
#include <QString>

namespace seqohs {

class AssessmentStore;
class SetStore;
class StorageKernel;
struct StandardsSet;

// The lead's fresh look at an item flagged after a move to another standards set, keeping its
// result (docs/migration.md), and putting a cleared flag back (undo). Each checks what it is
// given before anything is written, then stores it with its audit row in one unit of work
// (joining the caller's, when there is one). The caller announces what changed.
class ReconfirmationChange
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ReconfirmationChange)

public:
    ReconfirmationChange(StorageKernel &kernel, SetStore &sets, AssessmentStore &assessments,
                         ReadReporter reported)
        : m_kernel(kernel)
        , m_sets(sets)
        , m_assessments(assessments)
        , m_reported(std::move(reported))
    {
    }

    // Clears the item's flag, recording the result it keeps ("reconfirm.done"). Fails when the
    // item is not flagged.
    [[nodiscard]] Status confirm(const QString &itemId);
    // Puts a cleared flag back as it was, flagged now unless it says when ("reconfirm.restored").
    // Fails for an item set does not have and for one already flagged.
    [[nodiscard]] Status restore(const StandardsSet &set, const Reconfirmation &given);

private:
    StorageKernel &m_kernel;
    SetStore &m_sets;
    AssessmentStore &m_assessments;
    ReadReporter m_reported;
};

} // namespace seqohs
