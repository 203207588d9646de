#include "scorer.h"

#include "readinessthresholds.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <cstdio>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

// "1 criterion" / "3 criteria": both forms go through translation whole.
QString counted(int n, const char *one, const char *many)
{
    return tr(n == 1 ? one : many).arg(n);
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(qRound(share * 100.0));
}

QString itemLabel(const ItemScore &item)
{
    return item.code.isEmpty() ? item.title : item.code + QLatin1Char(' ') + item.title;
}

// QDate::toString goes through the locale machinery; messages about thousands of evidence
// items want something cheaper.
QString isoDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year(), date.month(), date.day());
    return QString::fromLatin1(text);
}

// Adds one included or excluded item to a node's figures.
void accumulate(Figures &f, const ItemScore &item, bool applicableToService)
{
    if (!applicableToService) {
        ++f.excluded;
        return;
    }
    ++f.byResult[static_cast<int>(item.result)];
    if (!item.included) {
        ++f.excluded;
        return;
    }
    ++f.applicable;
    f.possible += item.weight;
    f.earned += item.points;
    if (item.currentEvidence > 0)
        ++f.withCurrentEvidence;
    if (item.level == Level::Must) {
        ++f.mustApplicable;
        if (item.result == AssessmentResult::Met && item.currentEvidence > 0)
            ++f.mustMet;
    }
}

// "A, B and 3 more" for reasons that could otherwise run to pages.
QString listSome(const QStringList &labels, int most = 3)
{
    if (labels.size() <= most)
        return QLocale(QLocale::English, QLocale::UnitedKingdom).createSeparatedList(labels);
    return labels.mid(0, most).join(QStringLiteral(", ")) +
           tr(" and %1 more").arg(labels.size() - most);
}

} // namespace

double Scorer::resultFactor(AssessmentResult result)
{
    switch (result) {
    case AssessmentResult::Met:
        return 1.0;
    case AssessmentResult::PartiallyMet:
        return 0.5;
    case AssessmentResult::NotMet:
    case AssessmentResult::NotAssessed:
    case AssessmentResult::NotApplicable:
        break;
    }
    return 0.0;
}

bool Scorer::isCurrentFor(const EvidenceItem &evidence, const CurrencyRule &rule, const QDate &date)
{
    if (!evidence.isCurrentOn(date))
        return false;
    if (rule.refreshMonths > 0 && evidence.documentDate.isValid() &&
        evidence.documentDate < date.addMonths(-rule.refreshMonths))
        return false;
    if (rule.coverMonths > 0) {
        const QDate end = evidence.coversTo.isValid() ? evidence.coversTo : evidence.documentDate;
        if (!end.isValid() || end < date.addMonths(-rule.coverMonths))
            return false;
    }
    return true;
}

bool EvidenceFacts::fits(const ScoringInput &input) const
{
    return valid && asOf == input.asOf && plannedVisit == input.profile.plannedAssessment &&
           serviceTags == input.profile.tags() && setId == input.set.id &&
           setVersion == input.set.version;
}

Readiness Scorer::score(const ScoringInput &input)
{
    return score(input, evidenceFacts(input));
}

