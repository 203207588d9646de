#include "setmove.h"

#include "actionstore.h"
#include "assessmentstore.h"
#include "catalogue/standardsformat.h"
#include "catalogue/standardsset.h"
#include "common/clock.h"
#include "evidencestore.h"
#include "linkstore.h"
#include "moverecord.h"
#include "setstore.h"
#include "storagekernel.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace seqohs {

Expected<QString> SetMove::apply(const StandardsSet &current, const QString &currentHash,
                                 const StandardsSet &target, const MoveRecord &changes)
{
    Expected<Checked> checked = check(current, currentHash, target, changes);
    if (!checked)
        return checked.errors();
    if (Status done = m_kernel.transact(
            tr("Moving the workspace to another standards set failed"),
            [&] { return write(current, currentHash, target, changes, *checked); });
        !done)
        return done.errors();
    return checked->targetHash;
}

Expected<SetMove::Checked> SetMove::check(const StandardsSet &current, const QString &currentHash,
                                          const StandardsSet &target,
                                          const MoveRecord &changes) const
{
    if (Status ok = m_kernel.writable(); !ok)
        return ok.errors();
    // Check everything before the transaction, so a bad record changes nothing and says why.
    if (Status valid = validate(current, currentHash, target, changes); !valid)
        return valid.errors();
    Expected<QHash<QString, Assessment>> assessmentsBefore = m_reported(m_assessments.all());
    if (!assessmentsBefore)
        return assessmentsBefore.errors();
    Expected<QList<EvidenceLink>> linksBefore = m_reported(m_links.all());
    if (!linksBefore)
        return linksBefore.errors();
    Checked checked;
    checked.assessmentsBefore = assessmentsBefore->size();
    checked.linksBefore = linksBefore->size();
    checked.when = Clock::now().toUTC();
    checked.targetHash = QString::fromLatin1(StandardsFormat::contentHash(target));
    return checked;
}

Status SetMove::validate(const StandardsSet &current, const QString &currentHash,
                         const StandardsSet &target, const MoveRecord &changes) const
{
    const QString path = m_kernel.location();
    const QString replan = tr("Plan the move again and check the preview before applying it.");
    if (changes.fromSetId != current.id || changes.fromContentHash != currentHash) {
        return Error{tr("The move was planned for the standards set '%1', but the workspace "
                        "follows '%2'.")
                         .arg(changes.fromSetId, current.id),
                     path, QString(), replan};
    }
    Expected<qint64> count = m_reported(m_kernel.auditCount());
    if (!count)
        return count.errors();
    if (changes.auditCount != *count) {
        return Error{tr("The workspace has changed since the move was planned."), path, QString(),
                     replan};
    }
    if (target.id.trimmed().isEmpty() || target.assessables().isEmpty()) {
        return Error{tr("The standards set to move to has no id or nothing to assess."), path,
                     QString(), tr("Load a valid standards set.")};
    }
    QSet<QString> targetIds;
    for (const AssessableItem &item : target.assessables())
        targetIds.insert(item.id);
    const auto unknownItem = [&](const QString &itemId, const QString &where) {
        return Error{tr("The move names '%1', which the standards set '%2' does not have.")
                         .arg(itemId, target.id),
                     path, where, replan};
    };
    QSet<QString> seen;
    for (const Assessment &a : changes.assessments) {
        if (!targetIds.contains(a.itemId))
            return unknownItem(a.itemId, QStringLiteral("assessments"));
        if (seen.contains(a.itemId)) {
            return Error{tr("The move assesses '%1' twice.").arg(a.itemId), path, QString(),
                         replan};
        }
        seen.insert(a.itemId);
        if (a.result == AssessmentResult::NotApplicable && a.justification.trimmed().isEmpty()) {
            return Error{
                tr("The move marks '%1' not applicable without a justification.").arg(a.itemId),
                path, QString(), replan};
        }
    }
    Expected<QList<EvidenceItem>> items = m_reported(m_evidence.all());
    if (!items)
        return items.errors();
    QSet<qint64> evidenceIds;
    for (const EvidenceItem &e : *items)
        evidenceIds.insert(e.id);
    QSet<QPair<qint64, QString>> linkKeys;
    for (const EvidenceLink &l : changes.links) {
        if (!targetIds.contains(l.itemId))
            return unknownItem(l.itemId, QStringLiteral("links"));
        if (!evidenceIds.contains(l.evidenceId)) {
            return Error{
                tr("The move links evidence item %1, which does not exist.").arg(l.evidenceId),
                path, QString(), replan};
        }
        if (linkKeys.contains({l.evidenceId, l.itemId})) {
            return Error{tr("The move links evidence item %1 to '%2' twice.")
                             .arg(l.evidenceId)
                             .arg(l.itemId),
                         path, QString(), replan};
        }
        linkKeys.insert({l.evidenceId, l.itemId});
    }
    Expected<QList<Action>> existing = m_reported(m_actions.all());
    if (!existing)
        return existing.errors();
    QSet<qint64> actionIds;
    for (const Action &a : *existing)
        actionIds.insert(a.id);
    for (const MoveRecord::ActionMove &m : changes.actionMoves) {
        if (!actionIds.contains(m.actionId)) {
            return Error{tr("The move re-points action %1, which does not exist.").arg(m.actionId),
                         path, QString(), replan};
        }
        if (!m.itemId.isEmpty() && !targetIds.contains(m.itemId))
            return unknownItem(m.itemId, QStringLiteral("actions"));
    }
    for (const Action &a : changes.newActions) {
        if (a.text.trimmed().isEmpty() || (!a.itemId.isEmpty() && !targetIds.contains(a.itemId)))
            return unknownItem(a.itemId, QStringLiteral("actions"));
    }
    for (const Reconfirmation &r : changes.reconfirmations) {
        if (!targetIds.contains(r.itemId))
            return unknownItem(r.itemId, QStringLiteral("reconfirmations"));
    }
    return success();
}

