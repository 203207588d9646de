#include "rowcursor.h"

#include <QStringList>

namespace seqohs {

namespace {

// Digits at text[from, from + count), or -1.
int digits(const QString &text, qsizetype from, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(from + i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

// "2026-03-31" read directly: Qt's general parser costs more than the rest of reading a row.
QDate fastDate(const QString &text)
{
    if (text.size() < 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return {};
    const int y = digits(text, 0, 4);
    const int m = digits(text, 5, 2);
    const int d = digits(text, 8, 2);
    return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d);
}

} // namespace

QDate RowCursor::date(int column) const
{
    if (isNull(column))
        return {};
    const QString t = text(column);
    if (t.size() == 10) {
        if (const QDate d = fastDate(t); d.isValid())
            return d;
    }
    return QDate::fromString(t, Qt::ISODate);
}

QDateTime RowCursor::time(int column) const
{
    if (isNull(column))
        return {};
    const QString t = text(column);
    // "2026-03-31T09:30:00.000Z", as SqlValues writes every time.
    if (t.size() == 24 && t.at(10) == QLatin1Char('T') && t.at(13) == QLatin1Char(':') &&
        t.at(16) == QLatin1Char(':') && t.at(19) == QLatin1Char('.') &&
        t.at(23) == QLatin1Char('Z')) {
        const QDate d = fastDate(t);
        const int h = digits(t, 11, 2);
        const int mi = digits(t, 14, 2);
        const int s = digits(t, 17, 2);
        const int ms = digits(t, 20, 3);
        if (d.isValid() && h >= 0 && mi >= 0 && s >= 0 && ms >= 0) {
            const QTime time(h, mi, s, ms);
            if (time.isValid())
                return QDateTime(d, time, Qt::UTC);
        }
    }
    return QDateTime::fromString(t, Qt::ISODateWithMs).toUTC();
}

} // namespace seqohs
