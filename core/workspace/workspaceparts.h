#pragma once

#include "actionchange.h"
#include "actionstore.h"
#include "assessmentchange.h"
#include "assessmentstore.h"
#include "assignmentchange.h"
#include "assignmentstore.h"
#include "auditanchor.h"
#include "evidencechange.h"
#include "evidenceintake.h"
#include "evidencestore.h"
#include "integritycheck.h"
#include "linkchange.h"
#include "linkstore.h"
#include "profilechange.h"
#include "profilestore.h"
#include "readreporter.h"
#include "reconfirmationchange.h"
#include "setmove.h"
#include "setstore.h"
#include "settingchange.h"
#include "signoffchange.h"
#include "signoffstore.h"
#include "snapshotchange.h"
#include "snapshotstore.h"
#include "submissionchange.h"
#include "submissionstore.h"

#include <functional>

namespace seqohs {

class StorageKernel;

// What lies behind the Workspace facade, built on one storage kernel: one store per aggregate,
// and one class per operation that is more than a store's statement, each given the stores it
// needs. Failed reads go to readFailed; checkItem says whether the standards set the workspace
// follows has an item, and changes when the workspace moves to another set; checkActionItem
// says the same of what an action may concern, which is also any standard, and checkScope of
// what a person may be assigned: any criterion, standard or domain.
struct WorkspaceParts
{
    using ItemCheck = std::function<Status(const QString &itemId)>;

    WorkspaceParts(StorageKernel &k, ReadReporter::Sink readFailed, const ItemCheck &checkItem,
                   ItemCheck checkActionItem, SignOffChange::SetSource set, ItemCheck checkScope)
        : profile(k)
        , assessments(k)
        , evidence(k)
        , links(k)
        , actions(k)
        , snapshots(k)
        , sets(k)
        , submissions(k)
        , signOffs(k)
        , assignments(k)
        , reported(std::move(readFailed))
        , profileChange(k, profile, reported)
        , settingChange(k, reported)
        , assessmentChange(k, assessments, sets, checkItem, reported)
        , reconfirmationChange(k, sets, assessments, reported)
        , intake(k, evidence, links, checkItem, reported)
        , evidenceChange(k, evidence, links, intake, reported)
        , linkChange(k, links, evidenceChange, checkItem, reported)
        , actionChange(k, actions, std::move(checkActionItem), reported)
        , snapshotChange(k, snapshots, reported)
        , submissionChange(k, submissions)
        , signOffChange(k, signOffs, assessments, evidence, links, std::move(set), reported)
        , assignmentChange(k, assignments, std::move(checkScope), reported)
        , move(k, assessments, links, evidence, actions, sets, reported)
        , integrity(k, evidence)
        , anchor(k)
    {
    }

    ProfileStore profile;
    AssessmentStore assessments;
    EvidenceStore evidence;
    LinkStore links;
    ActionStore actions;
    SnapshotStore snapshots;
    SetStore sets;
    SubmissionStore submissions;
    SignOffStore signOffs;
    AssignmentStore assignments;
    ReadReporter reported;

    ProfileChange profileChange;
    SettingChange settingChange;
    AssessmentChange assessmentChange;
    ReconfirmationChange reconfirmationChange;
    EvidenceIntake intake;
    EvidenceChange evidenceChange;
    LinkChange linkChange;
    ActionChange actionChange;
    SnapshotChange snapshotChange;
    SubmissionChange submissionChange;
    SignOffChange signOffChange;
    AssignmentChange assignmentChange;
    SetMove move;
    IntegrityCheck integrity;
    AuditAnchor anchor;
};

} // namespace seqohs
