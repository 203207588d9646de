#include "reviewround.h"

#include <QJsonArray>

namespace seqohs {

const StandardFinding *ReviewRound::earlierFinding(const QString &standardId) const
{
    for (const StandardFinding &f : earlier) {
        if (f.standardId == standardId)
            return &f;
    }
    return nullptr;
}

QJsonObject ReviewRound::toJson() const
{
    QJsonObject o{{QStringLiteral("number"), number},
                  {QStringLiteral("packFile"), packFile},
                  {QStringLiteral("packRootHash"), packRootHash},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("opened"), opened.toUTC().toString(Qt::ISODateWithMs)}};
    if (isFollowUp()) {
        QJsonArray earlierJson;
        for (const StandardFinding &f : earlier)
            earlierJson.append(f.toJson());
        o.insert(QStringLiteral("followUp"), followUp.toObject());
        o.insert(QStringLiteral("earlierFindings"), earlierJson);
    }
    return o;
}

ReviewRound ReviewRound::fromJson(const QJsonObject &o)
{
    ReviewRound r;
    r.number = o.value(QLatin1String("number")).toInt();
    r.packFile = o.value(QLatin1String("packFile")).toString();
    r.packRootHash = o.value(QLatin1String("packRootHash")).toString();
    r.kind = o.value(QLatin1String("kind")).toString();
    r.opened =
        QDateTime::fromString(o.value(QLatin1String("opened")).toString(), Qt::ISODateWithMs);
    if (r.isFollowUp()) {
        r.followUp = FollowUpContent::fromObject(o.value(QLatin1String("followUp")).toObject());
        for (const auto &v : o.value(QLatin1String("earlierFindings")).toArray())
            r.earlier.append(StandardFinding::fromJson(v.toObject()));
    }
    return r;
}

} // namespace seqohs
