#pragma once

#include "common/expected.h"
#include "readreporter.h"
#include "signoff.h"
#include "signoffcoverage.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace seqohs {

class AssessmentStore;
class EvidenceStore;
class LinkStore;
class SignOffStore;
class StorageKernel;
struct StandardsSet;

// Signing off part of the self-assessment, taking a sign-off back, and voiding the sign-offs
// whose covered work changed. Each writes with its audit row in one unit of work (joining the
// caller's). The caller announces what changed.
//
// voidChanged() runs at the end of every unit of work that touched what sign-offs cover (the
// kernel's beforeCommit), so a sign-off is voided by the very change that breaks it, in the same
// commit and with its own audit row ("signoff.void").
class SignOffChange
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::SignOffChange)

public:
    using SetSource = std::function<const StandardsSet &()>;

    // The setting that stops the owner of an assessment from signing it off: "no" when owners
    // may not; anything else, or never set, when they may.
    static const QString OwnersMaySignKey; // "signoff.ownersMaySign"

    SignOffChange(StorageKernel &kernel, SignOffStore &signOffs, const AssessmentStore &assessments,
                  const EvidenceStore &evidence, const LinkStore &links, SetSource set,
                  ReadReporter reported)
        : m_kernel(kernel)
        , m_signOffs(signOffs)
        , m_assessments(assessments)
        , m_evidence(evidence)
        , m_links(links)
        , m_set(std::move(set))
        , m_reported(std::move(reported))
    {
    }

    // Records signer's sign-off of target (an id or code; ignored for the whole
    // self-assessment) with what it covers now, and returns its id ("signoff.add"). Fails for a
    // target the set does not have, without a signer, and for a signer who owns a covered
    // assessment when the workspace does not allow that.
    [[nodiscard]] Expected<qint64> add(SignOff::Scope scope, const QString &target,
                                       const QString &signer, const QString &comment);
    // Takes a sign-off back, void or not ("signoff.withdraw").
    [[nodiscard]] Status withdraw(qint64 id);
    // Puts a withdrawn sign-off back as it was (undo; "signoff.restore").
    [[nodiscard]] Status restore(const SignOff &signOff);
    // What changed under the sign-off since it was made, in words; empty while it holds.
    [[nodiscard]] Expected<QStringList> changesSince(const SignOff &signOff) const;
    // Voids every holding sign-off whose covered work no longer matches its record, and says
    // how many. When the unit of work changed assessments only, the evidence is as each
    // holding sign-off recorded it (else it would be void already): then only the assessments
    // are read, which on a large workspace saves reading every evidence item and link.
    enum class Changed { AssessmentsOnly, Anything };
    [[nodiscard]] Expected<int> voidChanged(Changed changed = Changed::Anything);
    // The tables whose changes can void a sign-off through its evidence or its set.
    static QStringList evidenceTables();
    // The tables whose changes can void a sign-off.
    static QStringList coveredTables();

    [[nodiscard]] Expected<bool> ownersMaySign() const;
    [[nodiscard]] Status setOwnersMaySign(bool may);

private:
    [[nodiscard]] Expected<SignOffCoverage::State> state() const;

    StorageKernel &m_kernel;
    SignOffStore &m_signOffs;
    const AssessmentStore &m_assessments;
    const EvidenceStore &m_evidence;
    const LinkStore &m_links;
    SetSource m_set;
    ReadReporter m_reported;
};

} // namespace seqohs
