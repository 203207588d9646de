#pragma once

#include <QDate>
#include <QDateTime>

namespace seqohs {

// The one place the core asks for the time, so tests and the demo can fix "today".
class Clock
{
public:
    static QDateTime now();
    static QDate today();

    // Fixes the time returned by now() and today(); an invalid value restores the system clock.
    static void setFixed(const QDateTime &when);
};

} // namespace seqohs
