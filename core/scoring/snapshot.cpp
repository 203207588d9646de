#include "snapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace seqohs {

namespace {

QJsonObject figuresToJson(const Figures &f)
{
    QJsonArray byResult;
    for (int n : f.byResult)
        byResult << n;
    return QJsonObject{{QStringLiteral("earned"), f.earned},
                       {QStringLiteral("possible"), f.possible},
                       {QStringLiteral("applicable"), f.applicable},
                       {QStringLiteral("excluded"), f.excluded},
                       {QStringLiteral("byResult"), byResult},
                       {QStringLiteral("withCurrentEvidence"), f.withCurrentEvidence},
                       {QStringLiteral("mustApplicable"), f.mustApplicable},
                       {QStringLiteral("mustMet"), f.mustMet}};
}

Figures figuresFromJson(const QJsonObject &o)
{
    Figures f;
    f.earned = o.value(QLatin1String("earned")).toDouble();
    f.possible = o.value(QLatin1String("possible")).toDouble();
    f.applicable = o.value(QLatin1String("applicable")).toInt();
    f.excluded = o.value(QLatin1String("excluded")).toInt();
    const QJsonArray byResult = o.value(QLatin1String("byResult")).toArray();
    for (int i = 0; i < int(f.byResult.size()) && i < byResult.size(); ++i)
        f.byResult[i] = byResult.at(i).toInt();
    f.withCurrentEvidence = o.value(QLatin1String("withCurrentEvidence")).toInt();
    f.mustApplicable = o.value(QLatin1String("mustApplicable")).toInt();
    f.mustMet = o.value(QLatin1String("mustMet")).toInt();
    return f;
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

Snapshot Snapshot::capture(const QString &name, const QDateTime &created, const ScoringInput &input,
                           const Readiness &readiness)
{
    Snapshot s;
    s.name = name;
    s.created = created.toUTC();
    s.asOf = readiness.asOf;
    s.setId = input.set.id;
    s.setVersion = input.set.version;
    s.verdict = readiness.verdict;
    s.overall = readiness.overall;
    s.domains = readiness.domains;
    for (const ItemScore &item : readiness.items)
        s.items << ItemState{item.itemId, item.code, item.title, item.result, item.included};
    for (const EvidenceItem &e : input.evidence)
        s.evidence << EvidenceState{e.id, e.title, e.reviewBy, e.isCurrentOn(readiness.asOf)};
    for (const Action &a : input.actions)
        s.actions << ActionState{a.id, a.text, a.due, a.status == Action::Status::Done};
    return s;
}

QByteArray Snapshot::toJson() const
{
    QJsonArray domainsJson;
    for (const NodeScore &d : domains) {
        domainsJson << QJsonObject{{QStringLiteral("id"), d.id},
                                   {QStringLiteral("code"), d.code},
                                   {QStringLiteral("title"), d.title},
                                   {QStringLiteral("domainIndex"), d.domainIndex},
                                   {QStringLiteral("figures"), figuresToJson(d.figures)}};
    }
    QJsonArray itemsJson;
    for (const ItemState &i : items) {
        itemsJson << QJsonObject{{QStringLiteral("id"), i.itemId},
                                 {QStringLiteral("code"), i.code},
                                 {QStringLiteral("title"), i.title},
                                 {QStringLiteral("result"), resultToString(i.result)},
                                 {QStringLiteral("included"), i.included}};
    }
    QJsonArray evidenceJson;
    for (const EvidenceState &e : evidence) {
        evidenceJson << QJsonObject{{QStringLiteral("id"), double(e.id)},
                                    {QStringLiteral("title"), e.title},
                                    {QStringLiteral("reviewBy"), date(e.reviewBy)},
                                    {QStringLiteral("current"), e.current}};
    }
    QJsonArray actionsJson;
    for (const ActionState &a : actions) {
        actionsJson << QJsonObject{{QStringLiteral("id"), double(a.id)},
                                   {QStringLiteral("text"), a.text},
                                   {QStringLiteral("due"), date(a.due)},
                                   {QStringLiteral("done"), a.done}};
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("seqohs-snapshot")},
                           {QStringLiteral("formatVersion"), FormatVersion},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("created"), created.toString(Qt::ISODate)},
                           {QStringLiteral("asOf"), date(asOf)},
                           {QStringLiteral("setId"), setId},
                           {QStringLiteral("setVersion"), setVersion},
                           {QStringLiteral("verdict"), verdictToString(verdict)},
                           {QStringLiteral("overall"), figuresToJson(overall)},
                           {QStringLiteral("domains"), domainsJson},
                           {QStringLiteral("items"), itemsJson},
                           {QStringLiteral("evidence"), evidenceJson},
                           {QStringLiteral("actions"), actionsJson}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Expected<Snapshot> Snapshot::fromJson(const QByteArray &json, const QString &label)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QString hint = QCoreApplication::translate(
        "seqohs", "The snapshot cannot be read; save a new one from the current figures.");
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error{QCoreApplication::translate("seqohs", "The snapshot is damaged: %1")
                         .arg(parseError.errorString()),
                     label, QString(), hint};
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("seqohs-snapshot"))
        return Error{QCoreApplication::translate("seqohs", "This is not a snapshot."), label,
                     QStringLiteral("$.format"), hint};
    if (root.value(QLatin1String("formatVersion")).toInt() > FormatVersion) {
        return Error{
            QCoreApplication::translate(
                "seqohs", "The snapshot was written by a newer version of SEQOHS Tracker."),
            label, QStringLiteral("$.formatVersion"),
            QCoreApplication::translate("seqohs", "Update SEQOHS Tracker to read it.")};
    }
    Snapshot s;
    s.name = root.value(QLatin1String("name")).toString();
    s.created = QDateTime::fromString(root.value(QLatin1String("created")).toString(), Qt::ISODate);
    s.asOf = dateFrom(root.value(QLatin1String("asOf")));
    s.setId = root.value(QLatin1String("setId")).toString();
    s.setVersion = root.value(QLatin1String("setVersion")).toString();
    const QString verdict = root.value(QLatin1String("verdict")).toString();
    for (Verdict v : {Verdict::Ready, Verdict::NearlyReady, Verdict::NotReady}) {
        if (verdictToString(v) == verdict)
            s.verdict = v;
    }
    s.overall = figuresFromJson(root.value(QLatin1String("overall")).toObject());
    const QJsonArray domainsJson = root.value(QLatin1String("domains")).toArray();
    for (const auto &v : domainsJson) {
        const QJsonObject o = v.toObject();
        s.domains << NodeScore{o.value(QLatin1String("id")).toString(),
                               o.value(QLatin1String("code")).toString(),
                               o.value(QLatin1String("title")).toString(),
                               figuresFromJson(o.value(QLatin1String("figures")).toObject()),
                               o.value(QLatin1String("domainIndex")).toInt(-1),
                               -1};
    }
    const QJsonArray itemsJson = root.value(QLatin1String("items")).toArray();
    for (const auto &v : itemsJson) {
        const QJsonObject o = v.toObject();
        s.items << ItemState{o.value(QLatin1String("id")).toString(),
                             o.value(QLatin1String("code")).toString(),
                             o.value(QLatin1String("title")).toString(),
                             resultFromString(o.value(QLatin1String("result")).toString())
                                 .value_or(AssessmentResult::NotAssessed),
                             o.value(QLatin1String("included")).toBool()};
    }
    const QJsonArray evidenceJson = root.value(QLatin1String("evidence")).toArray();
    for (const auto &v : evidenceJson) {
        const QJsonObject o = v.toObject();
        s.evidence << EvidenceState{qint64(o.value(QLatin1String("id")).toDouble()),
                                    o.value(QLatin1String("title")).toString(),
                                    dateFrom(o.value(QLatin1String("reviewBy"))),
                                    o.value(QLatin1String("current")).toBool()};
    }
    const QJsonArray actionsJson = root.value(QLatin1String("actions")).toArray();
    for (const auto &v : actionsJson) {
        const QJsonObject o = v.toObject();
        s.actions << ActionState{qint64(o.value(QLatin1String("id")).toDouble()),
                                 o.value(QLatin1String("text")).toString(),
                                 dateFrom(o.value(QLatin1String("due"))),
                                 o.value(QLatin1String("done")).toBool()};
    }
    return s;
}

