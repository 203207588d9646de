#include "assessmentstore.h"

#include "sqlvalues.h"
#include "storagekernel.h"

#include <QSqlQuery>

namespace seqohs {

namespace {

const QLatin1String
    Columns("item_id, result, workflow, narrative, justification, owner, last_reviewed");

// A value the program never writes is damage, not a default: an unknown result or workflow reads
// as an error naming the item, never as "not assessed".
Expected<Assessment> readRow(const QSqlQuery &q, const QString &location)
{
    Assessment a;
    a.itemId = q.value(0).toString();
    const std::optional<AssessmentResult> result = resultFromString(q.value(1).toString());
    const std::optional<WorkflowStatus> workflow = workflowFromString(q.value(2).toString());
    if (!result || !workflow) {
        return Error{QCoreApplication::translate("AssessmentStore",
                                                 "The assessment of '%1' holds a value this "
                                                 "version does not know ('%2').")
                         .arg(a.itemId, !result ? q.value(1).toString() : q.value(2).toString()),
                     location, QString(),
                     QCoreApplication::translate("AssessmentStore",
                                                 "The file was changed outside seqohs-tracker or "
                                                 "by a newer version: restore it from a backup.")};
    }
    a.result = *result;
    a.workflow = *workflow;
    a.narrative = q.value(3).toString();
    a.justification = q.value(4).toString();
    a.owner = q.value(5).toString();
    a.lastReviewed = SqlValues::toTime(q.value(6));
    return a;
}

Expected<QHash<QString, Assessment>> readAll(Expected<QSqlQuery> q, const QString &location)
{
    if (!q)
        return q.errors();
    QHash<QString, Assessment> all;
    while (q->next()) {
        Expected<Assessment> a = readRow(*q, location);
        if (!a)
            return a.errors();
        all.insert(a->itemId, *a);
    }
    return all;
}

} // namespace

Expected<QHash<QString, Assessment>> AssessmentStore::all() const
{
    Expected<QSqlQuery> q =
        m_kernel.run(QLatin1String("SELECT ") + Columns + QLatin1String(", ") +
                         m_kernel.versionColumn() + QLatin1String(" FROM assessment"),
                     {}, tr("Reading the assessments failed"));
    if (!q)
        return q.errors();
    QHash<QString, Assessment> all;
    while (q->next()) {
        Expected<Assessment> a = readRow(*q, m_kernel.location());
        if (!a)
            return a.errors();
        m_kernel.noteVersion(QStringLiteral("assessment"), a->itemId, q->value(7).toLongLong());
        all.insert(a->itemId, *a);
    }
    return all;
}

Expected<std::optional<Assessment>> AssessmentStore::find(const QString &itemId) const
{
    Expected<QSqlQuery> q = m_kernel.run(QLatin1String("SELECT ") + Columns + QLatin1String(", ") +
                                             m_kernel.versionColumn() +
                                             QLatin1String(" FROM assessment WHERE item_id = ?"),
                                         {itemId}, tr("Reading the assessment failed"));
    if (!q)
        return q.errors();
    if (!q->next()) {
        m_kernel.noteVersion(QStringLiteral("assessment"), itemId, 0); // seen as never assessed
        return std::optional<Assessment>();
    }
    Expected<Assessment> a = readRow(*q, m_kernel.location());
    if (!a)
        return a.errors();
    m_kernel.noteVersion(QStringLiteral("assessment"), itemId, q->value(7).toLongLong());
    return std::optional<Assessment>(*a);
}

Status AssessmentStore::put(const Assessment &a)
{
    const QString what = tr("Saving the assessment failed");
    if (Status ok = m_kernel.checkVersion(QStringLiteral("assessment"), QStringLiteral("item_id"),
                                          a.itemId, what);
        !ok)
        return ok;
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("INSERT INTO assessment (item_id, result, workflow, narrative, "
                       "justification, owner, last_reviewed) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (item_id) DO UPDATE SET result = excluded.result, "
                       "workflow = excluded.workflow, narrative = excluded.narrative, "
                       "justification = excluded.justification, owner = excluded.owner, "
                       "last_reviewed = excluded.last_reviewed"),
        {a.itemId, resultToString(a.result), workflowToString(a.workflow), a.narrative,
         a.justification, a.owner, SqlValues::time(a.lastReviewed)},
        what);
    if (!q)
        return q.errors();
    return m_kernel.checkUpdated(*q, QStringLiteral("assessment"), QStringLiteral("item_id"),
                                 a.itemId, what);
}

Status AssessmentStore::insertAll(const QList<Assessment> &assessments)
{
    for (const Assessment &a : assessments) {
        if (Status ok = put(a); !ok)
            return ok;
    }
    return success();
}

Status AssessmentStore::removeAll()
{
    Expected<QSqlQuery> q = m_kernel.run(QStringLiteral("DELETE FROM assessment"), {},
                                         tr("Removing the assessments failed"));
    return q ? success() : Status(q.errors());
}

Expected<QHash<QString, Assessment>> AssessmentStore::archived(qint64 historyId) const
{
    if (m_kernel.formatVersion() < 2)
        return QHash<QString, Assessment>();
    return readAll(m_kernel.run(QLatin1String("SELECT ") + Columns +
                                    QLatin1String(" FROM archived_assessment WHERE history_id = ?"),
                                {historyId}, tr("Reading the archived assessments failed")),
                   m_kernel.location());
}

} // namespace seqohs
