#include "readinessthresholds.h"

#include <QCoreApplication>

#include <cmath>

namespace seqohs {

namespace {

int points(double share)
{
    return int(std::lround(share * 100.0));
}

} // namespace

ReadinessThresholds::Band ReadinessThresholds::band(std::optional<double> score)
{
    if (!score)
        return Band::None;
    if (*score >= NearlyReadyScore)
        return Band::Good;
    if (*score >= FairScore)
        return Band::Fair;
    return Band::Poor;
}

QString ReadinessThresholds::bandLabel(Band band)
{
    switch (band) {
    case Band::Good:
        return QCoreApplication::translate("seqohs", "%1% or more").arg(points(NearlyReadyScore));
    case Band::Fair:
        return QCoreApplication::translate("seqohs", "%1% to %2%")
            .arg(points(FairScore))
            .arg(points(NearlyReadyScore) - 1);
    case Band::Poor:
        return QCoreApplication::translate("seqohs", "Below %1%").arg(points(FairScore));
    case Band::None:
        break;
    }
    return {};
}

} // namespace seqohs
