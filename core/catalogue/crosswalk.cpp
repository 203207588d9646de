#include "crosswalk.h"

namespace seqohs {

QString relationToString(Crosswalk::Relation relation)
{
    switch (relation) {
    case Crosswalk::Relation::Equal:
        return QStringLiteral("equal");
    case Crosswalk::Relation::Subset:
        return QStringLiteral("subset");
    case Crosswalk::Relation::Superset:
        return QStringLiteral("superset");
    case Crosswalk::Relation::Intersect:
        break;
    }
    return QStringLiteral("intersect");
}

std::optional<Crosswalk::Relation> relationFromString(const QString &text)
{
    if (text == QLatin1String("equal"))
        return Crosswalk::Relation::Equal;
    if (text == QLatin1String("subset"))
        return Crosswalk::Relation::Subset;
    if (text == QLatin1String("superset"))
        return Crosswalk::Relation::Superset;
    if (text == QLatin1String("intersect"))
        return Crosswalk::Relation::Intersect;
    return std::nullopt;
}

} // namespace seqohs
