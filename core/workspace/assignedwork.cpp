#include "assignedwork.h"

#include <QSet>

namespace seqohs {

AssignedWork::AssignedWork(const StandardsSet &set, const QList<Assignment> &assignments,
                           const QStringList &serviceTags)
{
    QHash<QString, QSet<QString>> byScope; // scope id -> members
    for (const Assignment &a : assignments)
        byScope[a.scopeId].insert(a.member);
    for (const AssessableItem &item : set.assessables()) {
        if (!StandardsSet::appliesTo(item, serviceTags))
            continue;
        m_order << item.id;
        const Domain &domain = set.domains.at(item.domainIndex);
        const QString scopes[] = {item.id, domain.standards.at(item.standardIndex).id, domain.id};
        QSet<QString> members;
        for (const QString &scope : scopes)
            members.unite(byScope.value(scope));
        if (members.isEmpty())
            continue;
        QStringList sorted(members.begin(), members.end());
        sorted.sort(Qt::CaseInsensitive);
        m_members.insert(item.id, sorted);
    }
}

QString AssignedWork::describe(const StandardsSet &set, const QString &scopeId)
{
    for (const Domain &domain : set.domains) {
        if (domain.id == scopeId)
            return tr("domain %1 %2").arg(domain.code, domain.title);
        for (const Standard &standard : domain.standards) {
            if (standard.id == scopeId)
                return tr("standard %1 %2").arg(standard.code, standard.title);
            for (const Criterion &criterion : standard.criteria) {
                if (criterion.id == scopeId)
                    return tr("criterion %1 %2").arg(criterion.code, criterion.title);
            }
        }
    }
    return scopeId;
}

QString AssignedWork::scopeNamed(const StandardsSet &set, const QString &text)
{
    const auto named = [&](const QString &id, const QString &code) {
        return id.compare(text, Qt::CaseInsensitive) == 0 ||
               code.compare(text, Qt::CaseInsensitive) == 0;
    };
    for (const Domain &domain : set.domains) {
        if (named(domain.id, domain.code))
            return domain.id;
        for (const Standard &standard : domain.standards) {
            if (named(standard.id, standard.code))
                return standard.id;
            for (const Criterion &criterion : standard.criteria) {
                if (named(criterion.id, criterion.code))
                    return criterion.id;
            }
        }
    }
    return text;
}

QStringList AssignedWork::members() const
{
    QSet<QString> all;
    for (const QStringList &members : m_members)
        all.unite(QSet<QString>(members.begin(), members.end()));
    QStringList sorted(all.begin(), all.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

QStringList AssignedWork::itemsOf(const QString &member) const
{
    QStringList items;
    for (const QString &id : m_order) {
        if (m_members.value(id).contains(member))
            items << id;
    }
    return items;
}

QStringList AssignedWork::membersFor(const QString &itemId) const
{
    return m_members.value(itemId);
}

QList<AssignedWork::Progress>
AssignedWork::progress(const QHash<QString, Assessment> &assessments) const
{
    QList<Progress> list;
    for (const QString &member : members()) {
        Progress p{member};
        for (const QString &id : itemsOf(member)) {
            ++p.items;
            const auto found = assessments.constFind(id);
            if (found == assessments.constEnd())
                continue;
            if (found->result != AssessmentResult::NotAssessed)
                ++p.assessed;
            if (found->workflow == WorkflowStatus::Done)
                ++p.done;
        }
        list << p;
    }
    return list;
}

} // namespace seqohs
