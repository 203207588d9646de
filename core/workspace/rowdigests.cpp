#include "rowdigests.h"

#include "sha256.h"
#include "storagekernel.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

#include <array>

namespace seqohs {

namespace {

// A tracked table and the columns of its key (one to three). Every table a person's work lives
// in is here, and blob, whose SHA-256 says what content must be; blob_chunk is checked against
// that hash, and audit has its own chain.
struct Table
{
    const char *name;
    std::array<const char *, 3> key;
    int since = 4; // the first format version that has the table
};

const Table Tables[] = {
    {"profile", {"id", nullptr, nullptr}},
    {"standards_set", {"id", nullptr, nullptr}},
    {"assessment", {"item_id", nullptr, nullptr}},
    {"blob", {"id", nullptr, nullptr}},
    {"evidence", {"id", nullptr, nullptr}},
    {"evidence_version", {"evidence_id", "version", nullptr}},
    {"evidence_link", {"evidence_id", "item_id", nullptr}},
    {"action", {"id", nullptr, nullptr}},
    {"snapshot", {"name", nullptr, nullptr}},
    {"set_history", {"id", nullptr, nullptr}},
    {"archived_assessment", {"history_id", "item_id", nullptr}},
    {"archived_link", {"history_id", "evidence_id", "item_id"}},
    {"archived_action", {"history_id", "action_id", nullptr}},
    {"reconfirmation", {"item_id", nullptr, nullptr}},
    {"pack", {"root_hash", nullptr, nullptr}},
    {"response", {"id", nullptr, nullptr}},
    {"signoff", {"id", nullptr, nullptr}, 5},
    {"assignment", {"member", "scope_id", nullptr}, 6},
    {"meta", {"key", nullptr, nullptr}},
};

QString name(const Table &t)
{
    return QString::fromLatin1(t.name);
}

// The key column i of t as an SQL expression on alias ("NEW", "t"); '' where t has fewer keys.
QString keyExpr(const Table &t, int i, const QString &alias)
{
    if (!t.key[size_t(i)])
        return QStringLiteral("''");
    return alias + QLatin1Char('.') + QString::fromLatin1(t.key[size_t(i)]);
}

// The audit chain keeps its own count and head in meta; the chain protects them, and they change
// with every audit row, which a digest could not record without changing them again.
QString metaCondition(const QString &alias)
{
    QStringList keys;
    for (const QString &k : StorageKernel::chainMetaKeys())
        keys << QLatin1Char('\'') + k + QLatin1Char('\'');
    return alias + QStringLiteral(".key NOT IN (") + keys.join(QLatin1Char(',')) + QLatin1Char(')');
}

bool isMeta(const Table &t)
{
    return qstrcmp(t.name, "meta") == 0;
}

// The digest of one row: the table's name, then each column's type and bytes, so that no two
// different rows hash alike whatever their values hold.
QByteArray valuesDigest(const QByteArray &table, const QVariantList &values)
{
    QByteArray bytes(table);
    bytes.append('\0');
    for (const QVariant &v : values) {
        QByteArray value;
        char tag = 'n';
        if (v.isNull()) {
            tag = 'n';
        } else if (v.typeId() == QMetaType::QByteArray) {
            tag = 'b';
            value = v.toByteArray();
        } else if (v.typeId() == QMetaType::Double) {
            tag = 'r';
            value = QByteArray::number(v.toDouble(), 'g', 17);
        } else if (v.typeId() == QMetaType::QString) {
            tag = 't';
            value = v.toString().toUtf8();
        } else {
            tag = 'i';
            value = QByteArray::number(v.toLongLong());
        }
        bytes.append(tag);
        const quint64 size = qToBigEndian(quint64(value.size()));
        bytes.append(reinterpret_cast<const char *>(&size), sizeof size);
        bytes.append(value);
    }
    return Sha256::hexHash(bytes);
}

QByteArray rowDigest(const Table &t, const QSqlRecord &record, int firstColumn)
{
    QVariantList values;
    for (int i = firstColumn; i < record.count(); ++i)
        values << record.value(i);
    return valuesDigest(QByteArray(t.name), values);
}

// A 256-bit number kept as four 64-bit words, most significant first, for the multiset sum.
struct Sum
{
    std::array<quint64, 4> words{};

