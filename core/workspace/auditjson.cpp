#include "auditjson.h"

#include "sha256.h"

namespace seqohs {

namespace {
QString jsonDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

QJsonObject AuditJson::of(const ServiceProfile &p)
{
    return QJsonObject{{QStringLiteral("name"), p.name},
                       {QStringLiteral("organisation"), p.organisation},
                       {QStringLiteral("sites"), QJsonArray::fromStringList(p.sites)},
                       {QStringLiteral("servesNhs"), p.servesNhs},
                       {QStringLiteral("extraTags"), QJsonArray::fromStringList(p.extraTags)},
                       {QStringLiteral("plannedAssessment"), jsonDate(p.plannedAssessment)},
                       {QStringLiteral("annualReturn"), jsonDate(p.annualReturn)}};
}

QJsonObject AuditJson::of(const Assessment &a)
{
    return QJsonObject{
        {QStringLiteral("itemId"), a.itemId},
        {QStringLiteral("result"), resultToString(a.result)},
        {QStringLiteral("workflow"), workflowToString(a.workflow)},
        {QStringLiteral("narrative"), a.narrative},
        {QStringLiteral("justification"), a.justification},
        {QStringLiteral("owner"), a.owner},
        {QStringLiteral("lastReviewed"), a.lastReviewed.isValid()
                                             ? a.lastReviewed.toUTC().toString(Qt::ISODateWithMs)
                                             : QString()}};
}

QJsonObject AuditJson::of(const EvidenceItem &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("kind"), evidenceKindToString(e.kind)},
                  {QStringLiteral("title"), e.title},
                  {QStringLiteral("description"), e.description},
                  {QStringLiteral("owner"), e.owner},
                  {QStringLiteral("documentDate"), jsonDate(e.documentDate)},
                  {QStringLiteral("coversFrom"), jsonDate(e.coversFrom)},
                  {QStringLiteral("coversTo"), jsonDate(e.coversTo)},
                  {QStringLiteral("reviewBy"), jsonDate(e.reviewBy)},
                  {QStringLiteral("personalData"), e.personalData}};
    switch (e.kind) {
    case EvidenceItem::Kind::File:
        o.insert(QStringLiteral("fileName"), e.fileName);
        o.insert(QStringLiteral("sha256"), QString::fromLatin1(e.sha256));
        o.insert(QStringLiteral("size"), e.size);
        o.insert(QStringLiteral("version"), e.version);
        break;
    case EvidenceItem::Kind::Link:
        o.insert(QStringLiteral("url"), e.url);
        break;
    case EvidenceItem::Kind::Statement:
        o.insert(QStringLiteral("statement"), e.statement);
        break;
    }
    return o;
}

QJsonObject AuditJson::of(const EvidenceLink &l)
{
    return QJsonObject{{QStringLiteral("evidenceId"), l.evidenceId},
                       {QStringLiteral("itemId"), l.itemId},
                       {QStringLiteral("note"), l.note}};
}

QJsonObject AuditJson::of(const Assignment &a)
{
    return QJsonObject{{QStringLiteral("member"), a.member}, {QStringLiteral("scope"), a.scopeId}};
}

QJsonObject AuditJson::of(const Action &a)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("text"), a.text},
                  {QStringLiteral("itemId"), a.itemId},
                  {QStringLiteral("owner"), a.owner},
                  {QStringLiteral("due"), jsonDate(a.due)},
                  {QStringLiteral("status"), actionStatusToString(a.status)},
                  {QStringLiteral("completed"), jsonDate(a.completed)},
                  {QStringLiteral("source"), a.source},
                  {QStringLiteral("recurrence"), a.recurrence.toString()},
                  {QStringLiteral("follows"), a.follows}};
    // Only when there is one, so that the rows of actions without an answer read as before.
    if (!a.answer.isEmpty())
        o.insert(QStringLiteral("answer"), a.answer);
    return o;
}

QJsonArray AuditJson::of(const QList<EvidenceLink> &links)
{
    QJsonArray array;
    for (const EvidenceLink &l : links)
        array.append(of(l));
    return array;
}

QJsonObject AuditJson::of(const PackRecord &pack)
{
    QJsonObject o{{QStringLiteral("file"), pack.fileName},
                  {QStringLiteral("signer"), pack.signerFingerprint},
                  {QStringLiteral("evidenceFiles"), pack.evidenceFiles},
                  {QStringLiteral("auditCount"), pack.auditCount},
                  {QStringLiteral("auditHead"), pack.auditHead}};
    // Only for follow-ups, so that the rows of full packs read as before.
    if (pack.kind == PackRecord::Kind::FollowUp) {
        o.insert(QStringLiteral("kind"), QStringLiteral("follow-up"));
        o.insert(QStringLiteral("base"), pack.baseRootHash);
    }
    return o;
}

QJsonObject AuditJson::of(const ResponseRecord &response)
{
    return QJsonObject{
        {QStringLiteral("pack"), response.packRootHash},
        {QStringLiteral("actionsAdded"), response.actionsAdded},
        {QStringLiteral("sha256"), QString::fromLatin1(Sha256::hexHash(response.document))}};
}

QJsonObject AuditJson::snapshot(const QString &name, const QByteArray &json)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("sha256"), QString::fromLatin1(Sha256::hexHash(json))}};
}

} // namespace seqohs
