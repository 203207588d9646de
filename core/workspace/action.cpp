#include "action.h"

namespace seqohs {

QString actionStatusToString(Action::Status status)
{
    switch (status) {
    case Action::Status::Open:
        return QStringLiteral("open");
    case Action::Status::InProgress:
        return QStringLiteral("in-progress");
    case Action::Status::Done:
        break;
    }
    return QStringLiteral("done");
}

std::optional<Action::Status> actionStatusFromString(const QString &text)
{
    if (text == QLatin1String("open"))
        return Action::Status::Open;
    if (text == QLatin1String("in-progress"))
        return Action::Status::InProgress;
    if (text == QLatin1String("done"))
        return Action::Status::Done;
    return std::nullopt;
}

} // namespace seqohs
