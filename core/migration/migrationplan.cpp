#include "migrationplan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace seqohs {

namespace {

QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace

QString confidenceToString(MigrationPlan::Confidence confidence)
{
    switch (confidence) {
    case MigrationPlan::Confidence::High:
        return QStringLiteral("high");
    case MigrationPlan::Confidence::Medium:
        return QStringLiteral("medium");
    case MigrationPlan::Confidence::Low:
        return QStringLiteral("low");
    case MigrationPlan::Confidence::None:
        break;
    }
    return QStringLiteral("none");
}

QList<MigrationPlan::Target> MigrationPlan::reconfirmationTargets() const
{
    QList<Target> list;
    for (const Target &t : targets) {
        if (t.needsReconfirmation)
            list << t;
    }
    return list;
}

QList<MigrationPlan::Target> MigrationPlan::unmappedTargets() const
{
    QList<Target> list;
    for (const Target &t : targets) {
        if (!t.isMapped())
            list << t;
    }
    return list;
}

QJsonObject MigrationPlan::countsJson() const
{
    const Counts &c = counts;
    return QJsonObject{{QStringLiteral("sourceItems"), c.sourceItems},
                       {QStringLiteral("targetItems"), c.targetItems},
                       {QStringLiteral("mappings"), c.mappings},
                       {QStringLiteral("assessmentsBefore"), c.assessmentsBefore},
                       {QStringLiteral("assessmentsAfter"), c.assessmentsAfter},
                       {QStringLiteral("resultsCarried"), c.resultsCarried},
                       {QStringLiteral("needsReconfirmation"), c.needsReconfirmation},
                       {QStringLiteral("targetsNotMapped"), c.targetsNotMapped},
                       {QStringLiteral("sourcesNotCarried"), c.sourcesNotCarried},
                       {QStringLiteral("linksBefore"), c.linksBefore},
                       {QStringLiteral("linksCarried"), c.linksCarried},
                       {QStringLiteral("linksNotCarried"), c.linksNotCarried},
                       {QStringLiteral("linksAfter"), c.linksAfter},
                       {QStringLiteral("linksMerged"), c.linksMerged},
                       {QStringLiteral("linksAddUp"), c.linksAddUp()},
                       {QStringLiteral("actionsBefore"), c.actionsBefore},
                       {QStringLiteral("actionsMoved"), c.actionsMoved},
                       {QStringLiteral("actionsCopied"), c.actionsCopied},
                       {QStringLiteral("actionsDetached"), c.actionsDetached}};
}

QJsonObject MigrationPlan::toJson() const
{
    QJsonArray targetsJson;
    for (const Target &t : targets) {
        QJsonArray sourcesJson;
        for (const Source &s : t.sources) {
            sourcesJson.append(
                QJsonObject{{QStringLiteral("itemId"), s.itemId},
                            {QStringLiteral("code"), s.code},
                            {QStringLiteral("relation"), relationToString(s.relation)},
                            {QStringLiteral("result"), resultToString(s.result)},
                            {QStringLiteral("resultCarried"), s.resultCarried},
                            {QStringLiteral("links"), s.links},
                            {QStringLiteral("actions"), s.actions}});
        }
        QJsonArray evidence;
        for (const EvidenceLink &l : t.links)
            evidence.append(l.evidenceId);
        QJsonObject o{{QStringLiteral("itemId"), t.itemId},
                      {QStringLiteral("code"), t.code},
                      {QStringLiteral("title"), t.title},
                      {QStringLiteral("mapped"), t.isMapped()},
                      {QStringLiteral("confidence"), confidenceToString(t.confidence)},
                      {QStringLiteral("sources"), sourcesJson},
                      {QStringLiteral("result"), resultToString(t.assessment.result)},
                      {QStringLiteral("resultCarried"), t.resultCarried},
                      {QStringLiteral("narrative"), t.assessment.narrative},
                      {QStringLiteral("owner"), t.assessment.owner},
                      {QStringLiteral("evidence"), evidence},
                      {QStringLiteral("actions"), idsJson(t.actionIds)},
                      {QStringLiteral("needsReconfirmation"), t.needsReconfirmation}};
        if (t.needsReconfirmation) {
            o.insert(QStringLiteral("reason"), t.reason);
            o.insert(QStringLiteral("suggestedResult"), resultToString(t.suggestedResult));
        }
        targetsJson.append(o);
    }
    QJsonArray notCarriedJson;
    for (const NotCarried &n : notCarried) {
        notCarriedJson.append(QJsonObject{{QStringLiteral("itemId"), n.itemId},
                                          {QStringLiteral("code"), n.code},
                                          {QStringLiteral("title"), n.title},
                                          {QStringLiteral("result"), resultToString(n.result)},
                                          {QStringLiteral("links"), n.links},
                                          {QStringLiteral("actions"), n.actions}});
    }
    return QJsonObject{
        {QStringLiteral("from"), QJsonObject{{QStringLiteral("id"), fromSetId},
                                             {QStringLiteral("title"), fromSetTitle},
                                             {QStringLiteral("version"), fromSetVersion}}},
        {QStringLiteral("to"), QJsonObject{{QStringLiteral("id"), target.id},
                                           {QStringLiteral("title"), target.title},
                                           {QStringLiteral("version"), target.version}}},
        {QStringLiteral("crosswalk"), crosswalkId},
        {QStringLiteral("counts"), countsJson()},
        {QStringLiteral("targets"), targetsJson},
        {QStringLiteral("notCarried"), notCarriedJson}};
}

QString MigrationPlan::toText(bool summaryOnly) const
{
    QString text;
    QTextStream out(&text);
    const Counts &c = counts;
    out << tr("Move from %1 (%2) to %3 (%4) through the crosswalk %5")
               .arg(fromSetId, fromSetVersion, target.id, target.version, crosswalkId)
        << '\n';
    out << tr("  target items:          %1 (%2 receive work, %3 with nothing mapped)")
               .arg(c.targetItems)
               .arg(c.targetItems - c.targetsNotMapped)
               .arg(c.targetsNotMapped)
        << '\n';
    out << tr("  results carried:       %1 of %2 assessments")
               .arg(c.resultsCarried)
               .arg(c.assessmentsBefore)
        << '\n';
    out << tr("  needs re-confirmation: %1").arg(c.needsReconfirmation) << '\n';
    out << tr("  evidence links:        %1 now = %2 carried + %3 kept with the old set (%4)")
               .arg(c.linksBefore)
               .arg(c.linksCarried)
               .arg(c.linksNotCarried)
               .arg(c.linksAddUp() ? tr("adds up") : tr("DOES NOT ADD UP"))
        << '\n';
    out << tr("                         %1 links after the move (%2 merged)")
               .arg(c.linksAfter)
               .arg(c.linksMerged)
        << '\n';
    out << tr("  actions:               %1 moved, %2 copied, %3 left without an item")
               .arg(c.actionsMoved)
               .arg(c.actionsCopied)
               .arg(c.actionsDetached)
        << '\n';
    out << tr("  not carried:           %1 old items with no mapping (kept with the old set)")
               .arg(c.sourcesNotCarried)
        << '\n';
    if (summaryOnly)
        return text;
    out << '\n';
    for (const Target &t : targets) {
        out << t.code << "  " << t.title << "  [" << t.itemId << "]\n";
        if (!t.isMapped()) {
            out << "    " << tr("nothing mapped: not assessed") << '\n';
            continue;
        }
        for (const Source &s : t.sources) {
            out << "    <- " << s.code << " [" << s.itemId << "] " << relationToString(s.relation)
                << ", " << resultToString(s.result)
                << (s.resultCarried ? tr(" (result carried)") : QString()) << ", "
                << tr("%n link(s)", nullptr, s.links) << ", "
                << tr("%n action(s)", nullptr, s.actions) << '\n';
        }
        out << "    = " << resultToString(t.assessment.result) << ", "
            << tr("%1 evidence, %2 actions, confidence %3")
                   .arg(t.links.size())
                   .arg(t.actionIds.size())
                   .arg(confidenceToString(t.confidence))
            << '\n';
        if (!t.assessment.narrative.isEmpty()) {
            QString first = t.assessment.narrative.simplified();
            if (first.size() > 70)
                first = first.left(69) + QChar(0x2026);
            out << "    " << tr("narrative: %1").arg(first) << '\n';
        }
        if (t.needsReconfirmation) {
            out << "    ! " << tr("needs re-confirmation: %1").arg(t.reason) << '\n';
        }
    }
    if (!notCarried.isEmpty()) {
        out << '\n' << tr("Not carried (no mapping; kept, readable with the old set):") << '\n';
        for (const NotCarried &n : notCarried) {
            out << "    " << n.code << "  " << n.title << "  [" << n.itemId << "] "
                << resultToString(n.result) << ", " << tr("%n link(s)", nullptr, n.links) << ", "
                << tr("%n action(s)", nullptr, n.actions) << '\n';
        }
    }
    return text;
}

} // namespace seqohs
