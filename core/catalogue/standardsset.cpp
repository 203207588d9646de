#include "standardsset.h"

namespace seqohs {

namespace {
QStringList mergedTags(QStringList tags, const QStringList &more)
{
    for (const QString &t : more) {
        if (!tags.contains(t))
            tags << t;
    }
    return tags;
}
} // namespace

QList<AssessableItem> StandardsSet::assessables() const
{
    QList<AssessableItem> items;
    for (int d = 0; d < domains.size(); ++d) {
        const Domain &domain = domains.at(d);
        for (int s = 0; s < domain.standards.size(); ++s) {
            const Standard &standard = domain.standards.at(s);
            const QStringList standardTags = mergedTags(domain.appliesTo, standard.appliesTo);
            if (standard.criteria.isEmpty()) {
                items << AssessableItem{standard.id,
                                        standard.code,
                                        standard.title,
                                        standard.level,
                                        standard.weight,
                                        standardTags,
                                        standard.currency,
                                        d,
                                        s,
                                        -1};
                continue;
            }
            for (int c = 0; c < standard.criteria.size(); ++c) {
                const Criterion &criterion = standard.criteria.at(c);
                items << AssessableItem{criterion.id,
                                        criterion.code,
                                        criterion.title,
                                        criterion.level,
                                        criterion.weight,
                                        mergedTags(standardTags, criterion.appliesTo),
                                        criterion.currency.isEmpty() ? standard.currency
                                                                     : criterion.currency,
                                        d,
                                        s,
                                        c};
            }
        }
    }
    return items;
}

std::optional<AssessableItem> StandardsSet::findAssessable(const QString &itemId) const
{
    const QList<AssessableItem> items = assessables();
    for (const AssessableItem &item : items) {
        if (item.id == itemId)
            return item;
    }
    return std::nullopt;
}

QSet<QString> StandardsSet::actionTargets() const
{
    QSet<QString> ids;
    for (const Domain &domain : domains) {
        for (const Standard &standard : domain.standards) {
            ids.insert(standard.id);
            for (const Criterion &criterion : standard.criteria)
                ids.insert(criterion.id);
        }
    }
    return ids;
}

bool StandardsSet::appliesTo(const AssessableItem &item, const QStringList &serviceTags)
{
    if (item.appliesTo.isEmpty())
        return true;
    for (const QString &tag : item.appliesTo) {
        if (serviceTags.contains(tag))
            return true;
    }
    return false;
}

QString provenanceToString(StandardsSet::Provenance provenance)
{
    return provenance == StandardsSet::Provenance::Official ? QStringLiteral("official")
                                                            : QStringLiteral("summary");
}

} // namespace seqohs
