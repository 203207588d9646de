#include "readinessjson.h"

#include <QJsonArray>

namespace seqohs {

namespace {
QJsonValue share(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject nodeToJson(const NodeScore &node)
{
    QJsonObject o = figuresToJson(node.figures);
    o.insert(QStringLiteral("id"), node.id);
    o.insert(QStringLiteral("code"), node.code);
    o.insert(QStringLiteral("title"), node.title);
    return o;
}
} // namespace

QJsonObject figuresToJson(const Figures &f)
{
    QJsonObject byResult;
    for (auto r :
         {AssessmentResult::NotAssessed, AssessmentResult::NotMet, AssessmentResult::PartiallyMet,
          AssessmentResult::Met, AssessmentResult::NotApplicable})
        byResult.insert(resultToString(r), f.count(r));
    return QJsonObject{{QStringLiteral("score"), share(f.score())},
                       {QStringLiteral("coverage"), share(f.coverage())},
                       {QStringLiteral("earned"), f.earned},
                       {QStringLiteral("possible"), f.possible},
                       {QStringLiteral("applicable"), f.applicable},
                       {QStringLiteral("excluded"), f.excluded},
                       {QStringLiteral("withCurrentEvidence"), f.withCurrentEvidence},
                       {QStringLiteral("mustApplicable"), f.mustApplicable},
                       {QStringLiteral("mustMet"), f.mustMet},
                       {QStringLiteral("byResult"), byResult}};
}

QJsonObject itemScoreToJson(const ItemScore &i)
{
    return QJsonObject{{QStringLiteral("id"), i.itemId},
                       {QStringLiteral("code"), i.code},
                       {QStringLiteral("title"), i.title},
                       {QStringLiteral("level"), levelToString(i.level)},
                       {QStringLiteral("weight"), i.weight},
                       {QStringLiteral("result"), resultToString(i.result)},
                       {QStringLiteral("included"), i.included},
                       {QStringLiteral("exclusionReason"), i.exclusionReason},
                       {QStringLiteral("points"), i.points},
                       {QStringLiteral("evidence"), i.evidenceCount},
                       {QStringLiteral("currentEvidence"), i.currentEvidence},
                       {QStringLiteral("expiredEvidence"), i.expiredEvidence},
                       {QStringLiteral("expiringBeforeVisit"), i.expiringBeforeVisit}};
}

QJsonObject checkToJson(const ReadinessCheck &c)
{
    QJsonObject o{{QStringLiteral("kind"), checkKindToString(c.kind)},
                  {QStringLiteral("severity"), severityToString(c.severity)},
                  {QStringLiteral("message"), c.message}};
    if (!c.itemId.isEmpty())
        o.insert(QStringLiteral("item"), c.itemId);
    if (c.evidenceId != 0)
        o.insert(QStringLiteral("evidence"), double(c.evidenceId));
    if (c.actionId != 0)
        o.insert(QStringLiteral("action"), double(c.actionId));
    return o;
}

QJsonObject readinessToJson(const Readiness &r, bool withItems)
{
    QJsonArray domains;
    for (const NodeScore &d : r.domains)
        domains << nodeToJson(d);
    QJsonArray standards;
    for (const NodeScore &s : r.standards)
        standards << nodeToJson(s);
    QJsonArray checks;
    for (const ReadinessCheck &c : r.checks)
        checks << checkToJson(c);
    QJsonObject o{
        {QStringLiteral("asOf"), r.asOf.toString(Qt::ISODate)},
        {QStringLiteral("plannedVisit"), r.plannedVisit.isValid()
                                             ? QJsonValue(r.plannedVisit.toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("verdict"), verdictToString(r.verdict)},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons)},
        {QStringLiteral("overall"), figuresToJson(r.overall)},
        {QStringLiteral("domains"), domains},
        {QStringLiteral("standards"), standards},
        {QStringLiteral("currency"),
         QJsonObject{{QStringLiteral("total"), r.currency.total},
                     {QStringLiteral("current"), r.currency.current},
                     {QStringLiteral("expired"), r.currency.expired},
                     {QStringLiteral("expiringBeforeVisit"), r.currency.expiringBeforeVisit}}},
        {QStringLiteral("checks"), checks}};
    if (withItems) {
        QJsonArray items;
        for (const ItemScore &i : r.items)
            items << itemScoreToJson(i);
        o.insert(QStringLiteral("items"), items);
    }
    return o;
}

QJsonObject snapshotDiffToJson(const SnapshotDiff &d)
{
    QJsonArray results;
    for (const SnapshotDiff::ResultChange &c : d.resultsChanged) {
        results << QJsonObject{{QStringLiteral("id"), c.itemId},
                               {QStringLiteral("code"), c.code},
                               {QStringLiteral("title"), c.title},
                               {QStringLiteral("before"), resultToString(c.before)},
                               {QStringLiteral("after"), resultToString(c.after)}};
    }
    auto evidence = [](const QList<Snapshot::EvidenceState> &list) {
        QJsonArray a;
        for (const Snapshot::EvidenceState &e : list)
            a << QJsonObject{{QStringLiteral("id"), double(e.id)},
                             {QStringLiteral("title"), e.title}};
        return a;
    };
    auto actions = [](const QList<Snapshot::ActionState> &list) {
        QJsonArray a;
        for (const Snapshot::ActionState &s : list)
            a << QJsonObject{{QStringLiteral("id"), double(s.id)},
                             {QStringLiteral("text"), s.text}};
        return a;
    };
    return QJsonObject{{QStringLiteral("from"), d.fromName},
                       {QStringLiteral("to"), d.toName},
                       {QStringLiteral("scoreBefore"), share(d.scoreBefore)},
                       {QStringLiteral("scoreAfter"), share(d.scoreAfter)},
                       {QStringLiteral("coverageBefore"), share(d.coverageBefore)},
                       {QStringLiteral("coverageAfter"), share(d.coverageAfter)},
                       {QStringLiteral("verdictBefore"), verdictToString(d.verdictBefore)},
                       {QStringLiteral("verdictAfter"), verdictToString(d.verdictAfter)},
                       {QStringLiteral("resultsChanged"), results},
                       {QStringLiteral("evidenceAdded"), evidence(d.evidenceAdded)},
                       {QStringLiteral("evidenceRemoved"), evidence(d.evidenceRemoved)},
                       {QStringLiteral("evidenceExpired"), evidence(d.evidenceExpired)},
                       {QStringLiteral("actionsClosed"), actions(d.actionsClosed)},
                       {QStringLiteral("actionsAdded"), actions(d.actionsAdded)}};
}

} // namespace seqohs
