#include "migrationplanner.h"

#include "catalogue/crosswalkformat.h"
#include "catalogue/standardsformat.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace seqohs {

namespace {

// Lower is worse; not-applicable and not-assessed stand apart.
int rank(AssessmentResult r)
{
    switch (r) {
    case AssessmentResult::NotMet:
        return 0;
    case AssessmentResult::PartiallyMet:
        return 1;
    case AssessmentResult::Met:
        return 2;
    case AssessmentResult::NotAssessed:
    case AssessmentResult::NotApplicable:
        break;
    }
    return -1;
}

// The conservative merge of several results: the lowest scored result; not applicable only
// when every assessed source says so; not assessed when nothing was assessed.
AssessmentResult lowest(const QList<AssessmentResult> &results)
{
    std::optional<AssessmentResult> worst;
    bool allNotApplicable = !results.isEmpty();
    for (AssessmentResult r : results) {
        if (r != AssessmentResult::NotApplicable)
            allNotApplicable = false;
        if (rank(r) < 0)
            continue;
        if (!worst || rank(r) < rank(*worst))
            worst = r;
    }
    if (worst)
        return *worst;
    return allNotApplicable ? AssessmentResult::NotApplicable : AssessmentResult::NotAssessed;
}

WorkflowStatus earliest(const QList<WorkflowStatus> &list)
{
    WorkflowStatus w = WorkflowStatus::Done;
    for (WorkflowStatus s : list)
        w = std::min(w, s);
    return list.isEmpty() ? WorkflowStatus::ToDo : w;
}

MigrationPlan::Confidence confidenceOf(Crosswalk::Relation relation)
{
    switch (relation) {
    case Crosswalk::Relation::Equal:
        return MigrationPlan::Confidence::High;
    case Crosswalk::Relation::Superset:
        return MigrationPlan::Confidence::Medium;
    case Crosswalk::Relation::Subset:
    case Crosswalk::Relation::Intersect:
        break;
    }
    return MigrationPlan::Confidence::Low;
}

bool carriesResult(Crosswalk::Relation relation)
{
    return relation == Crosswalk::Relation::Equal || relation == Crosswalk::Relation::Superset;
}

} // namespace

