#include "verdictreasons.h"

#include "scoring/readinessthresholds.h"

#include <QCoreApplication>
#include <QLocale>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

// "1 point" / "7 points": both forms go through translation whole, as the scorer's do, because
// the program ships no plural rules of its own.
QString counted(int n, const char *one, const char *many)
{
    return tr(n == 1 ? one : many).arg(n);
}

int points(double share)
{
    return qRound(share * 100.0);
}

// "73%, 7 points below the 80% needed for nearly ready": the distance as people count it,
// from the rounded figures they see.
QString against(const char *what, const std::optional<double> &share, double threshold)
{
    const int value = share ? points(*share) : 0;
    const int need = points(threshold);
    if (share && *share >= threshold) {
        return QCoreApplication::translate("seqohs", what)
            .arg(QStringLiteral("%1%").arg(value),
                 counted(value - need, "%1 point above the %2 needed for nearly ready",
                         "%1 points above the %2 needed for nearly ready")
                     .arg(QStringLiteral("%1%").arg(need)));
    }
    const int distance = qMax(1, need - value);
    return QCoreApplication::translate("seqohs", what)
        .arg(QStringLiteral("%1%").arg(value),
             counted(distance, "%1 point below the %2 needed for nearly ready",
                     "%1 points below the %2 needed for nearly ready")
                 .arg(QStringLiteral("%1%").arg(need)));
}

QString listSome(const QStringList &labels, int most = 3)
{
    if (labels.size() <= most)
        return QLocale(QLocale::English, QLocale::UnitedKingdom).createSeparatedList(labels);
    return labels.mid(0, most).join(QStringLiteral(", ")) +
           tr(" and %1 more").arg(labels.size() - most);
}

} // namespace

QStringList VerdictReasons::of(const Readiness &readiness)
{
    QStringList reasons;
    const Figures &f = readiness.overall;
    if (f.applicable == 0) {
        reasons << tr("No criterion of the standards set applies to this service, so there is "
                      "nothing to be ready for. Check the service profile.");
        return reasons;
    }
    if (readiness.verdict == Verdict::Ready) {
        reasons << tr("Every applicable criterion is met with current evidence.");
        return reasons;
    }

    QStringList blockers;
    QStringList naWithoutReason;
    for (const ItemScore &item : readiness.items) {
        if (!item.included)
            continue;
        const QString label =
            item.code.isEmpty() ? item.title : item.code + QLatin1Char(' ') + item.title;
        if (item.level == Level::Must &&
            !(item.result == AssessmentResult::Met && item.currentEvidence > 0))
            blockers << label;
        if (item.result == AssessmentResult::NotApplicable)
            naWithoutReason << label;
    }
    if (!blockers.isEmpty()) {
        reasons << counted(int(blockers.size()),
                           "%1 must criterion is not met with current evidence: %2. It keeps "
                           "the verdict at not ready, whatever the score and coverage.",
                           "%1 must criteria are not met with current evidence: %2. Any one of "
                           "them keeps the verdict at not ready, whatever the score and coverage.")
                       .arg(listSome(blockers));
    }
    reasons << against("The score is %1, %2.", f.score(), ReadinessThresholds::NearlyReadyScore);
    reasons << against("Evidence coverage is %1, %2.", f.coverage(),
                       ReadinessThresholds::NearlyReadyCoverage);

    const int unmet = f.applicable - f.count(AssessmentResult::Met);
    const int withoutEvidence = f.applicable - f.withCurrentEvidence;
    if (unmet > 0) {
        reasons << counted(unmet,
                           "Ready needs every applicable criterion met: %1 of %2 is not met yet.",
                           "Ready needs every applicable criterion met: %1 of %2 are not met yet.")
                       .arg(f.applicable);
    }
    if (withoutEvidence > 0) {
        reasons << counted(withoutEvidence,
                           "Ready needs current evidence for every applicable criterion: %1 of "
                           "%2 has none.",
                           "Ready needs current evidence for every applicable criterion: %1 of "
                           "%2 have none.")
                       .arg(f.applicable);
    }
    if (!naWithoutReason.isEmpty()) {
        reasons << counted(int(naWithoutReason.size()),
                           "%1 item is marked not applicable without a justification, so it "
                           "counts as not met: %2.",
                           "%1 items are marked not applicable without a justification, so they "
                           "count as not met: %2.")
                       .arg(listSome(naWithoutReason));
    }
    return reasons;
}

} // namespace seqohs
