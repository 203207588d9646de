#pragma once

#include "assessableitem.h"
#include "domain.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <optional>

namespace seqohs {

// One edition of a standards framework, as data. A plain value: copy it freely.
struct StandardsSet
{
    enum class Provenance { Official, Summary };

    static constexpr int FormatVersion = 1;

    QString id; // e.g. "seqohs-2023-summary"
    QString title;
    QString edition; // e.g. "2023"
    QString publisher;
    QString version; // the data's own version, e.g. "1.0.0"
    QDate effectiveDate;
    Provenance provenance = Provenance::Summary;
    QString attribution;
    QList<Domain> domains;

    // Every criterion, and every standard without criteria, in document order.
    QList<AssessableItem> assessables() const;

    // The assessable item with this id, if there is one. Linear: callers that look up many items
    // build their own index from assessables().
    std::optional<AssessableItem> findAssessable(const QString &itemId) const;
    // What an action may concern: every assessable item, and every standard as a whole (an
    // assessor's required action concerns a standard).
    QSet<QString> actionTargets() const;

    // True when the item applies to a service with these tags: an item without tags applies to
    // every service; a tagged item applies when the service has at least one of its tags.
    static bool appliesTo(const AssessableItem &item, const QStringList &serviceTags);

    bool isSummary() const { return provenance == Provenance::Summary; }
    bool operator==(const StandardsSet &) const = default;
};

QString provenanceToString(StandardsSet::Provenance provenance); // "official" / "summary"

} // namespace seqohs
