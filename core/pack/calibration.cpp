#include "calibration.h"

#include "catalogue/standardsset.h"

namespace seqohs {

namespace {

int rank(Calibration::ServiceView view)
{
    switch (view) {
    case Calibration::ServiceView::Met:
        return 2;
    case Calibration::ServiceView::PartlyMet:
        return 1;
    case Calibration::ServiceView::NotMet:
        return 0;
    }
    return 0;
}

int rank(FindingResult result)
{
    switch (result) {
    case FindingResult::Met:
        return 2;
    case FindingResult::FurtherEvidenceRequired:
        return 1;
    case FindingResult::NotMet:
    case FindingResult::NotRecorded:
        return 0;
    }
    return 0;
}

} // namespace

Calibration Calibration::compute(const StandardsSet &set,
                                 const QHash<QString, Assessment> &assessments,
                                 const QList<StandardFinding> &findings)
{
    QHash<QString, const StandardFinding *> byStandard;
    for (const StandardFinding &f : findings) {
        if (f.result != FindingResult::NotRecorded)
            byStandard.insert(f.standardId, &f);
    }
    Calibration c;
    for (const Domain &d : set.domains) {
        DomainRow row{d.code, d.title};
        for (const Standard &s : d.standards) {
            const StandardFinding *finding = byStandard.value(s.id);
            if (!finding)
                continue;
            QStringList items;
            if (s.criteria.isEmpty())
                items << s.id;
            for (const Criterion &criterion : s.criteria)
                items << criterion.id;
            int met = 0;
            int partly = 0;
            int counted = 0;
            for (const QString &id : std::as_const(items)) {
                const AssessmentResult r = assessments.value(id).result;
                if (r == AssessmentResult::NotApplicable)
                    continue;
                ++counted;
                met += r == AssessmentResult::Met ? 1 : 0;
                partly += r == AssessmentResult::PartiallyMet ? 1 : 0;
            }
            if (counted == 0)
                continue;
            StandardRow entry{s.id, s.code, s.title, d.code};
            entry.service = met == counted            ? ServiceView::Met
                            : (met > 0 || partly > 0) ? ServiceView::PartlyMet
                                                      : ServiceView::NotMet;
            entry.assessor = finding->result;
            const int difference = rank(entry.service) - rank(entry.assessor);
            entry.comparison = difference > 0   ? Comparison::MoreOptimistic
                               : difference < 0 ? Comparison::MoreCautious
                                                : Comparison::Agreed;
            ++row.reviewed;
            row.agreed += entry.comparison == Comparison::Agreed ? 1 : 0;
            row.moreOptimistic += entry.comparison == Comparison::MoreOptimistic ? 1 : 0;
            row.moreCautious += entry.comparison == Comparison::MoreCautious ? 1 : 0;
            c.standards << entry;
        }
        if (row.reviewed == 0)
            continue;
        c.total.reviewed += row.reviewed;
        c.total.agreed += row.agreed;
        c.total.moreOptimistic += row.moreOptimistic;
        c.total.moreCautious += row.moreCautious;
        c.domains << row;
    }
    c.total.title = tr("All domains");
    return c;
}

const Calibration::StandardRow *Calibration::forStandard(const QString &standardId) const
{
    for (const StandardRow &s : standards) {
        if (s.standardId == standardId)
            return &s;
    }
    return nullptr;
}

QString Calibration::serviceViewDisplayName(ServiceView view)
{
    switch (view) {
    case ServiceView::Met:
        return tr("Met");
    case ServiceView::PartlyMet:
        return tr("Partially met");
    case ServiceView::NotMet:
        return tr("Not met");
    }
    return {};
}

QString Calibration::comparisonDisplayName(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Agreed:
        return tr("Agreed");
    case Comparison::MoreOptimistic:
        return tr("More optimistic than the assessor");
    case Comparison::MoreCautious:
        return tr("More cautious than the assessor");
    }
    return {};
}

} // namespace seqohs
