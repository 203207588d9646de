#include "clock.h"

#include <atomic>

namespace seqohs {

namespace {
std::atomic<qint64> g_fixedMsecs{0};
}

QDateTime Clock::now()
{
    const qint64 fixed = g_fixedMsecs.load();
    return fixed != 0 ? QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC)
                      : QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return g_fixedMsecs.load() != 0 ? now().date() : QDate::currentDate();
}

void Clock::setFixed(const QDateTime &when)
{
    g_fixedMsecs.store(when.isValid() ? when.toMSecsSinceEpoch() : 0);
}

} // namespace seqohs
