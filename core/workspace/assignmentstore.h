#pragma once

#include "assignment.h"
#include "common/expected.h"

#include <QCoreApplication>
#include <QList>

namespace seqohs {

class StorageKernel;

// Who is assigned which criteria, standards and domains.
class AssignmentStore
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::AssignmentStore)

public:
    // The first workspace format with assignments; an older file read as it is has none.
    static constexpr int FirstVersion = 6;

    explicit AssignmentStore(StorageKernel &kernel)
        : m_kernel(kernel)
    {
    }

    // By member, then scope.
    [[nodiscard]] Expected<QList<Assignment>> all() const;
    [[nodiscard]] Expected<bool> exists(const Assignment &assignment) const;
    [[nodiscard]] Status insert(const Assignment &assignment);
    [[nodiscard]] Status remove(const Assignment &assignment);

private:
    StorageKernel &m_kernel;
};

} // namespace seqohs
