#pragma once

#include "assessment.h"
#include "assignment.h"
#include "catalogue/standardsset.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace seqohs {

// The assessable items each person is assigned, through the criteria, standards and domains
// they were given, and how far each person's items have got. A plain value over a standards set
// and the assignments; it reads nothing. Items that do not apply to the service are left out.
class AssignedWork
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::AssignedWork)

public:
    struct Progress
    {
        QString member;
        int items = 0;    // assessable items assigned, each counted once
        int assessed = 0; // with a result other than "not assessed"
        int done = 0;     // whose work is marked done
    };

    // Only the items that apply to a service with serviceTags count (StandardsSet::appliesTo).
    AssignedWork(const StandardsSet &set, const QList<Assignment> &assignments,
                 const QStringList &serviceTags);

    // Everyone with an assignment, sorted.
    QStringList members() const;
    // The assessable items member is assigned, in the set's order; none for anyone else.
    QStringList itemsOf(const QString &member) const;
    // Who is assigned the item, through it or a standard or domain above it, sorted.
    QStringList membersFor(const QString &itemId) const;
    // For every member, in members() order.
    QList<Progress> progress(const QHash<QString, Assessment> &assessments) const;

    // What a criterion, standard or domain id names, for people: "criterion S23-GOV-01 Named
    // leadership and accountability"; the id itself when the set has no such id.
    static QString describe(const StandardsSet &set, const QString &scopeId);
    // The id of the criterion, standard or domain that text names by its id or its code, in any
    // case; text itself when nothing does (assigning it then says so).
    static QString scopeNamed(const StandardsSet &set, const QString &text);

private:
    QStringList m_order;                   // every assessable item id, in the set's order
    QHash<QString, QStringList> m_members; // item id -> members
};

} // namespace seqohs
