#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace seqohs {

// The tables a workspace file and a team workspace both hold (format 6), as moving a workspace
// between them copies them: each table's columns in the file's order and its key, in an order
// where every row's references are copied before it. The server's own columns (row_version,
// created_by, key_types) and tables are not among them.
class ServerTables
{
public:
    struct Table
    {
        QString name;
        QStringList columns;
        QStringList key;
    };

    static const QList<Table> &all();

    // "SELECT "col", ... FROM "name" ORDER BY key" (names quoted as both engines read them).
    static QString selectSql(const Table &table);
    // "INSERT INTO "name" ("col", ...) VALUES (?, ...)".
    static QString insertSql(const Table &table);

    // The value in column of the current row, as it is to be written elsewhere: NULL only where
    // the row holds NULL, and an empty text or byte string as empty rather than NULL (QtSql
    // reads both the same way, and a NOT NULL column refuses one of them).
    static QVariant valueAt(const QSqlQuery &query, int column);
};

} // namespace seqohs
