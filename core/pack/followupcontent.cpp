#include "followupcontent.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace seqohs {

namespace {

const QLatin1String Format("seqohs-follow-up");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

int FollowUpContent::Standard::unanswered() const
{
    int n = 0;
    for (const Answer &a : answers)
        n += a.answer.trimmed().isEmpty() ? 1 : 0;
    return n;
}

const FollowUpContent::Standard *FollowUpContent::standard(const QString &standardId) const
{
    for (const Standard &s : standards) {
        if (s.standardId == standardId)
            return &s;
    }
    return nullptr;
}

int FollowUpContent::unanswered() const
{
    int n = 0;
    for (const Standard &s : standards)
        n += s.unanswered();
    return n;
}

QJsonObject FollowUpContent::toObject() const
{
    QJsonArray standardsJson;
    for (const Standard &s : standards) {
        QJsonArray evidenceJson;
        for (const EvidenceChange &e : s.evidence) {
            // Ids and sizes as strings, as in the manifest.
            QJsonObject o{{QStringLiteral("id"), QString::number(e.id)},
                          {QStringLiteral("kind"), e.kind},
                          {QStringLiteral("change"), e.change},
                          {QStringLiteral("title"), e.title},
                          {QStringLiteral("description"), e.description},
                          {QStringLiteral("items"), QJsonArray::fromStringList(e.items)}};
            if (e.kind == QLatin1String("file")) {
                o.insert(QStringLiteral("path"), e.path);
                o.insert(QStringLiteral("fileName"), e.fileName);
                o.insert(QStringLiteral("sha256"), QString::fromLatin1(e.sha256));
                o.insert(QStringLiteral("version"), QString::number(e.version));
                o.insert(QStringLiteral("baseVersion"), QString::number(e.baseVersion));
            } else if (e.kind == QLatin1String("link")) {
                o.insert(QStringLiteral("url"), e.url);
            } else {
                o.insert(QStringLiteral("statement"), e.statement);
            }
            evidenceJson.append(o);
        }
        QJsonArray assessmentsJson;
        for (const AssessmentChange &a : s.assessments) {
            assessmentsJson.append(
                QJsonObject{{QStringLiteral("itemId"), a.itemId},
                            {QStringLiteral("itemCode"), a.itemCode},
                            {QStringLiteral("before"),
                             QJsonObject{{QStringLiteral("result"), a.resultBefore},
                                         {QStringLiteral("narrative"), a.narrativeBefore},
                                         {QStringLiteral("justification"), a.justificationBefore}}},
                            {QStringLiteral("now"),
                             QJsonObject{{QStringLiteral("result"), a.resultNow},
                                         {QStringLiteral("narrative"), a.narrativeNow},
                                         {QStringLiteral("justification"), a.justificationNow}}}});
        }
        QJsonArray answersJson;
        for (const Answer &a : s.answers) {
            answersJson.append(
                QJsonObject{{QStringLiteral("requiredAction"), a.requiredAction},
                            {QStringLiteral("due"), a.due.toString(Qt::ISODate)},
                            {QStringLiteral("actionId"), QString::number(a.actionId)},
                            {QStringLiteral("status"), a.status},
                            {QStringLiteral("answer"), a.answer}});
        }
        standardsJson.append(QJsonObject{{QStringLiteral("standardId"), s.standardId},
                                         {QStringLiteral("standardCode"), s.standardCode},
                                         {QStringLiteral("standardTitle"), s.standardTitle},
                                         {QStringLiteral("earlierFinding"), s.earlier.toJson()},
                                         {QStringLiteral("evidence"), evidenceJson},
                                         {QStringLiteral("assessments"), assessmentsJson},
                                         {QStringLiteral("answers"), answersJson}});
    }
    return QJsonObject{{QStringLiteral("base"), base},
                       {QStringLiteral("round"), QString::number(round)},
                       {QStringLiteral("response"), response},
                       {QStringLiteral("standards"), standardsJson}};
}

FollowUpContent FollowUpContent::fromObject(const QJsonObject &o)
{
    FollowUpContent c;
    c.base = str(o, "base");
    c.round = str(o, "round").toInt();
    c.response = str(o, "response");
    for (const auto &sv : o.value(QLatin1String("standards")).toArray()) {
        const QJsonObject so = sv.toObject();
        Standard s;
        s.standardId = str(so, "standardId");
        s.standardCode = str(so, "standardCode");
        s.standardTitle = str(so, "standardTitle");
        s.earlier = StandardFinding::fromJson(so.value(QLatin1String("earlierFinding")).toObject());
        for (const auto &ev : so.value(QLatin1String("evidence")).toArray()) {
            const QJsonObject eo = ev.toObject();
            EvidenceChange e;
            e.id = str(eo, "id").toLongLong();
            e.kind = str(eo, "kind");
            e.change = str(eo, "change");
            e.title = str(eo, "title");
            e.description = str(eo, "description");
            e.path = str(eo, "path");
            e.fileName = str(eo, "fileName");
            e.sha256 = str(eo, "sha256").toLatin1();
            e.version = str(eo, "version").toInt();
            e.baseVersion = str(eo, "baseVersion").toInt();
            e.url = str(eo, "url");
            e.statement = str(eo, "statement");
            for (const auto &item : eo.value(QLatin1String("items")).toArray())
                e.items << item.toString();
            s.evidence.append(e);
        }
        for (const auto &av : so.value(QLatin1String("assessments")).toArray()) {
            const QJsonObject ao = av.toObject();
            const QJsonObject before = ao.value(QLatin1String("before")).toObject();
            const QJsonObject now = ao.value(QLatin1String("now")).toObject();
            s.assessments.append(AssessmentChange{
                str(ao, "itemId"), str(ao, "itemCode"), str(before, "result"), str(now, "result"),
                str(before, "narrative"), str(now, "narrative"), str(before, "justification"),
                str(now, "justification")});
        }
        for (const auto &av : so.value(QLatin1String("answers")).toArray()) {
            const QJsonObject ao = av.toObject();
            s.answers.append(
                Answer{str(ao, "requiredAction"), QDate::fromString(str(ao, "due"), Qt::ISODate),
                       str(ao, "actionId").toLongLong(), str(ao, "status"), str(ao, "answer")});
        }
        c.standards.append(s);
    }
    return c;
}

QByteArray FollowUpContent::toJson() const
{
    QJsonObject o = toObject();
    o.insert(QStringLiteral("format"), Format);
    o.insert(QStringLiteral("formatVersion"), FormatVersion);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Expected<FollowUpContent> FollowUpContent::fromJson(const QByteArray &json, const QString &file)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error{tr("The follow-up's list of changes is not valid JSON: %1")
                         .arg(parseError.errorString()),
                     file};
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != Format)
        return Error{tr("This is not a follow-up's list of changes"), file};
    if (o.value(QLatin1String("formatVersion")).toInt() != FormatVersion) {
        return Error{tr("The follow-up was written in a newer format (version %1)")
                         .arg(o.value(QLatin1String("formatVersion")).toInt()),
                     file, QString(), tr("Open it with a newer version of seqohs-tracker.")};
    }
    return fromObject(o);
}

} // namespace seqohs