Expected<MigrationPlan> MigrationPlanner::plan(const Workspace &workspace,
                                               const StandardsSet &target,
                                               const Crosswalk &crosswalk)
{
    const StandardsSet &from = workspace.standardsSet();
    const QString label = crosswalk.id.isEmpty() ? tr("the crosswalk") : crosswalk.id;
    if (crosswalk.fromSetId != from.id) {
        return Error{
            tr("The crosswalk %1 goes from the set '%2', but the workspace follows '%3'.")
                .arg(label, crosswalk.fromSetId, from.id),
            workspace.path(), QString(),
            tr("Use a crosswalk from '%1', or build one with 'crosswalk suggest'.").arg(from.id)};
    }
    if (crosswalk.toSetId != target.id) {
        return Error{
            tr("The crosswalk %1 goes to the set '%2', not to '%3'.")
                .arg(label, crosswalk.toSetId, target.id),
            workspace.path(), QString(),
            tr("Use a crosswalk to '%1', or build one with 'crosswalk suggest'.").arg(target.id)};
    }
    const QString targetHash = QString::fromLatin1(StandardsFormat::contentHash(target));
    if (target.id == from.id && targetHash == workspace.setContentHash()) {
        return Error{tr("The workspace already follows %1.").arg(target.id), workspace.path(),
                     QString(), tr("Choose another standards set to move to.")};
    }
    const ErrorList problems = CrosswalkFormat::validate(crosswalk, from, target, label);
    if (!problems.isEmpty())
        return problems;

    Expected<QHash<QString, Assessment>> readAssessments = workspace.assessments();
    if (!readAssessments)
        return readAssessments.errors();
    Expected<QList<EvidenceLink>> readLinks = workspace.links();
    if (!readLinks)
        return readLinks.errors();
    Expected<QList<Action>> readActions = workspace.actions();
    if (!readActions)
        return readActions.errors();
    Expected<QSet<QString>> readFlags = workspace.itemsNeedingReconfirmation();
    if (!readFlags)
        return readFlags.errors();
    Expected<qint64> auditCount = workspace.auditCount();
    if (!auditCount)
        return auditCount.errors();
    const QHash<QString, Assessment> &assessments = *readAssessments;
    const QList<EvidenceLink> &links = *readLinks;
    const QList<Action> &actions = *readActions;
    const QSet<QString> &flaggedNow = *readFlags;

    QHash<QString, AssessableItem> sourceItems;
    const QList<AssessableItem> sourceList = from.assessables();
    for (const AssessableItem &item : sourceList)
        sourceItems.insert(item.id, item);
    QHash<QString, QList<Crosswalk::Mapping>> byFrom;
    QHash<QString, QList<Crosswalk::Mapping>> byTo;
    for (const Crosswalk::Mapping &m : crosswalk.mappings) {
        byFrom[m.from] << m;
        byTo[m.to] << m;
    }
    QHash<QString, QList<EvidenceLink>> linksByItem;
    for (const EvidenceLink &l : links)
        linksByItem[l.itemId] << l;
    QHash<QString, QList<Action>> actionsByItem;
    for (const Action &a : actions) {
        if (!a.itemId.isEmpty())
            actionsByItem[a.itemId] << a;
    }

    MigrationPlan plan;
    plan.fromSetId = from.id;
    plan.fromSetTitle = from.title;
    plan.fromSetVersion = from.version;
    plan.crosswalkId = crosswalk.id;
    plan.target = target;
    MigrationPlan::Counts &c = plan.counts;
    c.sourceItems = int(sourceList.size());
    c.mappings = int(crosswalk.mappings.size());
    c.assessmentsBefore = int(assessments.size());
    c.linksBefore = int(links.size());

    // Actions: the first target of an action's item keeps the action; each further target gets
    // a copy, so every mapping carries it.
    QHash<QString, QList<qint64>> actionsForTarget;
    for (const Action &a : actions) {
        if (a.itemId.isEmpty())
            continue;
        ++c.actionsBefore;
        const QList<Crosswalk::Mapping> maps = byFrom.value(a.itemId);
        if (maps.isEmpty()) {
            plan.record.actionMoves << MoveRecord::ActionMove{a.id, QString()};
            ++c.actionsDetached;
            continue;
        }
        plan.record.actionMoves << MoveRecord::ActionMove{a.id, maps.first().to};
        actionsForTarget[maps.first().to] << a.id;
        ++c.actionsMoved;
        for (qsizetype i = 1; i < maps.size(); ++i) {
            Action copy = a;
            copy.id = 0;
            copy.itemId = maps.at(i).to;
            plan.record.newActions << copy;
            actionsForTarget[copy.itemId] << a.id;
            ++c.actionsCopied;
        }
    }

    const QList<AssessableItem> targetList = target.assessables();
    c.targetItems = int(targetList.size());
    for (const AssessableItem &item : targetList) {
        MigrationPlan::Target t;
        t.itemId = item.id;
        t.code = item.code;
        t.title = item.title;
        t.assessment.itemId = item.id;
        t.actionIds = actionsForTarget.value(item.id);
        const QList<Crosswalk::Mapping> maps = byTo.value(item.id);
        if (maps.isEmpty()) {
            ++c.targetsNotMapped;
            plan.targets << t;
            continue;
        }

        QList<AssessmentResult> carried;
        QList<AssessmentResult> assessedResults;
        QList<WorkflowStatus> workflows;
        QStringList reasons;
        QStringList narratives;
        QStringList justifications;
        QDateTime oldestReview;
        bool anyNotAssessed = false;
        bool partialScope = false;
        t.confidence = MigrationPlan::Confidence::High;
        QHash<qint64, int> linkIndex; // evidence id -> index in t.links
        for (const Crosswalk::Mapping &m : maps) {
            const AssessableItem src = sourceItems.value(m.from);
            const auto found = assessments.constFind(m.from);
            const bool assessed =
                found != assessments.cend() && found->result != AssessmentResult::NotAssessed;
            MigrationPlan::Source s;
            s.itemId = m.from;
            s.code = src.code;
            s.title = src.title;
            s.relation = m.relation;
            s.result = found != assessments.cend() ? found->result : AssessmentResult::NotAssessed;
            s.actions = int(actionsByItem.value(m.from).size());
            for (const EvidenceLink &l : linksByItem.value(m.from)) {
                ++s.links;
                const auto at = linkIndex.constFind(l.evidenceId);
                if (at == linkIndex.cend()) {
                    linkIndex.insert(l.evidenceId, int(t.links.size()));
                    t.links << EvidenceLink{l.evidenceId, item.id, l.note};
                } else {
                    EvidenceLink &merged = t.links[*at];
                    if (!l.note.isEmpty() && !merged.note.contains(l.note)) {
                        merged.note = merged.note.isEmpty()
                                          ? l.note
                                          : merged.note + QStringLiteral("; ") + l.note;
                    }
                    ++c.linksMerged;
                }
            }
            t.confidence = std::min(t.confidence, confidenceOf(m.relation));
            const bool carriesSomething =
                assessed || s.links > 0 || s.actions > 0 ||
                (found != assessments.cend() && !found->narrative.isEmpty());
            if (!carriesResult(m.relation)) {
                partialScope = true;
                if (carriesSomething) {
                    reasons << (m.relation == Crosswalk::Relation::Subset
                                    ? tr("%1 covers only part of this criterion (subset)")
                                    : tr("%1 overlaps this criterion only in part "
                                         "(intersect)"))
                                   .arg(s.code);
                }
            }
            if (flaggedNow.contains(m.from)) {
                reasons << tr("%1 was itself still awaiting re-confirmation").arg(s.code);
            }
            if (found != assessments.cend()) {
                if (assessed)
                    assessedResults << found->result;
                if (assessed && carriesResult(m.relation)) {
                    s.resultCarried = true;
                    carried << found->result;
                    workflows << found->workflow;
                    if (found->result == AssessmentResult::NotApplicable &&
                        !found->justification.isEmpty()) {
                        justifications << found->justification;
                    }
                }
                if (!found->narrative.trimmed().isEmpty())
                    narratives << found->narrative.trimmed();
                else
                    narratives << QString();
                if (t.assessment.owner.isEmpty())
                    t.assessment.owner = found->owner;
                if (found->lastReviewed.isValid() &&
                    (!oldestReview.isValid() || found->lastReviewed < oldestReview)) {
                    oldestReview = found->lastReviewed;
                }
            } else {
                narratives << QString();
            }
            if (!assessed)
                anyNotAssessed = true;
            t.sources << s;
        }

        // Many-to-one: the lowest result, and a fresh look when the sources do not agree.
        QSet<int> distinct;
        for (AssessmentResult r : assessedResults)
            distinct.insert(int(r));
        if (maps.size() > 1) {
            if (t.confidence > MigrationPlan::Confidence::Medium)
                t.confidence = MigrationPlan::Confidence::Medium;
            if (distinct.size() > 1 || (anyNotAssessed && !assessedResults.isEmpty())) {
                t.confidence = MigrationPlan::Confidence::Low;
                QStringList said;
                for (const MigrationPlan::Source &s : std::as_const(t.sources))
                    said << QStringLiteral("%1 %2").arg(s.code, resultDisplayName(s.result));
                reasons << tr("its sources do not agree (%1); the lowest result counts")
                               .arg(said.join(QStringLiteral(", ")));
            }
        }
        t.suggestedResult = lowest(assessedResults);
        if (!carried.isEmpty()) {
            t.resultCarried = true;
            t.assessment.result = lowest(carried);
            if (t.assessment.result == AssessmentResult::NotApplicable)
                t.assessment.justification = justifications.join(QStringLiteral("\n"));
            ++c.resultsCarried;
        }

        // One source carried in full keeps its narrative as it was; anything else is joined
        // under headings, so the lead sees where each part came from.
        const bool plain = maps.size() == 1 && !partialScope;
        QStringList parts;
        for (qsizetype i = 0; i < narratives.size(); ++i) {
            if (narratives.at(i).isEmpty())
                continue;
            const MigrationPlan::Source &s = t.sources.at(i);
            parts << (plain ? narratives.at(i)
                            : tr("From %1 (%2, %3):")
                                      .arg(s.code, relationToString(s.relation),
                                           resultDisplayName(s.result)) +
                                  QLatin1Char('\n') + narratives.at(i));
        }
        t.assessment.narrative = parts.join(QStringLiteral("\n\n"));

        reasons.removeDuplicates();
        t.needsReconfirmation = !reasons.isEmpty();
        t.reason = reasons.join(QStringLiteral("; "));
        if (t.needsReconfirmation)
            t.confidence = std::min(t.confidence, MigrationPlan::Confidence::Low);
        t.assessment.workflow = t.needsReconfirmation || !t.resultCarried
                                    ? (t.assessment.narrative.isEmpty() && !t.resultCarried
                                           ? WorkflowStatus::ToDo
                                           : WorkflowStatus::InProgress)
                                    : earliest(workflows);
        t.assessment.lastReviewed = oldestReview;
        t.writesAssessment =
            t.resultCarried || !t.assessment.narrative.isEmpty() || !t.assessment.owner.isEmpty();
        if (t.writesAssessment) {
            plan.record.assessments << t.assessment;
            ++c.assessmentsAfter;
        }
        plan.record.links << t.links;
        c.linksAfter += int(t.links.size());
        if (t.needsReconfirmation) {
            ++c.needsReconfirmation;
            Reconfirmation r;
            r.itemId = t.itemId;
            r.reason = t.reason;
            r.suggestedResult = t.suggestedResult == AssessmentResult::NotAssessed
                                    ? QString()
                                    : resultToString(t.suggestedResult);
            for (const MigrationPlan::Source &s : t.sources) {
                r.sources << Reconfirmation::Source{s.itemId, s.code, relationToString(s.relation),
                                                    resultToString(s.result)};
            }
            plan.record.reconfirmations << r;
        }
        plan.targets << t;
    }

    for (const AssessableItem &item : sourceList) {
        const QList<EvidenceLink> itemLinks = linksByItem.value(item.id);
        if (byFrom.contains(item.id)) {
            c.linksCarried += int(itemLinks.size());
            continue;
        }
        MigrationPlan::NotCarried n;
        n.itemId = item.id;
        n.code = item.code;
        n.title = item.title;
        n.result = assessments.value(item.id).result;
        n.links = int(itemLinks.size());
        n.actions = int(actionsByItem.value(item.id).size());
        c.linksNotCarried += n.links;
        plan.notCarried << n;
        ++c.sourcesNotCarried;
    }
    // linksMerged counted each extra arrival; the links after are the distinct pairs.
    if (!c.linksAddUp() || c.linksAfter != plan.record.links.size()) {
        return Error{tr("The evidence links do not add up: %1 now, %2 carried, %3 kept with the "
                        "old set.")
                         .arg(c.linksBefore)
                         .arg(c.linksCarried)
                         .arg(c.linksNotCarried),
                     workspace.path(), QString(),
                     tr("Check the workspace (use Workspace > Check integrity in the window, or "
                        "seqohs-tracker-cli integrity) "
                        "and report this problem.")};
    }

    plan.record.fromSetId = from.id;
    plan.record.fromContentHash = workspace.setContentHash();
    plan.record.auditCount = *auditCount;
    plan.record.crosswalkId = crosswalk.id;
    plan.record.summaryJson = QJsonDocument(plan.countsJson()).toJson(QJsonDocument::Compact);
    return plan;
}

} // namespace seqohs