EvidenceFacts Scorer::evidenceFacts(const ScoringInput &input)
{
    EvidenceFacts facts;
    facts.valid = true;
    facts.asOf = input.asOf;
    facts.plannedVisit = input.profile.plannedAssessment;
    facts.serviceTags = input.profile.tags();
    facts.setId = input.set.id;
    facts.setVersion = input.set.version;
    const QDate asOf = facts.asOf;
    const QDate plannedVisit = facts.plannedVisit;
    const bool visitAhead = plannedVisit.isValid() && plannedVisit > asOf;

    // Indexes built once per call. Links may number tens of thousands: key them by position
    // (small integers) rather than by strings, and collect the evidence that supports an
    // applicable item as a set instead of per-evidence lists.
    const QList<AssessableItem> assessables = input.set.assessables();
    QHash<QString, int> itemIndex;
    itemIndex.reserve(assessables.size());
    QList<bool> applies(assessables.size());
    for (int i = 0; i < assessables.size(); ++i) {
        itemIndex.insert(assessables.at(i).id, i);
        applies[i] = StandardsSet::appliesTo(assessables.at(i), facts.serviceTags);
    }
    QHash<qint64, const EvidenceItem *> evidenceById;
    evidenceById.reserve(input.evidence.size());
    for (const EvidenceItem &e : input.evidence)
        evidenceById.insert(e.id, &e);
    QList<QList<const EvidenceItem *>> evidenceByItem(assessables.size());
    QSet<qint64> supportsApplicable;
    supportsApplicable.reserve(input.evidence.size());
    for (const EvidenceLink &link : input.links) {
        const EvidenceItem *e = evidenceById.value(link.evidenceId);
        const int i = itemIndex.value(link.itemId, -1);
        if (!e || i < 0)
            continue;
        evidenceByItem[i] << e;
        if (applies.at(i))
            supportsApplicable.insert(link.evidenceId);
    }
    facts.items.resize(assessables.size());
    for (int index = 0; index < assessables.size(); ++index) {
        EvidenceFacts::ItemEvidence &item = facts.items[index];
        const QList<const EvidenceItem *> &linked = evidenceByItem.at(index);
        item.count = int(linked.size());
        for (const EvidenceItem *e : linked) {
            if (isCurrentFor(*e, assessables.at(index).currency, asOf)) {
                ++item.current;
                if (visitAhead && !isCurrentFor(*e, assessables.at(index).currency, plannedVisit))
                    ++item.expiringBeforeVisit;
            } else {
                ++item.expired;
            }
        }
    }

    // Evidence currency across the workspace, and checks on evidence that supports applicable
    // items (evidence for items that do not apply is not the assessor's concern). A workspace
    // may hold thousands of items: translate the messages once, not once per item.
    const QString expiredText = tr("Evidence \"%1\" passed its review-by date on %2.");
    const QString expiringText =
        tr("Evidence \"%1\" must be reviewed by %2, before the planned visit on %3.");
    const QString visitDate = isoDate(plannedVisit);
    Currency &currency = facts.currency;
    for (const EvidenceItem &e : input.evidence) {
        ++currency.total;
        const bool relevant = supportsApplicable.contains(e.id);
        if (!e.isCurrentOn(asOf)) {
            ++currency.expired;
            currency.expiredIds << e.id;
            if (relevant) {
                facts.checks << ReadinessCheck{ReadinessCheck::Kind::EvidenceExpired,
                                               ReadinessCheck::Severity::Warning,
                                               QString(),
                                               e.id,
                                               0,
                                               expiredText.arg(e.title, isoDate(e.reviewBy))};
            }
            continue;
        }
        ++currency.current;
        if (visitAhead && !e.isCurrentOn(plannedVisit)) {
            ++currency.expiringBeforeVisit;
            currency.expiringIds << e.id;
            if (relevant) {
                facts.checks << ReadinessCheck{
                    ReadinessCheck::Kind::EvidenceExpiringBeforeVisit,
                    ReadinessCheck::Severity::Info,
                    QString(),
                    e.id,
                    0,
                    expiringText.arg(e.title, isoDate(e.reviewBy), visitDate)};
            }
        }
    }
    return facts;
}