SnapshotDiff SnapshotDiff::compare(const Snapshot &from, const Snapshot &to)
{
    SnapshotDiff d;
    d.fromName = from.name;
    d.toName = to.name;
    d.scoreBefore = from.overall.score();
    d.scoreAfter = to.overall.score();
    d.coverageBefore = from.overall.coverage();
    d.coverageAfter = to.overall.coverage();
    d.verdictBefore = from.verdict;
    d.verdictAfter = to.verdict;

    QHash<QString, Snapshot::ItemState> before;
    for (const Snapshot::ItemState &i : from.items)
        before.insert(i.itemId, i);
    for (const Snapshot::ItemState &i : to.items) {
        const auto it = before.constFind(i.itemId);
        const AssessmentResult was =
            it != before.constEnd() ? it->result : AssessmentResult::NotAssessed;
        if (was != i.result)
            d.resultsChanged << ResultChange{i.itemId, i.code, i.title, was, i.result};
    }

    QHash<qint64, Snapshot::EvidenceState> evidenceBefore;
    for (const Snapshot::EvidenceState &e : from.evidence)
        evidenceBefore.insert(e.id, e);
    QSet<qint64> evidenceAfter;
    for (const Snapshot::EvidenceState &e : to.evidence) {
        evidenceAfter.insert(e.id);
        const auto it = evidenceBefore.constFind(e.id);
        if (it == evidenceBefore.constEnd())
            d.evidenceAdded << e;
        else if (it->current && !e.current)
            d.evidenceExpired << e;
    }
    for (const Snapshot::EvidenceState &e : from.evidence) {
        if (!evidenceAfter.contains(e.id))
            d.evidenceRemoved << e;
    }

    QHash<qint64, Snapshot::ActionState> actionsBefore;
    for (const Snapshot::ActionState &a : from.actions)
        actionsBefore.insert(a.id, a);
    for (const Snapshot::ActionState &a : to.actions) {
        const auto it = actionsBefore.constFind(a.id);
        if (it == actionsBefore.constEnd())
            d.actionsAdded << a;
        else if (!it->done && a.done)
            d.actionsClosed << a;
    }
    return d;
}

bool SnapshotDiff::isEmpty() const
{
    return resultsChanged.isEmpty() && evidenceAdded.isEmpty() && evidenceRemoved.isEmpty() &&
           evidenceExpired.isEmpty() && actionsClosed.isEmpty() && actionsAdded.isEmpty() &&
           scoreBefore == scoreAfter && verdictBefore == verdictAfter;
}

} // namespace seqohs
