#pragma once

#include "catalogue/level.h"
#include "common/error.h"
#include "scoring/readiness.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace seqohs {

// One organisation's services side by side, as plain values: readiness by service and by
// domain, the gaps several services share, and the evidence expiring across them. Built by
// RollUpBuilder from workspace files; the command line, the window and the PDF show it and
// decide nothing. The rules are in docs/rollup.md.
//
// Services may follow different standards sets. Figures are never combined across sets: each
// set has its own group with its own domains and its own shared gaps, and each service names
// the set it follows.
struct RollUp
{
    struct Service
    {
        QString path; // as given (the first spelling, when two paths named one file)
        QString name; // the service's name; the file's name when it could not be read
        bool read = false;
        ErrorList errors; // why it could not be read, with what to do

        // The rest only when read.
        QString setId;
        QString setTitle;
        QString setVersion;
        QDate plannedVisit;
        Verdict verdict = Verdict::NotReady;
        Figures overall;
        // One per domain of the set's group (RollUp::Set::domains), in its order; nothing
        // where the service's own set has no domain of that id.
        QList<std::optional<Figures>> domains;

        bool operator==(const Service &) const = default;
    };

    struct DomainColumn
    {
        QString id;
        QString code;
        QString title;
        bool operator==(const DomainColumn &) const = default;
    };

    // The services that follow one standards set (by its id; versions are matched by the ids
    // of their domains and criteria).
    struct Set
    {
        QString id;
        QString title;
        QStringList versions;
        QList<int> services; // indexes into RollUp::services
        QList<DomainColumn> domains;
        bool operator==(const Set &) const = default;
    };

    // A criterion (or a standard assessed as a whole) that is a gap in two or more services
    // of one set: it applies to them and is not met, or it has no current evidence.
    struct SharedGap
    {
        QString setId;
        QString itemId;
        QString code;
        QString title;
        Level level = Level::Unspecified;
        QList<int> services; // indexes into RollUp::services, in the roll-up's order
        QList<int> notMet;   // of those, the ones where it is not met (the rest lack evidence)
        bool operator==(const SharedGap &) const = default;
    };

    // An evidence item, current on the date, whose review-by date falls within the window
    // (RollUp::expiringWithinDays) or before its service's planned visit.
    struct ExpiringEvidence
    {
        int service = -1; // index into RollUp::services
        qint64 evidenceId = 0;
        QString title;
        QString owner;
        QDate reviewBy;
        bool beforeVisit = false; // no longer current on the service's planned visit
        bool operator==(const ExpiringEvidence &) const = default;
    };

    static constexpr int expiringWithinDays = 90;

    QDate asOf;
    QList<Service> services;
    QList<Set> sets;
    QList<SharedGap> sharedGaps; // most services first, then must before should, then set order
    QList<ExpiringEvidence> expiring; // earliest first

    int readCount() const;
    // The set group a service belongs to, or null when it was not read.
    const Set *setOf(int service) const;
    // The set group of this id, or null.
    const Set *set(const QString &id) const;

    bool operator==(const RollUp &) const = default;
};

} // namespace seqohs
