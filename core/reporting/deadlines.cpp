#include "deadlines.h"

#include <algorithm>

namespace seqohs {

QString Deadlines::Deadline::describe() const
{
    return kind == Kind::EvidenceReview ? tr("Review evidence: %1").arg(title)
                                        : tr("Action due: %1").arg(title);
}

QList<Deadlines::Deadline> Deadlines::between(const ScoringInput &input, const QDate &from,
                                              const QDate &to)
{
    QList<Deadline> found;
    const auto inside = [&](const QDate &d) { return d.isValid() && d >= from && d <= to; };
    for (const EvidenceItem &e : input.evidence) {
        if (inside(e.reviewBy))
            found.append(
                {Deadline::Kind::EvidenceReview, e.id, e.title, e.owner, QString(), e.reviewBy});
    }
    for (const Action &a : input.actions) {
        if (a.status != Action::Status::Done && inside(a.due))
            found.append({Deadline::Kind::ActionDue, a.id, a.text, a.owner, a.itemId, a.due});
    }
    std::stable_sort(found.begin(), found.end(), [](const Deadline &a, const Deadline &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.id < b.id;
    });
    return found;
}

Deadlines::Soon Deadlines::dueSoon(const ScoringInput &input, const QDate &today)
{
    Soon soon;
    for (const Deadline &d : between(input, today, today.addDays(90))) {
        const qint64 days = today.daysTo(d.date);
        (days <= 30 ? soon.within30 : days <= 60 ? soon.within60 : soon.within90) << d;
    }
    return soon;
}

QList<Deadlines::Deadline> Deadlines::passedSince(const ScoringInput &input,
                                                  const QDate &lastOpened, const QDate &today)
{
    if (!lastOpened.isValid() || lastOpened >= today)
        return {};
    return between(input, lastOpened, today.addDays(-1));
}

} // namespace seqohs
