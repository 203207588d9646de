#include "actionstore.h"

#include "sqlvalues.h"
#include "storagekernel.h"

#include <QSqlError>
#include <QSqlQuery>

namespace seqohs {

namespace {

// A file older than format 4, read without upgrading, has no repeating actions; one older than
// format 5 no answers.
QString select(const StorageKernel &kernel)
{
    if (kernel.formatVersion() >= 5)
        return QStringLiteral("SELECT id, text, item_id, owner, due, status, completed, source, "
                              "recurrence, follows, answer, %1 FROM action")
            .arg(kernel.versionColumn());
    return kernel.formatVersion() >= 4
               ? QStringLiteral("SELECT id, text, item_id, owner, due, status, completed, source, "
                                "recurrence, follows, '' FROM action")
               : QStringLiteral("SELECT id, text, item_id, owner, due, status, completed, source, "
                                "'', 0, '' FROM action");
}

Expected<Action> readRow(const QSqlQuery &q, const QString &location)
{
    Action a;
    a.id = q.value(0).toLongLong();
    const std::optional<Action::Status> status = actionStatusFromString(q.value(5).toString());
    if (!status) {
        return Error{QCoreApplication::translate("ActionStore",
                                                 "Action %1 has a status this version does not "
                                                 "know ('%2').")
                         .arg(a.id)
                         .arg(q.value(5).toString()),
                     location, QString(),
                     QCoreApplication::translate("ActionStore",
                                                 "The file was changed outside seqohs-tracker or "
                                                 "by a newer version: restore it from a backup.")};
    }
    a.text = q.value(1).toString();
    a.itemId = q.value(2).toString();
    a.owner = q.value(3).toString();
    a.due = SqlValues::toDate(q.value(4));
    a.status = *status;
    a.completed = SqlValues::toDate(q.value(6));
    a.source = q.value(7).toString();
    const std::optional<Recurrence> recurrence = Recurrence::fromString(q.value(8).toString());
    if (!recurrence) {
        return Error{QCoreApplication::translate("ActionStore",
                                                 "Action %1 repeats in a way this version does "
                                                 "not know ('%2').")
                         .arg(a.id)
                         .arg(q.value(8).toString()),
                     location, QString(),
                     QCoreApplication::translate("ActionStore",
                                                 "The file was changed outside seqohs-tracker or "
                                                 "by a newer version: restore it from a backup.")};
    }
    a.recurrence = *recurrence;
    a.follows = q.value(9).toLongLong();
    a.answer = q.value(10).toString();
    return a;
}

} // namespace

void ActionStore::noteVersion(const QSqlQuery &q, qint64 id) const
{
    if (m_kernel.formatVersion() >= 5)
        m_kernel.noteVersion(QStringLiteral("action"), QString::number(id),
                             q.value(11).toLongLong());
}

Expected<QList<Action>> ActionStore::all() const
{
    Expected<QSqlQuery> q = m_kernel.run(select(m_kernel) + QLatin1String(" ORDER BY id"), {},
                                         tr("Reading the actions failed"));
    if (!q)
        return q.errors();
    QList<Action> list;
    while (q->next()) {
        Expected<Action> a = readRow(*q, m_kernel.location());
        if (!a)
            return a.errors();
        noteVersion(*q, a->id);
        list << *a;
    }
    return list;
}

Expected<std::optional<Action>> ActionStore::find(qint64 id) const
{
    Expected<QSqlQuery> q = m_kernel.run(select(m_kernel) + QLatin1String(" WHERE id = ?"), {id},
                                         tr("Reading the action failed"));
    if (!q)
        return q.errors();
    if (!q->next())
        return std::optional<Action>();
    Expected<Action> a = readRow(*q, m_kernel.location());
    if (!a)
        return a.errors();
    noteVersion(*q, a->id);
    return std::optional<Action>(*a);
}

Expected<std::optional<Action>> ActionStore::follower(qint64 id) const
{
    if (m_kernel.formatVersion() < 4)
        return std::optional<Action>();
    Expected<QSqlQuery> q =
        m_kernel.run(select(m_kernel) + QLatin1String(" WHERE follows = ? ORDER BY id LIMIT 1"),
                     {id}, tr("Reading the action failed"));
    if (!q)
        return q.errors();
    if (!q->next())
        return std::optional<Action>();
    Expected<Action> a = readRow(*q, m_kernel.location());
    if (!a)
        return a.errors();
    return std::optional<Action>(*a);
}

Expected<QHash<qint64, QString>> ActionStore::archivedItems(qint64 historyId) const
{
    if (m_kernel.formatVersion() < 2)
        return QHash<qint64, QString>();
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("SELECT action_id, item_id FROM archived_action WHERE history_id = ?"),
        {historyId}, tr("Reading the archived actions failed"));
    if (!q)
        return q.errors();
    QHash<qint64, QString> items;
    while (q->next())
        items.insert(q->value(0).toLongLong(), q->value(1).toString());
    return items;
}

Status ActionStore::insert(Action &a)
{
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("INSERT INTO action (text, item_id, owner, due, status, "
                       "completed, source, recurrence, follows, answer) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?) RETURNING id"),
        {a.text, a.itemId, a.owner, SqlValues::date(a.due), actionStatusToString(a.status),
         SqlValues::date(a.completed), a.source, a.recurrence.toString(), a.follows, a.answer},
        tr("Adding the action failed"));
    if (!q)
        return q.errors();
    if (!q->next())
        return m_kernel.sqlError(q->lastError(), tr("Adding the action failed"));
    a.id = q->value(0).toLongLong();
    return success();
}

Status ActionStore::restore(const Action &a)
{
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("INSERT INTO action (id, text, item_id, owner, due, status, "
                       "completed, source, recurrence, follows, answer) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?)"),
        {a.id, a.text, a.itemId, a.owner, SqlValues::date(a.due), actionStatusToString(a.status),
         SqlValues::date(a.completed), a.source, a.recurrence.toString(), a.follows, a.answer},
        tr("Restoring the action failed"));
    return q ? success() : Status(q.errors());
}

Status ActionStore::update(const Action &a)
{
    const QString what = tr("Saving the action failed");
    const QString key = QString::number(a.id);
    if (Status ok =
            m_kernel.checkVersion(QStringLiteral("action"), QStringLiteral("id"), key, what);
        !ok)
        return ok;
    Expected<QSqlQuery> q =
        m_kernel.run(QStringLiteral("UPDATE action SET text = ?, item_id = ?, owner = ?, due = ?, "
                                    "status = ?, completed = ?, source = ?, recurrence = ?, "
                                    "follows = ?, answer = ? WHERE id = ?"),
                     {a.text, a.itemId, a.owner, SqlValues::date(a.due),
                      actionStatusToString(a.status), SqlValues::date(a.completed), a.source,
                      a.recurrence.toString(), a.follows, a.answer, a.id},
                     what);
    if (!q)
        return q.errors();
    return m_kernel.checkUpdated(*q, QStringLiteral("action"), QStringLiteral("id"), key, what);
}

Status ActionStore::repoint(qint64 id, const QString &itemId)
{
    Expected<QSqlQuery> q =
        m_kernel.run(QStringLiteral("UPDATE action SET item_id = ? WHERE id = ?"), {itemId, id},
                     tr("Saving the action failed"));
    return q ? success() : Status(q.errors());
}

Status ActionStore::remove(qint64 id)
{
    Expected<QSqlQuery> q = m_kernel.run(QStringLiteral("DELETE FROM action WHERE id = ?"), {id},
                                         tr("Removing the action failed"));
    return q ? success() : Status(q.errors());
}

} // namespace seqohs
