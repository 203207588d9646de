#include "setstore.h"

#include "catalogue/standardsformat.h"
#include "sqlvalues.h"
#include "storagekernel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace seqohs {

namespace {

QList<Reconfirmation::Source> sourcesFromJson(const QString &json)
{
    QList<Reconfirmation::Source> sources;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &v : array) {
        const QJsonObject o = v.toObject();
        sources << Reconfirmation::Source{o.value(QStringLiteral("itemId")).toString(),
                                          o.value(QStringLiteral("code")).toString(),
                                          o.value(QStringLiteral("relation")).toString(),
                                          o.value(QStringLiteral("result")).toString()};
    }
    return sources;
}

const QLatin1String ReconfirmationSelect(
    "SELECT item_id, history_id, reason, suggested_result, sources, flagged FROM reconfirmation");

Reconfirmation readReconfirmation(const QSqlQuery &q)
{
    Reconfirmation r;
    r.itemId = q.value(0).toString();
    r.historyId = q.value(1).toLongLong();
    r.reason = q.value(2).toString();
    r.suggestedResult = q.value(3).toString();
    r.sources = sourcesFromJson(q.value(4).toString());
    r.flagged = SqlValues::toTime(q.value(5));
    return r;
}

Status done(const Expected<QSqlQuery> &q)
{
    return q ? success() : Status(q.errors());
}

} // namespace

QJsonArray SetStore::sourcesJson(const QList<Reconfirmation::Source> &sources)
{
    QJsonArray array;
    for (const Reconfirmation::Source &s : sources) {
        array.append(QJsonObject{{QStringLiteral("itemId"), s.itemId},
                                 {QStringLiteral("code"), s.code},
                                 {QStringLiteral("relation"), s.relation},
                                 {QStringLiteral("result"), s.result}});
    }
    return array;
}

Expected<SetStore::Stored> SetStore::current() const
{
    Expected<QSqlQuery> q =
        m_kernel.run(QStringLiteral("SELECT json, content_hash FROM standards_set WHERE id = 1"),
                     {}, tr("Reading the standards set failed"));
    if (!q)
        return q.errors();
    if (!q->next()) {
        return Error{tr("The workspace does not record its standards set."), m_kernel.location(),
                     QString(), tr("Restore it from a backup.")};
    }
    return Stored{q->value(0).toString().toUtf8(), q->value(1).toString()};
}

Status SetStore::insertCurrent(const StandardsSet &set)
{
    return done(
        m_kernel.run(QStringLiteral("INSERT INTO standards_set (id, set_id, version, "
                                    "content_hash, json) VALUES (1, ?, ?, ?, ?)"),
                     {set.id, set.version, QString::fromLatin1(StandardsFormat::contentHash(set)),
                      StandardsFormat::write(set)},
                     tr("Saving the standards set failed")));
}

Status SetStore::replaceCurrent(const StandardsSet &set)
{
    return done(
        m_kernel.run(QStringLiteral("UPDATE standards_set SET set_id = ?, version = ?, "
                                    "content_hash = ?, json = ? WHERE id = 1"),
                     {set.id, set.version, QString::fromLatin1(StandardsFormat::contentHash(set)),
                      StandardsFormat::write(set)},
                     tr("Saving the standards set failed")));
}

Expected<QList<SetHistoryEntry>> SetStore::history() const
{
    if (m_kernel.formatVersion() < 2)
        return QList<SetHistoryEntry>();
    Expected<QSqlQuery> q =
        m_kernel.run(QStringLiteral("SELECT id, set_id, version, title, content_hash, replaced, "
                                    "replaced_by, crosswalk_id FROM set_history ORDER BY id"),
                     {}, tr("Reading the standards set history failed"));
    if (!q)
        return q.errors();
    QList<SetHistoryEntry> list;
    while (q->next()) {
        list << SetHistoryEntry{q->value(0).toLongLong(), q->value(1).toString(),
                                q->value(2).toString(),   q->value(3).toString(),
                                q->value(4).toString(),   SqlValues::toTime(q->value(5)),
                                q->value(6).toString(),   q->value(7).toString()};
    }
    return list;
}

Expected<std::optional<QByteArray>> SetStore::historicJson(qint64 historyId) const
{
    if (m_kernel.formatVersion() < 2)
        return std::optional<QByteArray>();
    Expected<QSqlQuery> q =
        m_kernel.run(QStringLiteral("SELECT json FROM set_history WHERE id = ?"), {historyId},
                     tr("Reading the standards set history failed"));
    if (!q)
        return q.errors();
    if (!q->next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q->value(0).toByteArray());
}

