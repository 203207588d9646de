#include "readinessjson.h"

#include "common/jsonwriter.h"

#include <QJsonArray>

#include <algorithm>

namespace seqohs {

namespace {
// The keys of each object are written in sorted order, as QJsonObject wrote them before the
// readiness grew too large to build as one.

void writeShare(JsonWriter &json, const std::optional<double> &value)
{
    if (value)
        json.value(*value);
    else
        json.null();
}

// The figures' keys, with a node's code, id and title among them when given.
void figures(JsonWriter &json, const Figures &f, const NodeScore *node = nullptr)
{
    json.key(QLatin1String("applicable"));
    json.value(f.applicable);
    json.key(QLatin1String("byResult"));
    QList<std::pair<QString, int>> byResult;
    for (auto r :
         {AssessmentResult::NotAssessed, AssessmentResult::NotMet, AssessmentResult::PartiallyMet,
          AssessmentResult::Met, AssessmentResult::NotApplicable})
        byResult.append({resultToString(r), f.count(r)});
    std::sort(byResult.begin(), byResult.end());
    json.beginObject();
    for (const auto &[result, count] : byResult) {
        json.key(QLatin1String(result.toLatin1()));
        json.value(count);
    }
    json.endObject();
    if (node) {
        json.key(QLatin1String("code"));
        json.value(node->code);
    }
    json.key(QLatin1String("coverage"));
    writeShare(json, f.coverage());
    json.key(QLatin1String("earned"));
    json.value(f.earned);
    json.key(QLatin1String("excluded"));
    json.value(f.excluded);
    if (node) {
        json.key(QLatin1String("id"));
        json.value(node->id);
    }
    json.key(QLatin1String("mustApplicable"));
    json.value(f.mustApplicable);
    json.key(QLatin1String("mustMet"));
    json.value(f.mustMet);
    json.key(QLatin1String("possible"));
    json.value(f.possible);
    json.key(QLatin1String("score"));
    writeShare(json, f.score());
    if (node) {
        json.key(QLatin1String("title"));
        json.value(node->title);
    }
    json.key(QLatin1String("withCurrentEvidence"));
    json.value(f.withCurrentEvidence);
}

void nodes(JsonWriter &json, const QList<NodeScore> &list)
{
    json.beginArray();
    for (const NodeScore &node : list) {
        json.beginObject();
        figures(json, node.figures, &node);
        json.endObject();
    }
    json.endArray();
}

void check(JsonWriter &json, const ReadinessCheck &c)
{
    json.beginObject();
    if (c.actionId != 0) {
        json.key(QLatin1String("action"));
        json.value(qint64(c.actionId));
    }
    if (c.evidenceId != 0) {
        json.key(QLatin1String("evidence"));
        json.value(qint64(c.evidenceId));
    }
    if (!c.itemId.isEmpty()) {
        json.key(QLatin1String("item"));
        json.value(c.itemId);
    }
    json.key(QLatin1String("kind"));
    json.value(checkKindToString(c.kind));
    json.key(QLatin1String("message"));
    json.value(c.message);
    json.key(QLatin1String("severity"));
    json.value(severityToString(c.severity));
    json.endObject();
}

void checks(JsonWriter &json, const QList<ReadinessCheck> &list)
{
    json.beginArray();
    for (const ReadinessCheck &c : list)
        check(json, c);
    json.endArray();
}

void itemScore(JsonWriter &json, const ItemScore &i)
{
    json.beginObject();
    json.key(QLatin1String("code"));
    json.value(i.code);
    json.key(QLatin1String("currentEvidence"));
    json.value(i.currentEvidence);
    json.key(QLatin1String("evidence"));
    json.value(i.evidenceCount);
    json.key(QLatin1String("exclusionReason"));
    json.value(i.exclusionReason);
    json.key(QLatin1String("expiredEvidence"));
    json.value(i.expiredEvidence);
    json.key(QLatin1String("expiringBeforeVisit"));
    json.value(i.expiringBeforeVisit);
    json.key(QLatin1String("id"));
    json.value(i.itemId);
    json.key(QLatin1String("included"));
    json.value(i.included);
    json.key(QLatin1String("level"));
    json.value(levelToString(i.level));
    json.key(QLatin1String("points"));
    json.value(i.points);
    json.key(QLatin1String("result"));
    json.value(resultToString(i.result));
    json.key(QLatin1String("title"));
    json.value(i.title);
    json.key(QLatin1String("weight"));
    json.value(i.weight);
    json.endObject();
}

void itemScores(JsonWriter &json, const QList<ItemScore> &list)
{
    json.beginArray();
    for (const ItemScore &i : list)
        itemScore(json, i);
    json.endArray();
}

QJsonValue share(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace

QByteArray readinessJson(const Readiness &r, bool withItems)
{
    JsonWriter json;
    json.beginObject();
    json.key(QLatin1String("asOf"));
    json.value(r.asOf.toString(Qt::ISODate));
    json.key(QLatin1String("checks"));
    checks(json, r.checks);
    json.key(QLatin1String("currency"));
    json.beginObject();
    json.key(QLatin1String("current"));
    json.value(r.currency.current);
    json.key(QLatin1String("expired"));
    json.value(r.currency.expired);
    json.key(QLatin1String("expiringBeforeVisit"));
    json.value(r.currency.expiringBeforeVisit);
    json.key(QLatin1String("total"));
    json.value(r.currency.total);
    json.endObject();
    json.key(QLatin1String("domains"));
    nodes(json, r.domains);
    if (withItems) {
        json.key(QLatin1String("items"));
        itemScores(json, r.items);
    }
    json.key(QLatin1String("overall"));
    json.beginObject();
    figures(json, r.overall);
    json.endObject();
    json.key(QLatin1String("plannedVisit"));
    if (r.plannedVisit.isValid())
        json.value(r.plannedVisit.toString(Qt::ISODate));
    else
        json.null();
    json.key(QLatin1String("reasons"));
    json.beginArray();
    for (const QString &reason : r.reasons)
        json.value(reason);
    json.endArray();
    json.key(QLatin1String("standards"));
    nodes(json, r.standards);
    json.key(QLatin1String("verdict"));
    json.value(verdictToString(r.verdict));
    json.endObject();
    return json.text();
}

QByteArray checksJson(const QList<ReadinessCheck> &list)
{
    JsonWriter json;
    checks(json, list);
    return json.text();
}

QByteArray itemScoresJson(const QList<ItemScore> &list)
{
    JsonWriter json;
    itemScores(json, list);
    return json.text();
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
