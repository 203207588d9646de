#pragma once

#include "common/expected.h"
#include "followupplan.h"
#include "packwriter.h"

#include <QCoreApplication>
#include <QString>

namespace seqohs {

class SigningKey;
class Workspace;

// Writes a follow-up pack (docs/pack-format.md, "Follow-up packs"): a signed zip like the full
// pack, signed with the same key, whose manifest says it follows up the base pack (and the chain
// back to the first full pack), holding follow-up.json, README.txt and the new or changed
// evidence files of the plan. It holds no workspace snapshot: the assessor has the base.
class FollowUpWriter
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::FollowUpWriter)

public:
    using Progress = PackWriter::Progress;

    FollowUpWriter(const Workspace &workspace, const SigningKey &key);
    void setProgress(const Progress &progress) { m_progress = progress; }
    // See PackWriter::setBeforePublish.
    void setBeforePublish(const PackWriter::BeforePublish &check) { m_beforePublish = check; }

    // Writes the pack to packPath, replacing any file there only on success. Fails when the key
    // is not the one that signed the base, naming the evidence that could not be exported; on
    // cancel or failure nothing is left behind.
    Expected<PackSummary> write(const FollowUpPlan &plan, const QString &packPath) const;

    // The same with a read-only connection of its own to the workspace (a file or a team
    // workspace's address, askPassword as for Workspace::openServer), for a worker thread; the
    // plan was made on the caller's.
    using PasswordPrompt = std::function<QString(const QString &server)>;
    static Expected<PackSummary> write(const QString &workspacePath, const SigningKey &key,
                                       const FollowUpPlan &plan, const QString &packPath,
                                       const Progress &progress = {},
                                       const PasswordPrompt &askPassword = {});

    // Records the follow-up in the workspace (kind "follow-up", its base, what the assessor will
    // have seen), with its audit row, so that the response to it can be imported.
    static Status record(Workspace &workspace, const FollowUpPlan &plan,
                         const PackSummary &summary);

private:
    const Workspace &m_workspace;
    const SigningKey &m_key;
    Progress m_progress;
    PackWriter::BeforePublish m_beforePublish;
};

} // namespace seqohs
