#include "snapshotdifftext.h"

namespace seqohs {

QString SnapshotDiffText::text(const SnapshotDiff &d)
{
    QString text = tr("From \"%1\" to \"%2\"").arg(d.fromName, d.toName) + QLatin1Char('\n');
    text += tr("Score: %1 -> %2; coverage: %3 -> %4; verdict: %5 -> %6")
                .arg(formatShare(d.scoreBefore), formatShare(d.scoreAfter),
                     formatShare(d.coverageBefore), formatShare(d.coverageAfter),
                     verdictDisplayName(d.verdictBefore), verdictDisplayName(d.verdictAfter)) +
            QLatin1Char('\n');
    if (!d.resultsChanged.isEmpty()) {
        text += QLatin1Char('\n') +
                tr("Results changed (%n):", nullptr, int(d.resultsChanged.size())) +
                QLatin1Char('\n');
        for (const SnapshotDiff::ResultChange &c : d.resultsChanged) {
            text +=
                QStringLiteral("  %1 %2: %3 -> %4\n")
                    .arg(c.code, c.title, resultDisplayName(c.before), resultDisplayName(c.after));
        }
    }
    auto evidence = [&text](const QString &heading, const QList<Snapshot::EvidenceState> &list) {
        if (list.isEmpty())
            return;
        text += QLatin1Char('\n') + heading + QLatin1Char('\n');
        for (const Snapshot::EvidenceState &e : list)
            text += QStringLiteral("  #%1 %2\n").arg(QString::number(e.id), e.title);
    };
    const auto evidenceAdded = int(d.evidenceAdded.size());
    const auto evidenceExpired = int(d.evidenceExpired.size());
    const auto evidenceRemoved = int(d.evidenceRemoved.size());
    evidence(tr("Evidence added (%n):", nullptr, evidenceAdded), d.evidenceAdded);
    evidence(tr("Evidence expired (%n):", nullptr, evidenceExpired), d.evidenceExpired);
    evidence(tr("Evidence removed (%n):", nullptr, evidenceRemoved), d.evidenceRemoved);
    auto actions = [&text](const QString &heading, const QList<Snapshot::ActionState> &list) {
        if (list.isEmpty())
            return;
        text += QLatin1Char('\n') + heading + QLatin1Char('\n');
        for (const Snapshot::ActionState &a : list)
            text += QStringLiteral("  #%1 %2\n").arg(QString::number(a.id), a.text);
    };
    actions(tr("Actions closed (%n):", nullptr, int(d.actionsClosed.size())), d.actionsClosed);
    actions(tr("Actions added (%n):", nullptr, int(d.actionsAdded.size())), d.actionsAdded);
    if (d.isEmpty())
        text += QLatin1Char('\n') + tr("No differences.") + QLatin1Char('\n');
    return text;
}

} // namespace seqohs
