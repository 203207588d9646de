#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace seqohs {

// How the stores put values into rows and read them back: dates as ISO 8601 text, times as UTC
// ISO 8601 with milliseconds, lists as compact JSON arrays. One place, so that every store and
// every engine writes the same text for the same value.
class SqlValues
{
public:
    // Qt SQL binds a null QString as NULL; text columns hold '' instead, and only a QVariant()
    // is NULL.
    static void bind(QSqlQuery &query, const QVariant &value);
    static void bindAll(QSqlQuery &query, const QVariantList &values);

    static QVariant date(const QDate &date);
    static QVariant time(const QDateTime &time);
    static QString list(const QStringList &list);

    static QDate toDate(const QVariant &value);
    static QDateTime toTime(const QVariant &value);
    static QStringList toList(const QVariant &value);
};

} // namespace seqohs
