#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace seqohs {

// A task that closes a gap.
struct Action
{
    enum class Status { Open, InProgress, Done };

    qint64 id = 0;
    QString text;
    QString itemId; // the assessable item it serves; may be empty
    QString owner;
    QDate due;
    Status status = Status::Open;
    QDate completed;
    QString source; // "" for the service's own, "assessor" for required actions from a response

    bool isOverdueOn(const QDate &date) const
    {
        return status != Status::Done && due.isValid() && due < date;
    }

    bool operator==(const Action &) const = default;
};

QString actionStatusToString(Action::Status status); // "open", "in-progress", "done"
std::optional<Action::Status> actionStatusFromString(const QString &text);

} // namespace seqohs
