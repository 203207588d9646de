#include "packcontents.h"

#include "workspace/sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace seqohs {

QByteArray PackContents::digestOf(const EvidenceItem &item)
{
    switch (item.kind) {
    case EvidenceItem::Kind::File:
        return item.sha256;
    case EvidenceItem::Kind::Link:
        return Sha256::hexHash(item.url.toUtf8());
    case EvidenceItem::Kind::Statement:
        return Sha256::hexHash(item.statement.toUtf8());
    }
    return {};
}

PackContents::Evidence PackContents::entryOf(const EvidenceItem &item, QStringList items)
{
    items.sort();
    return Evidence{evidenceKindToString(item.kind),
                    item.kind == EvidenceItem::Kind::File ? item.version : 0, digestOf(item),
                    item.title, items};
}

PackContents::Assessed PackContents::entryOf(const Assessment &assessment)
{
    return Assessed{resultToString(assessment.result), assessment.narrative,
                    assessment.justification};
}

PackContents PackContents::of(const QList<EvidenceItem> &evidence, const QList<EvidenceLink> &links,
                              const QHash<QString, Assessment> &assessments)
{
    QHash<qint64, QStringList> itemsOf;
    for (const EvidenceLink &link : links)
        itemsOf[link.evidenceId].append(link.itemId);
    PackContents c;
    for (const EvidenceItem &item : evidence)
        c.evidence.insert(item.id, entryOf(item, itemsOf.value(item.id)));
    for (auto it = assessments.cbegin(); it != assessments.cend(); ++it)
        c.assessments.insert(it.key(), entryOf(it.value()));
    return c;
}

QByteArray PackContents::toJson() const
{
    QJsonObject evidenceJson;
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        evidenceJson.insert(
            QString::number(it.key()),
            QJsonObject{{QStringLiteral("kind"), it->kind},
                        {QStringLiteral("version"), it->version},
                        {QStringLiteral("sha256"), QString::fromLatin1(it->sha256)},
                        {QStringLiteral("title"), it->title},
                        {QStringLiteral("items"), QJsonArray::fromStringList(it->items)}});
    }
    QJsonObject assessmentsJson;
    for (auto it = assessments.cbegin(); it != assessments.cend(); ++it) {
        QJsonObject a{{QStringLiteral("result"), it->result},
                      {QStringLiteral("narrative"), it->narrative}};
        // Only when there is one, so that what older packs recorded reads back the same.
        if (!it->justification.isEmpty())
            a.insert(QStringLiteral("justification"), it->justification);
        assessmentsJson.insert(it.key(), a);
    }
    QJsonObject o{{QStringLiteral("evidence"), evidenceJson},
                  {QStringLiteral("assessments"), assessmentsJson}};
    if (!scope.isEmpty())
        o.insert(QStringLiteral("scope"), QJsonArray::fromStringList(scope));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Expected<PackContents> PackContents::fromJson(const QByteArray &json, const QString &where)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error{tr("The record of what pack %1 held is damaged: %2")
                         .arg(where, parseError.errorString()),
                     QString(), QString(),
                     tr("Make a full pack (pack create) and send that to your assessor.")};
    }
    const QJsonObject o = doc.object();
    PackContents c;
    const QJsonObject evidenceJson = o.value(QLatin1String("evidence")).toObject();
    for (auto it = evidenceJson.constBegin(); it != evidenceJson.constEnd(); ++it) {
        const QJsonObject e = it.value().toObject();
        Evidence entry;
        entry.kind = e.value(QLatin1String("kind")).toString();
        entry.version = e.value(QLatin1String("version")).toInt();
        entry.sha256 = e.value(QLatin1String("sha256")).toString().toLatin1();
        entry.title = e.value(QLatin1String("title")).toString();
        for (const auto &v : e.value(QLatin1String("items")).toArray())
            entry.items << v.toString();
        c.evidence.insert(it.key().toLongLong(), entry);
    }
    const QJsonObject assessmentsJson = o.value(QLatin1String("assessments")).toObject();
    for (auto it = assessmentsJson.constBegin(); it != assessmentsJson.constEnd(); ++it) {
        const QJsonObject a = it.value().toObject();
        c.assessments.insert(it.key(),
                             Assessed{a.value(QLatin1String("result")).toString(),
                                      a.value(QLatin1String("narrative")).toString(),
                                      a.value(QLatin1String("justification")).toString()});
    }
    for (const auto &v : o.value(QLatin1String("scope")).toArray())
        c.scope << v.toString();
    return c;
}

} // namespace seqohs
