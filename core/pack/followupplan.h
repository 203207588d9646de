#pragma once

#include "common/expected.h"
#include "followupcontent.h"
#include "packcontents.h"
#include "responsefile.h"

#include "workspace/packrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace seqohs {

class Workspace;

// What a follow-up pack will hold, worked out from the workspace before anything is written,
// so that the window can show it and the writer need not decide anything.
//
// The response answered is the latest one imported; its pack is the base. The standards in
// scope are those whose finding in it was "not met" or "further evidence required". For each,
// the evidence that supports one of its items and is new, changed (content digest) or newly
// linked since the base; the assessments of its items that changed (result or narrative); and
// the service's answer to each required action, found as the action the import made of it.
struct FollowUpPlan
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::FollowUpPlan)

public:
    PackRecord base;
    QStringList chain; // root hashes from the first full pack to the base
    ResponseFile response;
    FollowUpContent content;
    // What the assessor will have seen once the follow-up is read: the base's contents with the
    // follow-up's standards brought up to date. Recorded with the follow-up, it is what the next
    // follow-up compares against.
    PackContents contents;
    QList<qint64> files;   // the evidence files that go into the pack
    QList<qint64> leftOut; // changed evidence left out: marked as containing personal data
    QStringList warnings;  // for people: unanswered actions, evidence left out

    int round() const { return content.round; }

    // Fails, saying what to do, when no response was imported, the response named is not the
    // latest one, its pack is not recorded or was made by a release that did not record what it
    // held, or when no finding of the response asks for more.
    static Expected<FollowUpPlan> make(const Workspace &workspace, const QString &responseId = {});
};

} // namespace seqohs
