#pragma once

#include <QString>

#include <optional>

namespace seqohs {

// Whether meeting a criterion is a legal duty ("must"), expected good practice ("should"),
// or not stated by the set's source ("unspecified").
enum class Level { Must, Should, Unspecified };

QString levelToString(Level level);                        // "must", "should", "unspecified"
std::optional<Level> levelFromString(const QString &text); // nullopt for anything else

// How fresh evidence for a criterion must be. Zero means "no rule".
struct CurrencyRule
{
    int coverMonths = 0;   // evidence must cover at least the last N months
    int refreshMonths = 0; // evidence older than N months (by document date) needs refreshing

    bool isEmpty() const { return coverMonths == 0 && refreshMonths == 0; }
    bool operator==(const CurrencyRule &) const = default;
};

} // namespace seqohs