    static Sum fromHex(const QByteArray &hex)
    {
        Sum s;
        const QByteArray raw = QByteArray::fromHex(hex);
        if (raw.size() != 32)
            return s;
        for (size_t i = 0; i < 4; ++i)
            s.words[i] = qFromBigEndian<quint64>(raw.constData() + i * 8);
        return s;
    }
    QByteArray toHex() const
    {
        QByteArray raw(32, '\0');
        for (size_t i = 0; i < 4; ++i)
            qToBigEndian(words[i], raw.data() + i * 8);
        return raw.toHex();
    }
    void add(const QByteArray &hex)
    {
        const Sum o = fromHex(hex);
        quint64 carry = 0;
        for (size_t i = 4; i-- > 0;) {
            const quint64 a = words[i];
            const quint64 partial = a + o.words[i];
            const quint64 total = partial + carry;
            carry = (partial < a || total < partial) ? 1 : 0;
            words[i] = total;
        }
    }
    void subtract(const QByteArray &hex)
    {
        const Sum o = fromHex(hex);
        quint64 borrow = 0;
        for (size_t i = 4; i-- > 0;) {
            const quint64 a = words[i];
            const quint64 partial = a - o.words[i];
            const quint64 total = partial - borrow;
            borrow = (a < o.words[i] || partial < borrow) ? 1 : 0;
            words[i] = total;
        }
    }
};

QString keyText(const QVariantList &keys)
{
    QStringList parts;
    for (const QVariant &k : keys)
        parts << k.toString();
    return parts.join(QChar(0x1f));
}

QString keyShown(const QVariantList &keys)
{
    QStringList parts;
    for (const QVariant &k : keys)
        parts << k.toString();
    return parts.join(QStringLiteral(", "));
}

} // namespace

Status RowDigests::track() const
{
    const QString what = tr("Preparing the workspace failed");
    // No unique key: a trigger's own conflict clause gives way to its statement's, so an upsert
    // would fail on a repeated key; seal() reads the keys distinct instead.
    QStringList sql{QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS touched (tbl TEXT NOT NULL, "
                                   "k1 NOT NULL, k2 NOT NULL, k3 NOT NULL)"),
                    QStringLiteral("CREATE INDEX IF NOT EXISTS temp.touched_key ON touched "
                                   "(tbl, k1, k2, k3)")};
    for (const Table &t : Tables) {
        if (m_kernel.formatVersion() < t.since)
            continue;
        const auto insertKey = [&](const QString &alias) {
            return QStringLiteral("INSERT INTO touched VALUES ('%1', %2, %3, %4);")
                .arg(name(t), keyExpr(t, 0, alias), keyExpr(t, 1, alias), keyExpr(t, 2, alias));
        };
        const auto when = [&](const QString &alias) {
            return isMeta(t) ? QStringLiteral(" WHEN ") + metaCondition(alias) : QString();
        };
        sql << QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS track_%1_insert AFTER INSERT ON "
                              "main.%1%2 BEGIN %3 END")
                   .arg(name(t), when(QStringLiteral("NEW")), insertKey(QStringLiteral("NEW")))
            << QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS track_%1_update AFTER UPDATE ON "
                              "main.%1%2 BEGIN %3 %4 END")
                   .arg(name(t), when(QStringLiteral("NEW")), insertKey(QStringLiteral("OLD")),
                        insertKey(QStringLiteral("NEW")))
            << QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS track_%1_delete AFTER DELETE ON "
                              "main.%1%2 BEGIN %3 END")
                   .arg(name(t), when(QStringLiteral("OLD")), insertKey(QStringLiteral("OLD")));
    }
    for (const QString &statement : sql) {
        if (Expected<QSqlQuery> q = m_kernel.run(statement, {}, what); !q)
            return q.errors();
    }
    return success();
}

