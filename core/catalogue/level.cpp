#include "level.h"

namespace seqohs {

QString levelToString(Level level)
{
    switch (level) {
    case Level::Must:
        return QStringLiteral("must");
    case Level::Should:
        return QStringLiteral("should");
    case Level::Unspecified:
        break;
    }
    return QStringLiteral("unspecified");
}

std::optional<Level> levelFromString(const QString &text)
{
    if (text == QLatin1String("must"))
        return Level::Must;
    if (text == QLatin1String("should"))
        return Level::Should;
    if (text == QLatin1String("unspecified"))
        return Level::Unspecified;
    return std::nullopt;
}

} // namespace seqohs