Status SetMove::write(const StandardsSet &current, const QString &currentHash,
                      const StandardsSet &target, const MoveRecord &changes, const Checked &checked)
{
    Expected<qint64> historyId =
        m_sets.archiveCurrent(current.title, target.id, changes.crosswalkId, checked.when);
    if (!historyId)
        return historyId.errors();
    for (Status s : {m_assessments.removeAll(), m_links.removeAll(), m_sets.clearAllFlags()}) {
        if (!s)
            return s;
    }
    if (Status s = m_assessments.insertAll(changes.assessments); !s)
        return s;
    if (Status s = m_links.put(changes.links); !s)
        return s;
    for (const MoveRecord::ActionMove &m : changes.actionMoves) {
        if (Status s = m_actions.repoint(m.actionId, m.itemId); !s)
            return s;
    }
    for (Action a : changes.newActions) {
        if (Status s = m_actions.insert(a); !s)
            return s;
    }
    for (Reconfirmation r : changes.reconfirmations) {
        r.historyId = *historyId;
        r.flagged = checked.when;
        if (Status s = m_sets.flag(r); !s)
            return s;
    }
    if (Status s = m_sets.replaceCurrent(target); !s)
        return s;
    const QJsonObject before{{QStringLiteral("standardsSet"), current.id},
                             {QStringLiteral("standardsVersion"), current.version},
                             {QStringLiteral("standardsHash"), currentHash},
                             {QStringLiteral("assessments"), checked.assessmentsBefore},
                             {QStringLiteral("links"), checked.linksBefore}};
    const QJsonObject after{
        {QStringLiteral("standardsSet"), target.id},
        {QStringLiteral("standardsVersion"), target.version},
        {QStringLiteral("standardsHash"), checked.targetHash},
        {QStringLiteral("crosswalk"), changes.crosswalkId},
        {QStringLiteral("snapshot"), changes.snapshotName},
        {QStringLiteral("history"), *historyId},
        {QStringLiteral("assessments"), changes.assessments.size()},
        {QStringLiteral("links"), changes.links.size()},
        {QStringLiteral("reconfirm"), changes.reconfirmations.size()},
        {QStringLiteral("plan"), QJsonDocument::fromJson(changes.summaryJson).object()}};
    return m_kernel.audit(QStringLiteral("set.move"), QStringLiteral("standards-set"), before,
                          after);
}

} // namespace seqohs
