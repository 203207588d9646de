#include "workspacestate.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>
#include <functional>

namespace test {
namespace {

// Runs fn on a read-only connection of its own to path, removed again afterwards.
void withConnection(const QString &path, const std::function<void(QSqlDatabase &)> &fn)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("workspace-state-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        INFO(path.toStdString());
        REQUIRE(db.open());
        fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString text(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.metaType().id() == QMetaType::QByteArray) {
        return QStringLiteral("bytes:") +
               QString::fromLatin1(
                   QCryptographicHash::hash(value.toByteArray(), QCryptographicHash::Sha256)
                       .toHex());
    }
    return value.toString();
}

} // namespace

QStringList workspaceState(const QString &path)
{
    QStringList rows;
    withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery tables(db);
        REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY name")));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        REQUIRE(names.contains(QStringLiteral("evidence")));
        for (const QString &table : std::as_const(names)) {
            // The trail and the row digests record how the file came to be, not what it holds:
            // content put back may take a new number, and its digest with it.
            if (table == QLatin1String("audit") || table == QLatin1String("row_digest"))
                continue;
            // Stored content is known by its hash, not by the number the store happened to
            // give it: putting content back may number it anew, and nothing outside the store
            // sees that number.
            const QSqlRecord columns = db.record(table);
            QStringList select;
            for (int c = 0; c < columns.count(); ++c) {
                const QString column = columns.fieldName(c);
                if (table == QLatin1String("blob") && column == QLatin1String("id"))
                    continue;
                if (column == QLatin1String("blob_id")) {
                    select << QStringLiteral("(SELECT sha256 FROM blob WHERE blob.id = "
                                             "\"%1\".blob_id) AS blob")
                                  .arg(table);
                } else {
                    select << QLatin1Char('"') + column + QLatin1Char('"');
                }
            }
            QStringList order;
            for (int c = 1; c <= select.size(); ++c)
                order << QString::number(c);
            QSqlQuery q(db);
            INFO(table.toStdString());
            REQUIRE(q.exec(
                QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                    .arg(select.join(QLatin1Char(',')), table, order.join(QLatin1Char(',')))));
            while (q.next()) {
                const QSqlRecord r = q.record();
                if (table == QLatin1String("meta") &&
                    r.value(0).toString().startsWith(QLatin1String("workspace.audit_")))
                    continue;
                QStringList cells;
                for (int c = 0; c < r.count(); ++c)
                    cells << r.fieldName(c) + QLatin1Char('=') + text(r.value(c));
                rows << table + QStringLiteral(": ") + cells.join(QStringLiteral(" | "));
            }
        }
    });
    return rows;
}

qint64 auditRowCount(const QString &path)
{
    qint64 n = -1;
    withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit")));
        REQUIRE(q.next());
        n = q.value(0).toLongLong();
    });
    return n;
}

QStringList auditWhatsAfter(const QString &path, qint64 after)
{
    QStringList whats;
    withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT what FROM audit WHERE seq > ? ORDER BY seq"));
        q.addBindValue(after);
        REQUIRE(q.exec());
        while (q.next())
            whats << q.value(0).toString();
    });
    return whats;
}

} // namespace test
