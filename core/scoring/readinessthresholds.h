#pragma once

#include <QString>

#include <optional>

namespace seqohs {

// The figures that readiness is judged against, defined once (docs/scoring.md): the verdict,
// the reasons that explain it, the visit plan, the report's text and the charts' colours all
// read them from here.
class ReadinessThresholds
{
public:
    // "Nearly ready" needs at least this score and this evidence coverage (and no unmet must).
    static constexpr double NearlyReadyScore = 0.8;
    static constexpr double NearlyReadyCoverage = 0.8;
    // Below the nearly-ready score, a score of at least this is fair rather than poor: the
    // middle colour band of the charts.
    static constexpr double FairScore = 0.5;

    // The colour band of a score: Good from NearlyReadyScore, Fair from FairScore, Poor below,
    // None without a score.
    enum class Band { Good, Fair, Poor, None };
    static Band band(std::optional<double> score);

    // The band in words for a chart's legend, with the figures above: "80% or more",
    // "50% to 79%", "Below 50%"; empty for None.
    static QString bandLabel(Band band);
};

} // namespace seqohs
