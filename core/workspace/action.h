#pragma once

#include "recurrence.h"

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
    Recurrence recurrence;
    qint64 follows = 0; // the occurrence whose completion made this one; 0 for the first
    // The service's answer to a required action, which the next follow-up pack carries to the
    // assessor; empty while unanswered.
    QString answer;

    bool isOverdueOn(const QDate &date) const
    {
        return status != Status::Done && due.isValid() && due < date;
    }

    bool operator==(const Action &) const = default;
};

QString actionStatusToString(Action::Status status); // "open", "in-progress", "done"
std::optional<Action::Status> actionStatusFromString(const QString &text);
QString actionStatusDisplayName(Action::Status status); // "Open", "In progress", "Done"

} // namespace seqohs