Status RowDigests::touchAll() const
{
    for (const Table &t : Tables) {
        if (m_kernel.formatVersion() < t.since)
            continue;
        QString sql =
            QStringLiteral("INSERT INTO temp.touched SELECT '%1', %2, %3, %4 "
                           "FROM main.%1 AS t")
                .arg(name(t), keyExpr(t, 0, QStringLiteral("t")),
                     keyExpr(t, 1, QStringLiteral("t")), keyExpr(t, 2, QStringLiteral("t")));
        if (isMeta(t))
            sql += QStringLiteral(" WHERE ") + metaCondition(QStringLiteral("t"));
        if (Expected<QSqlQuery> q = m_kernel.run(sql, {}, tr("Recording the rows failed")); !q)
            return q.errors();
    }
    return success();
}

Expected<bool> RowDigests::touched(const QStringList &tables) const
{
    QStringList marks;
    QVariantList values;
    for (const QString &t : tables) {
        marks << QStringLiteral("?");
        values << t;
    }
    Expected<QSqlQuery> q =
        m_kernel.run(QStringLiteral("SELECT 1 FROM temp.touched WHERE tbl IN (%1) LIMIT 1")
                         .arg(marks.join(QLatin1Char(','))),
                     values, tr("Recording the change failed"));
    if (!q)
        return q.errors();
    return q->next();
}

Expected<RowDigests::Seal> RowDigests::seal(const QByteArray &previousState) const
{
    const QString what = tr("Recording the change failed");
    Seal seal;
    seal.state = previousState;
    Expected<QSqlQuery> any =
        m_kernel.run(QStringLiteral("SELECT DISTINCT tbl FROM temp.touched"), {}, what);
    if (!any)
        return any.errors();
    QStringList touchedTables;
    while (any->next())
        touchedTables << any->value(0).toString();
    if (touchedTables.isEmpty())
        return seal;
    Sum sum = Sum::fromHex(previousState);
    for (const Table &t : Tables) {
        if (m_kernel.formatVersion() < t.since)
            continue;
        if (!touchedTables.contains(name(t)))
            continue;
        QString join;
        for (int i = 0; i < 3 && t.key[size_t(i)]; ++i) {
            join += QStringLiteral(" AND t.%1 = x.k%2")
                        .arg(QString::fromLatin1(t.key[size_t(i)]))
                        .arg(i + 1);
        }
        Expected<QSqlQuery> q = m_kernel.run(
            QStringLiteral(
                "SELECT x.k1, x.k2, x.k3, d.digest, t.%2 IS NOT NULL, t.* "
                "FROM (SELECT DISTINCT tbl, k1, k2, k3 FROM temp.touched WHERE tbl = ?) x "
                "LEFT JOIN main.row_digest d ON "
                "d.tbl = x.tbl AND d.k1 = x.k1 AND d.k2 = x.k2 AND "
                "d.k3 = x.k3 LEFT JOIN main.%1 t ON 1%3")
                .arg(name(t), QString::fromLatin1(t.key[0]), join),
            {name(t)}, what);
        if (!q)
            return q.errors();
        struct Row
        {
            QVariantList key;
            QByteArray digest; // empty: the row is gone
        };
        QList<Row> rows;
        while (q->next()) {
            seal.changed = true;
            const QByteArray old = q->value(3).toString().toLatin1();
            Row row{{q->value(0), q->value(1), q->value(2)}, QByteArray()};
            if (q->value(4).toBool())
                row.digest = rowDigest(t, q->record(), 5);
            if (!old.isEmpty())
                sum.subtract(old);
            if (!row.digest.isEmpty())
                sum.add(row.digest);
            rows << row;
        }
        for (const Row &row : rows) {
            Expected<QSqlQuery> w =
                row.digest.isEmpty()
                    ? m_kernel.run(QStringLiteral("DELETE FROM main.row_digest WHERE tbl = ? AND "
                                                  "k1 = ? AND k2 = ? AND k3 = ?"),
                                   {name(t), row.key[0], row.key[1], row.key[2]}, what)
                    : m_kernel.run(
                          QStringLiteral("INSERT OR REPLACE INTO main.row_digest "
                                         "(tbl, k1, k2, k3, digest) VALUES (?, ?, ?, ?, ?)"),
                          {name(t), row.key[0], row.key[1], row.key[2],
                           QString::fromLatin1(row.digest)},
                          what);
            if (!w)
                return w.errors();
        }
    }
    if (seal.changed) {
        if (Expected<QSqlQuery> q =
                m_kernel.run(QStringLiteral("DELETE FROM temp.touched"), {}, what);
            !q)
            return q.errors();
    }
    seal.state = sum.toHex();
    return seal;
}