Readiness Scorer::score(const ScoringInput &input, const EvidenceFacts &facts)
{
    Q_ASSERT(facts.fits(input));
    Readiness r;
    r.asOf = input.asOf;
    r.plannedVisit = input.profile.plannedAssessment;
    const QList<AssessableItem> assessables = input.set.assessables();
    QList<bool> applies(assessables.size());
    for (int i = 0; i < assessables.size(); ++i)
        applies[i] = StandardsSet::appliesTo(assessables.at(i), facts.serviceTags);

    // Nodes in set order, so the indexes in items match.
    for (int d = 0; d < input.set.domains.size(); ++d) {
        const Domain &domain = input.set.domains.at(d);
        r.domains << NodeScore{domain.id, domain.code, domain.title, {}, d, -1};
        for (int s = 0; s < domain.standards.size(); ++s) {
            const Standard &standard = domain.standards.at(s);
            r.standards << NodeScore{standard.id, standard.code, standard.title, {}, d, s};
        }
    }
    QHash<quint64, int> standardNode; // (domain << 32 | standard) -> index in r.standards
    for (int i = 0; i < r.standards.size(); ++i) {
        const NodeScore &n = r.standards.at(i);
        standardNode.insert((quint64(n.domainIndex) << 32) | quint32(n.standardIndex), i);
    }

    QStringList mustBlockers;
    QStringList naWithoutReason;
    for (int index = 0; index < assessables.size(); ++index) {
        const AssessableItem &a = assessables.at(index);
        ItemScore item;
        item.itemId = a.id;
        item.code = a.code;
        item.title = a.title;
        item.level = a.level;
        item.weight = a.weight;
        item.domainIndex = a.domainIndex;
        item.standardIndex = a.standardIndex;
        const auto found = input.assessments.constFind(a.id);
        const Assessment assessment =
            found != input.assessments.constEnd() ? *found : Assessment{a.id};
        item.result = assessment.result;

        const EvidenceFacts::ItemEvidence &evidence = facts.items.at(index);
        item.evidenceCount = evidence.count;
        item.currentEvidence = evidence.current;
        item.expiringBeforeVisit = evidence.expiringBeforeVisit;
        item.expiredEvidence = evidence.expired;

        const bool applicableToService = applies.at(index);
        if (!applicableToService) {
            item.exclusionReason = tr("Applies only to services marked: %1")
                                       .arg(a.appliesTo.join(QStringLiteral(", ")));
        } else if (item.result == AssessmentResult::NotApplicable &&
                   !assessment.justification.trimmed().isEmpty()) {
            item.exclusionReason =
                tr("Marked not applicable: %1").arg(assessment.justification.trimmed());
        } else {
            item.included = true;
            item.points = item.weight * resultFactor(item.result);
        }

        if (applicableToService) {
            const QString label = itemLabel(item);
            auto check = [&](ReadinessCheck::Kind kind, ReadinessCheck::Severity severity,
                             const QString &message) {
                r.checks << ReadinessCheck{kind, severity, a.id, 0, 0, message};
            };
            if (item.result == AssessmentResult::NotApplicable && !item.included) {
                // Justified: nothing to check.
            } else if (item.result == AssessmentResult::NotApplicable) {
                naWithoutReason << label;
                check(ReadinessCheck::Kind::NotApplicableWithoutJustification,
                      ReadinessCheck::Severity::Warning,
                      tr("%1 is marked not applicable without a justification, so it still "
                         "counts as not met.")
                          .arg(label));
            } else if (item.level == Level::Must && item.result != AssessmentResult::Met) {
                mustBlockers << label;
                check(ReadinessCheck::Kind::MustNotMet, ReadinessCheck::Severity::Blocker,
                      tr("%1 is a must criterion and is %2.")
                          .arg(label, resultDisplayName(item.result).toLower()));
            } else if (item.level == Level::Must && item.currentEvidence == 0) {
                mustBlockers << label;
                check(ReadinessCheck::Kind::MustWithoutCurrentEvidence,
                      ReadinessCheck::Severity::Blocker,
                      item.evidenceCount == 0
                          ? tr("%1 is a must criterion marked met, with no evidence.").arg(label)
                          : tr("%1 is a must criterion marked met, but none of its evidence is "
                               "current.")
                                .arg(label));
            } else if (item.result == AssessmentResult::Met && item.currentEvidence == 0) {
                check(
                    ReadinessCheck::Kind::MetWithoutEvidence, ReadinessCheck::Severity::Warning,
                    item.evidenceCount == 0
                        ? tr("%1 is marked met, with no evidence.").arg(label)
                        : tr("%1 is marked met, but none of its evidence is current.").arg(label));
            } else if (item.result == AssessmentResult::NotAssessed) {
                check(ReadinessCheck::Kind::NotAssessed, ReadinessCheck::Severity::Info,
                      tr("%1 has not been assessed yet.").arg(label));
            }
        }

        accumulate(r.overall, item, applicableToService);
        accumulate(r.domains[a.domainIndex].figures, item, applicableToService);
        accumulate(r.standards[standardNode.value((quint64(a.domainIndex) << 32) |
                                                  quint32(a.standardIndex))]
                       .figures,
                   item, applicableToService);
        r.items << item;
    }

    r.currency = facts.currency;
    r.checks << facts.checks;

    for (const Action &action : input.actions) {
        if (action.isOverdueOn(r.asOf)) {
            r.checks << ReadinessCheck{ReadinessCheck::Kind::ActionOverdue,
                                       ReadinessCheck::Severity::Warning,
                                       action.itemId,
                                       0,
                                       action.id,
                                       tr("Action \"%1\" was due on %2 and is not done.")
                                           .arg(action.text, isoDate(action.due))};
        }
    }

    // The verdict. Must criteria gate it whatever the percentages.
    const Figures &f = r.overall;
    const std::optional<double> score = f.score();
    const std::optional<double> coverage = f.coverage();
    const int unmet = f.applicable - f.count(AssessmentResult::Met);
    const int withoutEvidence = f.applicable - f.withCurrentEvidence;
    if (f.applicable == 0) {
        r.verdict = Verdict::NotReady;
        r.reasons << tr("No criterion of the standards set applies to this service, so there "
                        "is nothing to be ready for. Check the service profile.");
    } else if (!mustBlockers.isEmpty()) {
        r.verdict = Verdict::NotReady;
        r.reasons << counted(int(mustBlockers.size()),
                             "%1 must criterion is not met with current evidence: %2.",
                             "%1 must criteria are not met with current evidence: %2.")
                         .arg(listSome(mustBlockers));
    } else if (unmet == 0 && withoutEvidence == 0) {
        r.verdict = Verdict::Ready;
    } else if (!score) {
        r.verdict = Verdict::NotReady;
        r.reasons << tr("Every applicable criterion has a weight of zero, so no score can be "
                        "computed.");
    } else if (*score >= ReadinessThresholds::NearlyReadyScore && coverage &&
               *coverage >= ReadinessThresholds::NearlyReadyCoverage) {
        r.verdict = Verdict::NearlyReady;
    } else {
        r.verdict = Verdict::NotReady;
        if (*score < ReadinessThresholds::NearlyReadyScore)
            r.reasons << tr("The score of %1 is below the %2 needed for nearly ready.")
                             .arg(percent(*score), percent(ReadinessThresholds::NearlyReadyScore));
        if (!coverage || *coverage < ReadinessThresholds::NearlyReadyCoverage)
            r.reasons << tr("Evidence coverage of %1 is below the %2 needed for nearly ready.")
                             .arg(percent(coverage.value_or(0)),
                                  percent(ReadinessThresholds::NearlyReadyCoverage));
    }
    if (r.verdict != Verdict::Ready && f.applicable > 0) {
        if (unmet > 0)
            r.reasons << counted(unmet, "%1 applicable criterion is not yet met.",
                                 "%1 applicable criteria are not yet met.");
        if (withoutEvidence > 0)
            r.reasons << counted(withoutEvidence,
                                 "%1 applicable criterion has no current evidence.",
                                 "%1 applicable criteria have no current evidence.");
    }
    if (!naWithoutReason.isEmpty())
        r.reasons << counted(int(naWithoutReason.size()),
                             "%1 item is marked not applicable without a justification: %2.",
                             "%1 items are marked not applicable without a justification: %2.")
                         .arg(listSome(naWithoutReason));
    return r;
}

} // namespace seqohs
