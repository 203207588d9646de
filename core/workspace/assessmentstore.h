#pragma once

#include "assessment.h"
#include "common/expected.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace seqohs {

class StorageKernel;

// The current assessments, one row per assessed item, and those archived when the workspace
// moved to another standards set.
class AssessmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentStore)

public:
    explicit AssessmentStore(StorageKernel &kernel)
        : m_kernel(kernel)
    {
    }

    [[nodiscard]] Expected<QHash<QString, Assessment>> all() const;
    // The item's row, or nothing when it was never assessed.
    [[nodiscard]] Expected<std::optional<Assessment>> find(const QString &itemId) const;
    [[nodiscard]] Status put(const Assessment &assessment);
    [[nodiscard]] Status insertAll(const QList<Assessment> &assessments);
    [[nodiscard]] Status removeAll();
    [[nodiscard]] Expected<QHash<QString, Assessment>> archived(qint64 historyId) const;

private:
    StorageKernel &m_kernel;
};

} // namespace seqohs