ErrorList RowDigests::problems(const QByteArray &recordedState) const
{
    const QString what = tr("The integrity check could not run");
    const QString path = m_kernel.location();
    const QString hint =
        tr("Restore the workspace from a backup, or keep this file as evidence of the change.");
    constexpr int MaxNamed = 50;
    ErrorList problems;
    int unnamed = 0;
    const auto report = [&](const QString &message, const QString &where) {
        if (problems.size() < MaxNamed)
            problems << Error{message, path, where, hint};
        else
            ++unnamed;
    };
    Sum rowsSum;
    Sum recordSum;
    for (const Table &t : Tables) {
        if (m_kernel.formatVersion() < t.since)
            continue;
        int keys = 0;
        while (keys < 3 && t.key[size_t(keys)])
            ++keys;
        Expected<QSqlQuery> recorded = m_kernel.run(
            QStringLiteral("SELECT k1, k2, k3, digest FROM main.row_digest WHERE tbl = ?"),
            {name(t)}, what);
        if (!recorded) {
            problems << recorded.errors();
            return problems;
        }
        QHash<QString, QByteArray> digests;
        while (recorded->next()) {
            QVariantList key;
            for (int i = 0; i < keys; ++i)
                key << recorded->value(i);
            const QByteArray digest = recorded->value(3).toString().toLatin1();
            digests.insert(keyText(key), digest);
            recordSum.add(digest);
        }
        QString sql = QStringLiteral("SELECT * FROM main.%1 AS t").arg(name(t));
        if (isMeta(t))
            sql += QStringLiteral(" WHERE ") + metaCondition(QStringLiteral("t"));
        Expected<QSqlQuery> rows = m_kernel.run(sql, {}, what);
        if (!rows) {
            problems << rows.errors();
            return problems;
        }
        while (rows->next()) {
            const QSqlRecord record = rows->record();
            QVariantList key;
            for (int i = 0; i < keys; ++i)
                key << record.value(QString::fromLatin1(t.key[size_t(i)]));
            const QByteArray digest = rowDigest(t, record, 0);
            rowsSum.add(digest);
            const QString text = keyText(key);
            const auto found = digests.constFind(text);
            const QString where = tr("table %1, key %2").arg(name(t), keyShown(key));
            if (found == digests.constEnd()) {
                report(tr("Added outside seqohs-tracker: %1.").arg(describe(name(t), key)), where);
            } else {
                if (*found != digest)
                    report(tr("Changed outside seqohs-tracker: %1.").arg(describe(name(t), key)),
                           where);
                digests.erase(found);
            }
        }
        for (auto it = digests.cbegin(); it != digests.cend(); ++it) {
            const QStringList parts = it.key().split(QChar(0x1f));
            QVariantList key(parts.cbegin(), parts.cend());
            report(tr("Removed outside seqohs-tracker: %1.").arg(describe(name(t), key)),
                   tr("table %1, key %2").arg(name(t), keyShown(key)));
        }
    }
    if (unnamed > 0) {
        problems << Error{tr("%n more row(s) differ from their record.", nullptr, unnamed), path,
                          QString(), hint};
    }
    if (problems.isEmpty() &&
        (rowsSum.words != recordSum.words || rowsSum.toHex() != recordedState)) {
        problems << Error{tr("The workspace's rows do not match what the audit trail recorded of "
                             "them: they were changed outside seqohs-tracker, and the record of "
                             "each row was changed to hide it."),
                          path, QStringLiteral("row_digest"), hint};
    }
    return problems;
}

