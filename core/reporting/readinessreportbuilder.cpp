#include "readinessreportbuilder.h"

#include "common/clock.h"
#include "verdictreasons.h"
#include "visitplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

QString locationOf(const EvidenceItem &e)
{
    switch (e.kind) {
    case EvidenceItem::Kind::File:
        return e.fileName;
    case EvidenceItem::Kind::Link:
        return e.url;
    case EvidenceItem::Kind::Statement:
        return tr("Written statement");
    }
    return QString();
}

QStringList gapsOf(const ItemScore &score)
{
    QStringList gaps;
    if (!score.included)
        return gaps;
    switch (score.result) {
    case AssessmentResult::NotMet:
        gaps << tr("Not met");
        break;
    case AssessmentResult::PartiallyMet:
        gaps << tr("Partially met");
        break;
    case AssessmentResult::NotAssessed:
        gaps << tr("Not assessed");
        break;
    case AssessmentResult::NotApplicable:
        // Included although marked N/A: the justification is missing, so it counts as not met.
        gaps << tr("Marked not applicable without a justification");
        break;
    case AssessmentResult::Met:
        break;
    }
    if (score.evidenceCount == 0)
        gaps << tr("No evidence");
    else if (score.currentEvidence == 0)
        gaps << tr("No current evidence");
    return gaps;
}

} // namespace

QString ReadinessReportBuilder::summaryNotice(const QString &setTitle)
{
    return tr("The standards in this report come from \"%1\", a summary written from public "
              "sources. It is not the official wording of the Faculty of Occupational Medicine: "
              "check each criterion against the official standards before relying on this "
              "report for accreditation.")
        .arg(setTitle);
}

