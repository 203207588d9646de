#pragma once

#include "common/expected.h"
#include "readiness.h"
#include "scoringinput.h"

#include <QByteArray>
#include <QDateTime>

namespace seqohs {

// The figures frozen under a name ("Annual return 2026"), with enough detail to compare two.
struct Snapshot
{
    static constexpr int FormatVersion = 1;

    struct ItemState
    {
        QString itemId;
        QString code;
        QString title;
        AssessmentResult result = AssessmentResult::NotAssessed;
        bool included = false;
        bool operator==(const ItemState &) const = default;
    };
    struct EvidenceState
    {
        qint64 id = 0;
        QString title;
        QDate reviewBy;
        bool current = false;
        bool operator==(const EvidenceState &) const = default;
    };
    struct ActionState
    {
        qint64 id = 0;
        QString text;
        QDate due;
        bool done = false;
        bool operator==(const ActionState &) const = default;
    };

    QString name;
    QDateTime created; // UTC
    QDate asOf;
    QString setId;
    QString setVersion;
    Verdict verdict = Verdict::NotReady;
    Figures overall;
    QList<NodeScore> domains;
    QList<ItemState> items;
    QList<EvidenceState> evidence;
    QList<ActionState> actions;

    // Freezes what `readiness` says about `input`.
    static Snapshot capture(const QString &name, const QDateTime &created,
                            const ScoringInput &input, const Readiness &readiness);

    QByteArray toJson() const;
    // `label` names the snapshot in error messages.
    static Expected<Snapshot> fromJson(const QByteArray &json, const QString &label);

    bool operator==(const Snapshot &) const = default;
};

// What changed between two snapshots.
struct SnapshotDiff
{
    struct ResultChange
    {
        QString itemId;
        QString code;
        QString title;
        AssessmentResult before = AssessmentResult::NotAssessed;
        AssessmentResult after = AssessmentResult::NotAssessed;
        bool operator==(const ResultChange &) const = default;
    };

    QString fromName;
    QString toName;
    std::optional<double> scoreBefore;
    std::optional<double> scoreAfter;
    std::optional<double> coverageBefore;
    std::optional<double> coverageAfter;
    Verdict verdictBefore = Verdict::NotReady;
    Verdict verdictAfter = Verdict::NotReady;
    QList<ResultChange> resultsChanged;
    QList<Snapshot::EvidenceState> evidenceAdded;
    QList<Snapshot::EvidenceState> evidenceRemoved;
    QList<Snapshot::EvidenceState> evidenceExpired; // current in the first, not in the second
    QList<Snapshot::ActionState> actionsClosed;     // open in the first, done in the second
    QList<Snapshot::ActionState> actionsAdded;

    static SnapshotDiff compare(const Snapshot &from, const Snapshot &to);
    bool isEmpty() const;
};

} // namespace seqohs
