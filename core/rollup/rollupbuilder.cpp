#include "rollupbuilder.h"

#include "scoring/scorer.h"
#include "server/serveraddress.h"
#include "workspace/scoringinputbuilder.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace seqohs {

namespace {

// An item is a gap for a service when it counts towards the score and either is not met or
// has no current evidence: what an assessor would ask about first.
bool isGap(const ItemScore &item)
{
    return item.included && (item.result != AssessmentResult::Met || item.currentEvidence == 0);
}

struct GapCount
{
    RollUp::SharedGap gap;
    int setOrder = 0;
    int itemOrder = 0;
};

// What names a workspace that could not be read: its file's name, or its database's.
QString shortName(const QString &location)
{
    if (!Workspace::isServerLocation(location))
        return QFileInfo(location).fileName();
    const Expected<ServerAddress> address = ServerAddress::parse(location);
    return address ? address->database() : location;
}

} // namespace

QString RollUpBuilder::fileKey(const QString &path)
{
    if (Workspace::isServerLocation(path)) {
        const Expected<ServerAddress> address = ServerAddress::parse(path);
        return address ? address->display() : path;
    }
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

RollUp RollUpBuilder::build(const QStringList &paths, const QDate &asOf, const Progress &progress,
                            const PasswordPrompt &askPassword)
{
    QList<Source> sources;
    QSet<QString> seen;
    QStringList unique;
    for (const QString &path : paths) {
        const QString key = fileKey(path);
        if (!seen.contains(key)) {
            seen.insert(key);
            unique << path;
        }
    }
    for (const QString &path : std::as_const(unique)) {
        // Each workspace is closed before the next opens: a roll-up of many large files holds
        // one connection at a time.
        Expected<std::unique_ptr<Workspace>> ws =
            Workspace::openAt(path, Workspace::FiguresOnly, askPassword);
        if (!ws)
            sources.append({path, ws.errors()});
        else
            // In full: the expiring evidence names each item's owner.
            sources.append({path, scoringInputFor(**ws, asOf, EvidenceDetail::Full)});
        if (progress)
            progress(int(sources.size()), int(unique.size()));
    }
    return combine(sources, asOf);
}

RollUp RollUpBuilder::combine(const QList<Source> &sources, const QDate &asOf)
{
    RollUp rollUp;
    rollUp.asOf = asOf;
    QList<Readiness> readiness; // by service; empty for one not read
    QList<const ScoringInput *> inputs;
    QSet<QString> seen;
    for (const Source &source : sources) {
        const QString key = fileKey(source.path);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        RollUp::Service service;
        service.path = source.path;
        if (!source.input) {
            service.name = shortName(source.path);
            service.errors = source.input.errors();
            rollUp.services << service;
            readiness << Readiness{};
            inputs << nullptr;
            continue;
        }
        const ScoringInput &input = *source.input;
        const Readiness r = Scorer::score(input);
        service.read = true;
        service.name =
            input.profile.name.isEmpty() ? QFileInfo(source.path).fileName() : input.profile.name;
        service.setId = input.set.id;
        service.setTitle = input.set.title;
        service.setVersion = input.set.version;
        service.plannedVisit = input.profile.plannedAssessment;
        service.verdict = r.verdict;
        service.overall = r.overall;
        rollUp.services << service;
        readiness << r;
        inputs << &input;
    }

    // Two services of one name (copies of one workspace, or a name used twice) are told apart by
    // their files, or their databases: a board reading the roll-up must know which row is which.
    QHash<QString, int> named;
    for (const RollUp::Service &service : std::as_const(rollUp.services))
        ++named[service.name];
    for (RollUp::Service &service : rollUp.services) {
        if (named.value(service.name) > 1)
            service.name += QStringLiteral(" (%1)").arg(shortName(service.path));
    }

    // One group per standards set, in the order the services first name them; its domains are
    // those of its services' sets, matched by id.
    for (int s = 0; s < rollUp.services.size(); ++s) {
        const RollUp::Service &service = rollUp.services.at(s);
        if (!service.read)
            continue;
        auto group = std::find_if(rollUp.sets.begin(), rollUp.sets.end(),
                                  [&](const RollUp::Set &set) { return set.id == service.setId; });
        if (group == rollUp.sets.end()) {
            rollUp.sets.append({service.setId, service.setTitle, {}, {}, {}});
            group = rollUp.sets.end() - 1;
        }
        if (!group->versions.contains(service.setVersion))
            group->versions << service.setVersion;
        group->services << s;
        for (const Domain &d : inputs.at(s)->set.domains) {
            const bool known =
                std::any_of(group->domains.cbegin(), group->domains.cend(),
                            [&](const RollUp::DomainColumn &c) { return c.id == d.id; });
            if (!known)
                group->domains.append({d.id, d.code, d.title});
        }
    }
    for (const RollUp::Set &set : std::as_const(rollUp.sets)) {
        for (int s : set.services) {
            RollUp::Service &service = rollUp.services[s];
            for (const RollUp::DomainColumn &column : set.domains) {
                const NodeScore *domain = readiness.at(s).domain(column.id);
                service.domains << (domain ? std::optional<Figures>(domain->figures)
                                           : std::nullopt);
            }
        }
    }

    // Shared gaps: matched by item id within a set, never across sets.
    QList<GapCount> gaps;
    for (int g = 0; g < rollUp.sets.size(); ++g) {
        const RollUp::Set &set = rollUp.sets.at(g);
        QHash<QString, int> byItem; // item id -> index into gaps
        for (int s : set.services) {
            const QList<ItemScore> &items = readiness.at(s).items;
            for (int i = 0; i < items.size(); ++i) {
                const ItemScore &item = items.at(i);
                if (!isGap(item))
                    continue;
                auto found = byItem.constFind(item.itemId);
                if (found == byItem.cend()) {
                    GapCount count;
                    count.gap.setId = set.id;
                    count.gap.itemId = item.itemId;
                    count.gap.code = item.code;
                    count.gap.title = item.title;
                    count.gap.level = item.level;
                    count.setOrder = g;
                    count.itemOrder = i;
                    found = byItem.insert(item.itemId, int(gaps.size()));
                    gaps << count;
                }
                RollUp::SharedGap &gap = gaps[*found].gap;
                gap.services << s;
                if (item.result != AssessmentResult::Met)
                    gap.notMet << s;
            }
        }
    }
    gaps.removeIf([](const GapCount &c) { return c.gap.services.size() < 2; });
    std::stable_sort(gaps.begin(), gaps.end(), [](const GapCount &a, const GapCount &b) {
        if (a.gap.services.size() != b.gap.services.size())
            return a.gap.services.size() > b.gap.services.size();
        const bool aMust = a.gap.level == Level::Must;
        const bool bMust = b.gap.level == Level::Must;
        if (aMust != bMust)
            return aMust;
        if (a.setOrder != b.setOrder)
            return a.setOrder < b.setOrder;
        return a.itemOrder < b.itemOrder;
    });
    for (const GapCount &c : std::as_const(gaps))
        rollUp.sharedGaps << c.gap;

    // Evidence still current today that lapses within the window or before the visit.
    const QDate windowEnd = asOf.addDays(RollUp::expiringWithinDays);
    for (int s = 0; s < rollUp.services.size(); ++s) {
        if (!inputs.at(s))
            continue;
        const QDate visit = rollUp.services.at(s).plannedVisit;
        for (const EvidenceItem &e : inputs.at(s)->evidence) {
            if (!e.reviewBy.isValid() || !e.isCurrentOn(asOf))
                continue;
            const bool beforeVisit = visit.isValid() && !e.isCurrentOn(visit);
            if (e.reviewBy > windowEnd && !beforeVisit)
                continue;
            rollUp.expiring.append({s, e.id, e.title, e.owner, e.reviewBy, beforeVisit});
        }
    }
    std::stable_sort(rollUp.expiring.begin(), rollUp.expiring.end(),
                     [](const RollUp::ExpiringEvidence &a, const RollUp::ExpiringEvidence &b) {
                         if (a.reviewBy != b.reviewBy)
                             return a.reviewBy < b.reviewBy;
                         if (a.service != b.service)
                             return a.service < b.service;
                         return a.evidenceId < b.evidenceId;
                     });
    return rollUp;
}

} // namespace seqohs
