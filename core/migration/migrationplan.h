#pragma once

#include "catalogue/crosswalk.h"
#include "catalogue/standardsset.h"
#include "workspace/assessment.h"
#include "workspace/evidenceitem.h"
#include "workspace/moverecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace seqohs {

// What moving a workspace to another standards set will do, item by item, before anything
// changes: the preview shown to the lead, and the fully computed change (record) that
// MigrationApplier writes. Made by MigrationPlanner; the rules are in docs/migration.md.
struct MigrationPlan
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::MigrationPlan)

public:
    // How sure the mapping into a target item is: equal is High, superset Medium, subset and
    // intersect Low; several sources merged into one target are at most Medium, and Low when
    // they disagree. None: nothing is mapped to the item.
    enum class Confidence { None, Low, Medium, High };

    // One source item whose work flows into a target item.
    struct Source
    {
        QString itemId;
        QString code;
        QString title;
        Crosswalk::Relation relation = Crosswalk::Relation::Equal;
        AssessmentResult result = AssessmentResult::NotAssessed; // the source's, now
        bool resultCarried = false; // its result counts towards the target's
        int links = 0;              // evidence links carried along this mapping
        int actions = 0;            // actions carried along this mapping
        bool operator==(const Source &) const = default;
    };

    // One assessable item of the target set and what it will receive.
    struct Target
    {
        QString itemId;
        QString code;
        QString title;
        QList<Source> sources; // in crosswalk order; empty when nothing is mapped to it
        Assessment assessment; // what the item will hold (result NotAssessed if none carried)
        bool writesAssessment = false; // false: the item stays not assessed
        bool resultCarried = false;
        QList<EvidenceLink> links;
        QList<qint64> actionIds; // existing actions that will serve it (moved, or copied here)
        bool needsReconfirmation = false;
        QString reason; // why it needs a fresh look
        AssessmentResult suggestedResult = AssessmentResult::NotAssessed;
        Confidence confidence = Confidence::None;

        bool isMapped() const { return !sources.isEmpty(); }
        bool operator==(const Target &) const = default;
    };

    // A source item with no mapping: nothing of it is carried; its assessment and links stay
    // readable with the old set.
    struct NotCarried
    {
        QString itemId;
        QString code;
        QString title;
        AssessmentResult result = AssessmentResult::NotAssessed;
        int links = 0;
        int actions = 0; // these actions stay, serving no item
        bool operator==(const NotCarried &) const = default;
    };

    struct Counts
    {
        int sourceItems = 0;
        int targetItems = 0;
        int mappings = 0;
        int assessmentsBefore = 0;
        int assessmentsAfter = 0;
        int resultsCarried = 0;
        int needsReconfirmation = 0;
        int targetsNotMapped = 0;
        int sourcesNotCarried = 0;
        int linksBefore = 0;     // evidence links now
        int linksCarried = 0;    // of those, carried along at least one mapping
        int linksNotCarried = 0; // of those, on items with no mapping (kept with the old set)
        int linksAfter = 0;      // links the target items will have
        int linksMerged = 0;     // target links that several source links arrived at
        int actionsBefore = 0;   // actions serving an item now
        int actionsMoved = 0;
        int actionsCopied = 0; // extra copies for one-to-many mappings
        int actionsDetached = 0;

        // Every link now is either carried or kept with the old set, and none is lost.
        bool linksAddUp() const
        {
            return linksBefore == linksCarried + linksNotCarried &&
                   (linksCarried == 0) == (linksAfter == 0);
        }
        bool operator==(const Counts &) const = default;
    };

    QString fromSetId;
    QString fromSetTitle;
    QString fromSetVersion;
    QString crosswalkId;
    StandardsSet target;
    QList<Target> targets; // every assessable item of the target set, in document order
    QList<NotCarried> notCarried;
    Counts counts;
    MoveRecord record; // what MigrationApplier hands to Workspace::moveToSet

    // The targets that will need re-confirmation, and those nothing is mapped to.
    QList<Target> reconfirmationTargets() const;
    QList<Target> unmappedTargets() const;

    // For people: a summary, then one block per target item, then what is not carried.
    QString toText(bool summaryOnly = false) const;
    QJsonObject toJson() const;
    QJsonObject countsJson() const;
};

QString confidenceToString(MigrationPlan::Confidence confidence); // "none", "low", ...

} // namespace seqohs
