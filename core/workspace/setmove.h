#pragma once

#include "common/expected.h"
#include "readreporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace seqohs {

class ActionStore;
class AssessmentStore;
class EvidenceStore;
class LinkStore;
class SetStore;
class StorageKernel;
struct MoveRecord;
struct StandardsSet;

// The move of a workspace to another standards set (docs/migration.md): checks a MoveRecord
// against the workspace as it is, then writes it in one unit of work (joining the caller's, when
// there is one), so the move commits completely or not at all. The caller adopts the new set and
// announces it.
class SetMove
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::SetMove)

public:
    SetMove(StorageKernel &kernel, AssessmentStore &assessments, LinkStore &links,
            EvidenceStore &evidence, ActionStore &actions, SetStore &sets, ReadReporter reported)
        : m_kernel(kernel)
        , m_assessments(assessments)
        , m_links(links)
        , m_evidence(evidence)
        , m_actions(actions)
        , m_sets(sets)
        , m_reported(std::move(reported))
    {
    }

    // Archives the current set (with currentHash), its assessments, links and the items actions
    // served under a new history row; replaces them with changes' assessments, links and
    // re-confirmation flags; re-points and copies actions; stores target as the current set;
    // appends the audit row ("set.move"). Returns the target's content hash. Fails, changing
    // nothing, when the workspace cannot be written, or changes was made for another set than
    // current or before the workspace last changed, names an item target does not have, or an
    // evidence item or action that does not exist. Each error says to plan the move again.
    [[nodiscard]] Expected<QString> apply(const StandardsSet &current, const QString &currentHash,
                                          const StandardsSet &target, const MoveRecord &changes);

private:
    // What check() found and write() records: the counts before, when, and the target's hash.
    struct Checked
    {
        qsizetype assessmentsBefore = 0;
        qsizetype linksBefore = 0;
        QDateTime when;
        QString targetHash;
    };

    [[nodiscard]] Expected<Checked> check(const StandardsSet &current, const QString &currentHash,
                                          const StandardsSet &target,
                                          const MoveRecord &changes) const;
    [[nodiscard]] Status write(const StandardsSet &current, const QString &currentHash,
                               const StandardsSet &target, const MoveRecord &changes,
                               const Checked &checked);
    [[nodiscard]] Status validate(const StandardsSet &current, const QString &currentHash,
                                  const StandardsSet &target, const MoveRecord &changes) const;

    StorageKernel &m_kernel;
    AssessmentStore &m_assessments;
    LinkStore &m_links;
    EvidenceStore &m_evidence;
    ActionStore &m_actions;
    SetStore &m_sets;
    ReadReporter m_reported;
};

} // namespace seqohs