QString RowDigests::describe(const QString &table, const QVariantList &key)
{
    const auto k = [&](int i) { return i < key.size() ? key.at(i).toString() : QString(); };
    if (table == QLatin1String("profile"))
        return tr("the service profile");
    if (table == QLatin1String("standards_set"))
        return tr("the standards set followed");
    if (table == QLatin1String("assessment"))
        return tr("the assessment of %1").arg(k(0));
    if (table == QLatin1String("blob"))
        return tr("the record of stored content %1").arg(k(0));
    if (table == QLatin1String("evidence"))
        return tr("evidence item %1").arg(k(0));
    if (table == QLatin1String("evidence_version"))
        return tr("version %1 of evidence item %2").arg(k(1), k(0));
    if (table == QLatin1String("evidence_link"))
        return tr("the link from evidence item %1 to %2").arg(k(0), k(1));
    if (table == QLatin1String("action"))
        return tr("action %1").arg(k(0));
    if (table == QLatin1String("snapshot"))
        return tr("snapshot '%1'").arg(k(0));
    if (table == QLatin1String("set_history"))
        return tr("the record of earlier standards set %1").arg(k(0));
    if (table == QLatin1String("archived_assessment"))
        return tr("the archived assessment of %1 (earlier set %2)").arg(k(1), k(0));
    if (table == QLatin1String("archived_link"))
        return tr("the archived link from evidence item %1 to %2 (earlier set %3)")
            .arg(k(1), k(2), k(0));
    if (table == QLatin1String("archived_action"))
        return tr("the archived target of action %1 (earlier set %2)").arg(k(1), k(0));
    if (table == QLatin1String("reconfirmation"))
        return tr("the re-confirmation flag of %1").arg(k(0));
    if (table == QLatin1String("pack"))
        return tr("the record of pack %1").arg(k(0));
    if (table == QLatin1String("response"))
        return tr("the record of response %1").arg(k(0));
    if (table == QLatin1String("signoff"))
        return tr("sign-off %1").arg(k(0));
    if (table == QLatin1String("assignment"))
        return tr("the assignment of %1 to %2").arg(k(1), k(0));
    return tr("setting '%1'").arg(k(0));
}

QList<RowDigests::TrackedTable> RowDigests::trackedTables(int formatVersion)
{
    QList<TrackedTable> list;
    for (const Table &t : Tables) {
        if (formatVersion < t.since)
            continue;
        TrackedTable tracked{name(t), {}};
        for (const char *key : t.key) {
            if (key)
                tracked.key << QString::fromLatin1(key);
        }
        list << tracked;
    }
    return list;
}

QByteArray RowDigests::digestOf(const QString &table, const QVariantList &values)
{
    return valuesDigest(table.toLatin1(), values);
}

QByteArray RowDigests::adjusted(const QByteArray &sum, const QByteArray &removed,
                                const QByteArray &added)
{
    Sum s = Sum::fromHex(sum);
    if (!removed.isEmpty())
        s.subtract(removed);
    if (!added.isEmpty())
        s.add(added);
    return s.toHex();
}

} // namespace seqohs
