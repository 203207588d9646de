#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace seqohs {

class Workspace;

// The dates a service must not miss, as an iCalendar file (libical) for the calendar its people
// already use: each evidence item's review-by date, each open action's due date, the planned
// assessment visit and the annual return. Every entry is an all-day event with a reminder a
// week before. Its UID is made from the workspace's identity and the entry's own id, so a
// calendar that imports the file again, or subscribes to it, updates the entry instead of adding
// a second one; an entry done or removed is left out.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::CalendarExport)

public:
    struct Options
    {
        QDate today;     // the horizon is counted from here
        int months = 12; // entries dated up to today + months; overdue ones are always in
    };
    struct Calendar
    {
        QByteArray ics;
        int evidenceReviews = 0;
        int actions = 0;
        int serviceDates = 0; // the visit and the annual return

        int events() const { return evidenceReviews + actions + serviceDates; }
    };

    [[nodiscard]] static Expected<Calendar> build(const Workspace &workspace,
                                                  const Options &options);
    // Builds the calendar and writes it atomically: a failure leaves any earlier file as it was.
    [[nodiscard]] static Expected<Calendar> write(const Workspace &workspace, const QString &path,
                                                  const Options &options);
};

} // namespace seqohs
