#pragma once

#include "scoring/scoringinput.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace seqohs {

// What falls due: evidence to review by its review-by date, and actions not done by their due
// date. The dashboard's "due soon" list, the window's note on what expired since the workspace
// was last opened, and the `due` command all read it from here.
class Deadlines
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::Deadlines)

public:
    struct Deadline
    {
        enum class Kind { EvidenceReview, ActionDue };
        Kind kind = Kind::EvidenceReview;
        qint64 id = 0; // the evidence item's or the action's
        QString title; // the evidence item's title or the action's text
        QString owner;
        QString itemId; // an action's criterion; empty for evidence
        QDate date;

        // "Review evidence: Fire safety policy" / "Action due: Audit records".
        QString describe() const;
    };

    // Every deadline dated from `from` to `to`, both included, earliest first (evidence before
    // actions on the same day, then by id).
    static QList<Deadline> between(const ScoringInput &input, const QDate &from, const QDate &to);

    // Due from today: within 30 days, in 31 to 60, and in 61 to 90.
    struct Soon
    {
        QList<Deadline> within30;
        QList<Deadline> within60;
        QList<Deadline> within90;

        qsizetype size() const { return within30.size() + within60.size() + within90.size(); }
    };
    static Soon dueSoon(const ScoringInput &input, const QDate &today);

    // What fell due on or after `lastOpened` and before `today`: it has expired or become
    // overdue since then.
    static QList<Deadline> passedSince(const ScoringInput &input, const QDate &lastOpened,
                                       const QDate &today);
};

} // namespace seqohs