Expected<qint64> SetStore::archiveCurrent(const QString &title, const QString &replacedBy,
                                          const QString &crosswalkId, const QDateTime &when)
{
    const QString what = tr("Archiving the current standards set failed");
    Expected<QSqlQuery> before =
        m_kernel.run(QStringLiteral("SELECT (SELECT COUNT(*) FROM evidence_link), "
                                    "(SELECT COUNT(*) FROM assessment)"),
                     {}, what);
    if (!before || !before->next())
        return before ? Expected<qint64>(Error{what, m_kernel.location()})
                      : Expected<qint64>(before.errors());
    const qint64 linksBefore = before->value(0).toLongLong();
    const qint64 assessmentsBefore = before->value(1).toLongLong();

    Expected<QSqlQuery> h = m_kernel.run(
        QStringLiteral("INSERT INTO set_history (set_id, version, title, content_hash, json, "
                       "replaced, replaced_by, crosswalk_id) SELECT set_id, version, ?, "
                       "content_hash, json, ?, ?, ? FROM standards_set WHERE id = 1 RETURNING id"),
        {title, SqlValues::time(when), replacedBy, crosswalkId}, what);
    if (!h)
        return h.errors();
    if (!h->next())
        return m_kernel.sqlError(h->lastError(), what);
    const qint64 historyId = h->value(0).toLongLong();
    h->finish();
    const QString archive[] = {
        QStringLiteral("INSERT INTO archived_assessment (history_id, item_id, result, workflow, "
                       "narrative, justification, owner, last_reviewed) SELECT ?, item_id, "
                       "result, workflow, narrative, justification, owner, last_reviewed "
                       "FROM assessment"),
        QStringLiteral("INSERT INTO archived_link (history_id, evidence_id, item_id, note) "
                       "SELECT ?, evidence_id, item_id, note FROM evidence_link"),
        QStringLiteral("INSERT INTO archived_action (history_id, action_id, item_id) "
                       "SELECT ?, id, item_id FROM action WHERE item_id <> ''")};
    for (const QString &sql : archive) {
        if (Expected<QSqlQuery> q = m_kernel.run(sql, {historyId}, what); !q)
            return q.errors();
    }
    // The archive must hold every link and assessment before the current ones go.
    Expected<QSqlQuery> count =
        m_kernel.run(QStringLiteral("SELECT (SELECT COUNT(*) FROM archived_link WHERE "
                                    "history_id = ?), (SELECT COUNT(*) FROM archived_assessment "
                                    "WHERE history_id = ?)"),
                     {historyId, historyId}, what);
    if (!count)
        return count.errors();
    if (!count->next() || count->value(0).toLongLong() != linksBefore ||
        count->value(1).toLongLong() != assessmentsBefore) {
        return Error{tr("The old assessments and links could not all be kept."),
                     m_kernel.location(), QString(),
                     tr("Nothing was changed. Check the workspace (use Workspace > Check "
                        "integrity in the window, or "
                        "seqohs-tracker-cli integrity).")};
    }
    return historyId;
}

Expected<QList<Reconfirmation>> SetStore::reconfirmations() const
{
    if (m_kernel.formatVersion() < 2)
        return QList<Reconfirmation>();
    Expected<QSqlQuery> q = m_kernel.run(ReconfirmationSelect + QLatin1String(" ORDER BY item_id"),
                                         {}, tr("Reading the items to re-confirm failed"));
    if (!q)
        return q.errors();
    QList<Reconfirmation> list;
    while (q->next())
        list << readReconfirmation(*q);
    return list;
}

Expected<std::optional<Reconfirmation>> SetStore::reconfirmation(const QString &itemId) const
{
    if (m_kernel.formatVersion() < 2)
        return std::optional<Reconfirmation>();
    Expected<QSqlQuery> q = m_kernel.run(ReconfirmationSelect + QLatin1String(" WHERE item_id = ?"),
                                         {itemId}, tr("Reading the items to re-confirm failed"));
    if (!q)
        return q.errors();
    if (!q->next())
        return std::optional<Reconfirmation>();
    return std::optional<Reconfirmation>(readReconfirmation(*q));
}

Expected<QSet<QString>> SetStore::flaggedItems() const
{
    if (m_kernel.formatVersion() < 2)
        return QSet<QString>();
    Expected<QSqlQuery> q = m_kernel.run(QStringLiteral("SELECT item_id FROM reconfirmation"), {},
                                         tr("Reading the items to re-confirm failed"));
    if (!q)
        return q.errors();
    QSet<QString> ids;
    while (q->next())
        ids.insert(q->value(0).toString());
    return ids;
}

Status SetStore::flag(const Reconfirmation &r)
{
    return done(m_kernel.run(
        QStringLiteral("INSERT INTO reconfirmation (item_id, history_id, reason, "
                       "suggested_result, sources, flagged) VALUES (?, ?, ?, ?, ?, ?)"),
        {r.itemId, r.historyId, r.reason, r.suggestedResult,
         QString::fromUtf8(QJsonDocument(sourcesJson(r.sources)).toJson(QJsonDocument::Compact)),
         SqlValues::time(r.flagged)},
        tr("Flagging the item for re-confirmation failed")));
}

Status SetStore::clearFlag(const QString &itemId)
{
    return done(m_kernel.run(QStringLiteral("DELETE FROM reconfirmation WHERE item_id = ?"),
                             {itemId}, tr("Clearing the re-confirmation failed")));
}

Status SetStore::clearAllFlags()
{
    return done(m_kernel.run(QStringLiteral("DELETE FROM reconfirmation"), {},
                             tr("Clearing the re-confirmations failed")));
}

} // namespace seqohs
