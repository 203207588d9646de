#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace seqohs {

// How an action repeats: not at all, every N months, or every year on one day. Completing an
// occurrence makes the next (see ActionChange), so a yearly audit or a three-monthly check
// stays on the plan for the whole accreditation.
class Recurrence
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::Recurrence)

public:
    enum class Kind { None, EveryMonths, Yearly };

    Recurrence() = default;
    static Recurrence everyMonths(int months);
    static Recurrence yearlyOn(int month, int day);

    Kind kind() const { return m_kind; }
    bool repeats() const { return m_kind != Kind::None; }
    int months() const { return m_months; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    // "" (none), "every-months:N" (1 to 60) or "yearly:MM-DD"; nullopt for anything else.
    static std::optional<Recurrence> fromString(const QString &text);
    QString toString() const;
    // For people: "Every 3 months", "Every year on 31 March".
    QString describe() const;

    // The next occurrence's due date after one due on `due` (or, without a due date, completed
    // on `completed`): the same day N months on, or the next such day of the year; never on
    // or before the completion day, so that a late completion does not leave the next one
    // overdue already. An invalid date when the action does not repeat.
    QDate nextDue(const QDate &due, const QDate &completed) const;

    bool operator==(const Recurrence &) const = default;

private:
    QDate yearlyDateIn(int year) const;

    Kind m_kind = Kind::None;
    int m_months = 0;
    int m_month = 0;
    int m_day = 0;
};

} // namespace seqohs
