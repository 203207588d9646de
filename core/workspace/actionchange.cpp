#include "actionchange.h"

#include "actionstore.h"
#include "auditjson.h"
#include "common/clock.h"
#include "storagekernel.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace seqohs {

namespace {

QString target(qint64 id)
{
    return QStringLiteral("action:%1").arg(id);
}

} // namespace

Expected<Action> ActionChange::existing(qint64 id) const
{
    Expected<std::optional<Action>> action = m_reported(m_actions.find(id));
    if (!action)
        return action.errors();
    if (!*action) {
        return Error{tr("There is no action %1.").arg(id), m_kernel.location(), QString(),
                     tr("List the actions to see the ids.")};
    }
    return **action;
}

Status ActionChange::validate(const Action &action) const
{
    if (action.text.trimmed().isEmpty()) {
        return Error{tr("An action needs a text."), m_kernel.location(), QString(),
                     tr("Say what is to be done.")};
    }
    if (!action.itemId.isEmpty())
        return m_checkItem(action.itemId);
    return success();
}

Expected<qint64> ActionChange::add(Action action)
{
    if (Status valid = validate(action); !valid)
        return valid.errors();
    if (action.status == Action::Status::Done && !action.completed.isValid())
        action.completed = Clock::today();
    Status done = m_kernel.transact(tr("Adding the action failed"), [&]() -> Status {
        if (Status stored = m_actions.insert(action); !stored)
            return stored;
        return m_kernel.audit(QStringLiteral("action.add"), target(action.id), QJsonObject(),
                              AuditJson::of(action));
    });
    if (!done)
        return done.errors();
    return action.id;
}

Action ActionChange::nextOccurrence(const Action &done)
{
    Action next;
    next.text = done.text;
    next.itemId = done.itemId;
    next.owner = done.owner;
    next.source = done.source;
    next.recurrence = done.recurrence;
    next.due = done.recurrence.nextDue(done.due, done.completed);
    next.follows = done.id;
    return next;
}

Expected<ActionChange::Updated> ActionChange::update(const Action &given)
{
    Expected<Action> before = existing(given.id);
    if (!before)
        return before.errors();
    if (Status valid = validate(given); !valid)
        return valid.errors();
    Action after = given;
    if (after.status == Action::Status::Done && !after.completed.isValid())
        after.completed = Clock::today();
    if (after.status != Action::Status::Done)
        after.completed = QDate();
    if (after == *before)
        return Updated{};
    const bool completed =
        before->status != Action::Status::Done && after.status == Action::Status::Done;
    const bool reopened =
        before->status == Action::Status::Done && after.status != Action::Status::Done;
    std::optional<Action> follower;
    if ((completed && after.recurrence.repeats()) || (reopened && before->recurrence.repeats())) {
        Expected<std::optional<Action>> found = m_reported(m_actions.follower(after.id));
        if (!found)
            return found.errors();
        follower = *found;
    }
    Updated updated{true, 0, 0};
    Status done = m_kernel.transact(tr("Saving the action failed"), [&]() -> Status {
        if (Status stored = m_actions.update(after); !stored)
            return stored;
        if (Status audited = m_kernel.audit(QStringLiteral("action.update"), target(after.id),
                                            AuditJson::of(*before), AuditJson::of(after));
            !audited)
            return audited;
        if (completed && after.recurrence.repeats() && !follower) {
            Action next = nextOccurrence(after);
            if (Status stored = m_actions.insert(next); !stored)
                return stored;
            updated.nextAdded = next.id;
            return m_kernel.audit(QStringLiteral("action.add"), target(next.id), QJsonObject(),
                                  AuditJson::of(next));
        }
        if (reopened && follower) {
            // Taken back only while it is exactly as completing made it.
            Action expected = nextOccurrence(*before);
            expected.id = follower->id;
            if (!(*follower == expected))
                return success();
            if (Status removed = m_actions.remove(follower->id); !removed)
                return removed;
            updated.nextRemoved = follower->id;
            return m_kernel.audit(QStringLiteral("action.remove"), target(follower->id),
                                  AuditJson::of(*follower), QJsonObject());
        }
        return success();
    });
    if (!done)
        return done.errors();
    return updated;
}

Status ActionChange::restore(const Action &action)
{
    Expected<std::optional<Action>> existing = m_reported(m_actions.find(action.id));
    if (!existing)
        return existing.errors();
    if (*existing) {
        return Error{tr("Action %1 cannot be put back: the id is in use.").arg(action.id),
                     m_kernel.location(), QString(), tr("Undo the later additions first.")};
    }
    if (Status valid = validate(action); !valid)
        return valid;
    return m_kernel.transact(tr("Restoring the action failed"), [&]() -> Status {
        if (Status stored = m_actions.restore(action); !stored)
            return stored;
        return m_kernel.audit(QStringLiteral("action.restore"), target(action.id), QJsonObject(),
                              AuditJson::of(action));
    });
}

Status ActionChange::remove(qint64 id)
{
    Expected<Action> before = existing(id);
    if (!before)
        return before.errors();
    return m_kernel.transact(tr("Removing the action failed"), [&]() -> Status {
        if (Status removed = m_actions.remove(id); !removed)
            return removed;
        return m_kernel.audit(QStringLiteral("action.remove"), target(id), AuditJson::of(*before),
                              QJsonObject());
    });
}

} // namespace seqohs
