#include "action.h"

#include <QCoreApplication>

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

QString actionStatusDisplayName(Action::Status status)
{
    switch (status) {
    case Action::Status::Open:
        return QCoreApplication::translate("seqohs", "Open");
    case Action::Status::InProgress:
        return QCoreApplication::translate("seqohs", "In progress");
    case Action::Status::Done:
        break;
    }
    return QCoreApplication::translate("seqohs", "Done");
}

} // namespace seqohs
