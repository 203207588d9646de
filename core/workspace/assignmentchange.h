#pragma once

#include "assignment.h"
#include "common/expected.h"
#include "readreporter.h"

#include <QCoreApplication>

#include <functional>

namespace seqohs {

class AssignmentStore;
class StorageKernel;

// Assigning a person a criterion, a standard or a domain, and taking it back, each checked and
// then stored with its audit row in one unit of work (joining the caller's, when there is one).
// The caller announces what changed.
class AssignmentChange
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::AssignmentChange)

public:
    // Whether the standards set the workspace follows has a criterion, standard or domain with
    // this id.
    using ScopeCheck = std::function<Status(const QString &scopeId)>;

    AssignmentChange(StorageKernel &kernel, AssignmentStore &assignments, ScopeCheck checkScope,
                     ReadReporter reported)
        : m_kernel(kernel)
        , m_assignments(assignments)
        , m_checkScope(std::move(checkScope))
        , m_reported(std::move(reported))
    {
    }

    // "assignment.add". Fails without a person, for a scope the set does not have, and when
    // the person is assigned it already.
    [[nodiscard]] Status assign(Assignment assignment);
    // "assignment.remove". Fails when the person is not assigned it.
    [[nodiscard]] Status unassign(const Assignment &assignment);

private:
    StorageKernel &m_kernel;
    AssignmentStore &m_assignments;
    ScopeCheck m_checkScope;
    ReadReporter m_reported;
};

} // namespace seqohs
