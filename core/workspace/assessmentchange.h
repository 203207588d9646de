#pragma once

#include "assessment.h"
#include "common/expected.h"
#include "readreporter.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace seqohs {

class AssessmentStore;
class SetStore;
class StorageKernel;

// A change to one item's assessment: the rules a result must meet, and the fresh look it stands
// for, which clears the item's re-confirmation flag in the same unit of work (docs/migration.md).
// The change is checked before anything is written, then stored with its audit row in one unit
// of work (joining the caller's, when there is one). The caller announces what changed.
class AssessmentChange
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::AssessmentChange)

public:
    // Whether the standards set followed has the item; the error says what to do.
    using ItemCheck = std::function<Status(const QString &itemId)>;

    struct Checked
    {
        Assessment before;
        Assessment after;
        bool wasFlagged = false; // the item needed re-confirmation until now
    };

    AssessmentChange(StorageKernel &kernel, AssessmentStore &assessments, SetStore &sets,
                     ItemCheck checkItem, ReadReporter reported)
        : m_kernel(kernel)
        , m_assessments(assessments)
        , m_sets(sets)
        , m_checkItem(std::move(checkItem))
        , m_reported(std::move(reported))
    {
    }

    // The item's assessment; an item never assessed reads as NotAssessed with its id filled in.
    [[nodiscard]] Expected<Assessment> current(const QString &itemId) const;

    // Stores the assessment, lastReviewed defaulting to now, and clears the item's flag when
    // there was one ("assessment.set", noting "reconfirmed"). Returns what changed: nothing when
    // the assessment was as given already. Fails for an item the set does not have and for
    // NotApplicable without a justification.
    [[nodiscard]] Expected<std::optional<Checked>> set(const Assessment &given);

private:
    [[nodiscard]] Expected<std::optional<Checked>> check(const Assessment &given) const;
    [[nodiscard]] Status write(const Checked &checked);

    StorageKernel &m_kernel;
    AssessmentStore &m_assessments;
    SetStore &m_sets;
    ItemCheck m_checkItem;
    ReadReporter m_reported;
};

} // namespace seqohs