ReadinessReport ReadinessReportBuilder::build(const ScoringInput &input, const Readiness &readiness,
                                              const ReportOptions &options)
{
    ReadinessReport report;
    const StandardsSet &set = input.set;

    ReadinessReport::Cover &cover = report.cover;
    cover.title = options.title.isEmpty() ? tr("SEQOHS readiness report") : options.title;
    cover.serviceName = input.profile.name;
    cover.organisation = input.profile.organisation;
    cover.sites = input.profile.sites;
    cover.setId = set.id;
    cover.setTitle = set.title;
    cover.edition = set.edition;
    cover.setVersion = set.version;
    cover.publisher = set.publisher;
    cover.provenance = provenanceToString(set.provenance);
    cover.attribution = set.attribution;
    cover.asOf = readiness.asOf.isValid() ? readiness.asOf : input.asOf;
    cover.plannedVisit = readiness.plannedVisit;
    cover.generated = options.generated.isValid() ? options.generated : Clock::now();
    cover.forecast = cover.asOf.isValid() && cover.asOf > cover.generated.date();
    cover.verdict = readiness.verdict;
    cover.score = readiness.overall.score();
    cover.coverage = readiness.overall.coverage();
    cover.mustApplicable = readiness.overall.mustApplicable;
    cover.mustMet = readiness.overall.mustMet;
    cover.applicable = readiness.overall.applicable;
    cover.excluded = readiness.overall.excluded;

    report.summarySet = set.isSummary();
    if (report.summarySet)
        report.summaryNotice = summaryNotice(set.title);

    report.overall = readiness.overall;
    report.domains = readiness.domains;
    report.standards = readiness.standards;
    report.reasons = readiness.reasons;
    report.verdictReasons = VerdictReasons::of(readiness);
    report.visitPlan = VisitPlan::build(input, readiness);
    report.checks = readiness.checks;
    report.currency = readiness.currency;

    // Evidence by id and links both ways, once, so that large workspaces stay linear.
    QHash<qint64, const EvidenceItem *> evidenceById;
    evidenceById.reserve(input.evidence.size());
    for (const EvidenceItem &e : input.evidence)
        evidenceById.insert(e.id, &e);
    QHash<QString, int> itemOrder;
    itemOrder.reserve(readiness.items.size());
    for (int i = 0; i < readiness.items.size(); ++i)
        itemOrder.insert(readiness.items.at(i).itemId, i);
    QHash<QString, QList<qint64>> evidenceOfItem;
    QHash<qint64, QList<int>> itemsOfEvidence;
    for (const EvidenceLink &link : input.links) {
        if (!evidenceById.contains(link.evidenceId))
            continue;
        evidenceOfItem[link.itemId].append(link.evidenceId);
        const auto order = itemOrder.constFind(link.itemId);
        if (order != itemOrder.cend())
            itemsOfEvidence[link.evidenceId].append(*order);
    }

    report.items.reserve(readiness.items.size());
    for (const ItemScore &score : readiness.items) {
        ReadinessReport::Item item;
        item.itemId = score.itemId;
        item.code = score.code;
        item.title = score.title;
        if (score.domainIndex >= 0 && score.domainIndex < set.domains.size()) {
            const Domain &domain = set.domains.at(score.domainIndex);
            item.domainCode = domain.code;
            item.domainTitle = domain.title;
            if (score.standardIndex >= 0 && score.standardIndex < domain.standards.size()) {
                const Standard &standard = domain.standards.at(score.standardIndex);
                item.standardCode = standard.code;
                item.standardTitle = standard.title;
                item.isStandard = standard.criteria.isEmpty();
            }
        }
        item.level = score.level;
        item.weight = score.weight;
        item.result = score.result;
        item.included = score.included;
        item.exclusionReason = score.exclusionReason;
        if (score.included && score.weight > 0)
            item.score = score.points / score.weight;
        item.evidenceCount = score.evidenceCount;
        item.currentEvidence = score.currentEvidence;
        const auto assessment = input.assessments.constFind(score.itemId);
        if (assessment != input.assessments.cend()) {
            item.workflow = assessment->workflow;
            item.owner = assessment->owner;
            item.lastReviewed = assessment->lastReviewed;
            item.narrative = assessment->narrative;
            item.justification = assessment->justification;
        }
        for (qint64 id : evidenceOfItem.value(score.itemId))
            item.evidenceTitles << evidenceById.value(id)->title;
        item.gaps = gapsOf(score);

        if (item.included && item.level == Level::Must)
            report.mustItems << item;
        if (!item.gaps.isEmpty())
            report.gaps << item;
        report.items << item;
    }

    const QSet<qint64> expired(readiness.currency.expiredIds.cbegin(),
                               readiness.currency.expiredIds.cend());
    const QSet<qint64> expiring(readiness.currency.expiringIds.cbegin(),
                                readiness.currency.expiringIds.cend());
    report.evidence.reserve(input.evidence.size());
    for (const EvidenceItem &e : input.evidence) {
        ReadinessReport::EvidenceRow row;
        row.id = e.id;
        row.title = e.title;
        row.kind = e.kind;
        row.owner = e.owner;
        row.documentDate = e.documentDate;
        row.reviewBy = e.reviewBy;
        row.location = locationOf(e);
        if (e.kind == EvidenceItem::Kind::File) {
            row.sha256 = e.sha256;
            row.hashPrefix = QString::fromLatin1(e.sha256.left(options.hashPrefixLength));
            row.size = e.size;
            row.version = e.version;
        }
        QList<int> orders = itemsOfEvidence.value(e.id);
        std::sort(orders.begin(), orders.end());
        orders.erase(std::unique(orders.begin(), orders.end()), orders.end());
        for (int order : orders)
            row.linkedCodes << readiness.items.at(order).code;
        row.current = !expired.contains(e.id);
        row.expiresBeforeVisit = expiring.contains(e.id);
        report.evidence << row;
        if (row.expiresBeforeVisit)
            report.expiringBeforeVisit << row;
    }
    std::stable_sort(report.expiringBeforeVisit.begin(), report.expiringBeforeVisit.end(),
                     [](const ReadinessReport::EvidenceRow &a,
                        const ReadinessReport::EvidenceRow &b) { return a.reviewBy < b.reviewBy; });

    QHash<QString, const ItemScore *> scoreById;
    for (const ItemScore &score : readiness.items)
        scoreById.insert(score.itemId, &score);
    QHash<QString, const NodeScore *> standardById; // actions on a whole standard
    for (const NodeScore &standard : readiness.standards)
        standardById.insert(standard.id, &standard);
    for (const Action &a : input.actions) {
        ReadinessReport::ActionRow row;
        row.id = a.id;
        row.text = a.text;
        row.itemId = a.itemId;
        if (const ItemScore *score = scoreById.value(a.itemId)) {
            row.itemCode = score->code;
            row.itemTitle = score->title;
        } else if (const NodeScore *standard = standardById.value(a.itemId)) {
            row.itemCode = standard->code;
            row.itemTitle = standard->title;
        }
        row.owner = a.owner;
        row.due = a.due;
        row.status = a.status;
        row.completed = a.completed;
        row.source = a.source;
        row.overdue = a.isOverdueOn(cover.asOf);
        report.actions << row;
    }
    // Open work first, soonest due first (undated last); then what is done, latest first.
    std::stable_sort(report.actions.begin(), report.actions.end(),
                     [](const ReadinessReport::ActionRow &a, const ReadinessReport::ActionRow &b) {
                         const bool aDone = a.status == Action::Status::Done;
                         const bool bDone = b.status == Action::Status::Done;
                         if (aDone != bDone)
                             return !aDone;
                         if (aDone)
                             return a.completed > b.completed;
                         if (a.due.isValid() != b.due.isValid())
                             return a.due.isValid();
                         return a.due < b.due;
                     });

    report.history = options.history;
    report.response = options.response;
    report.signOffs = options.signOffs;
    std::stable_sort(report.history.begin(), report.history.end(),
                     [](const Snapshot &a, const Snapshot &b) {
                         return a.asOf != b.asOf ? a.asOf < b.asOf : a.created < b.created;
                     });
    return report;
}

} // namespace seqohs
