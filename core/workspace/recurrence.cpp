#include "recurrence.h"

#include <QLocale>
#include <QRegularExpression>

namespace seqohs {

Recurrence Recurrence::everyMonths(int months)
{
    Recurrence r;
    if (months < 1 || months > 60)
        return r;
    r.m_kind = Kind::EveryMonths;
    r.m_months = months;
    return r;
}

Recurrence Recurrence::yearlyOn(int month, int day)
{
    Recurrence r;
    // Checked against a leap year, so that 29 February is allowed (it falls on the 28th in
    // other years).
    if (!QDate(2024, month, day).isValid())
        return r;
    r.m_kind = Kind::Yearly;
    r.m_month = month;
    r.m_day = day;
    return r;
}

std::optional<Recurrence> Recurrence::fromString(const QString &text)
{
    if (text.isEmpty())
        return Recurrence();
    static const QRegularExpression months(QStringLiteral("^every-months:(\\d{1,2})$"));
    static const QRegularExpression yearly(QStringLiteral("^yearly:(\\d{2})-(\\d{2})$"));
    if (const auto m = months.match(text); m.hasMatch()) {
        const Recurrence r = everyMonths(m.captured(1).toInt());
        return r.repeats() ? std::optional<Recurrence>(r) : std::nullopt;
    }
    if (const auto m = yearly.match(text); m.hasMatch()) {
        const Recurrence r = yearlyOn(m.captured(1).toInt(), m.captured(2).toInt());
        return r.repeats() ? std::optional<Recurrence>(r) : std::nullopt;
    }
    return std::nullopt;
}

QString Recurrence::toString() const
{
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::EveryMonths:
        return QStringLiteral("every-months:%1").arg(m_months);
    case Kind::Yearly:
        return QStringLiteral("yearly:%1-%2")
            .arg(m_month, 2, 10, QLatin1Char('0'))
            .arg(m_day, 2, 10, QLatin1Char('0'));
    }
    return QString();
}

QString Recurrence::describe() const
{
    switch (m_kind) {
    case Kind::None:
        return tr("Does not repeat");
    case Kind::EveryMonths:
        return m_months == 12 ? tr("Every year") : tr("Every %n month(s)", nullptr, m_months);
    case Kind::Yearly:
        return tr("Every year on %1")
            .arg(QLocale().toString(QDate(2024, m_month, m_day), QStringLiteral("d MMMM")));
    }
    return QString();
}

QDate Recurrence::yearlyDateIn(int year) const
{
    const QDate date(year, m_month, m_day);
    return date.isValid() ? date : QDate(year, m_month, m_day - 1);
}

QDate Recurrence::nextDue(const QDate &due, const QDate &completed) const
{
    const QDate from = due.isValid() ? due : completed;
    if (!repeats() || !from.isValid())
        return QDate();
    const auto step = [this](const QDate &d) {
        if (m_kind == Kind::EveryMonths)
            return d.addMonths(m_months);
        QDate next = yearlyDateIn(d.year());
        return next > d ? next : yearlyDateIn(d.year() + 1);
    };
    QDate next = step(from);
    while (completed.isValid() && next <= completed)
        next = step(next);
    return next;
}

} // namespace seqohs
