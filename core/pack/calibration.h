#pragma once

#include "finding.h"
#include "workspace/assessment.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace seqohs {

struct StandardsSet;

// The service's own view of each standard beside the assessor's finding, and where the service
// was more optimistic or more cautious than its assessor: a calibration table by domain.
//
// The service's view of a standard comes from its criteria's results (those not marked not
// applicable): all met is "met"; some met or partially met is "partly met"; none is "not met".
// Ranked met > partly met / further evidence required > not met, the two views agree, or the
// service's is higher (more optimistic) or lower (more cautious). A standard without a recorded
// finding, or whose criteria are all not applicable, is not compared.
struct Calibration
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::Calibration)

public:
    enum class ServiceView { NotMet, PartlyMet, Met };
    enum class Comparison { Agreed, MoreOptimistic, MoreCautious };

    struct StandardRow
    {
        QString standardId;
        QString code;
        QString title;
        QString domainCode;
        ServiceView service = ServiceView::NotMet;
        FindingResult assessor = FindingResult::NotRecorded;
        Comparison comparison = Comparison::Agreed;
    };
    struct DomainRow
    {
        QString code;
        QString title;
        int reviewed = 0;
        int agreed = 0;
        int moreOptimistic = 0;
        int moreCautious = 0;

        bool operator==(const DomainRow &) const = default;
    };

    QList<StandardRow> standards; // in the set's order
    QList<DomainRow> domains;     // those with a compared standard, in the set's order
    DomainRow total;

    static Calibration compute(const StandardsSet &set,
                               const QHash<QString, Assessment> &assessments,
                               const QList<StandardFinding> &findings);
    const StandardRow *forStandard(const QString &standardId) const;
    bool isEmpty() const { return standards.isEmpty(); }

    static QString serviceViewDisplayName(ServiceView view);     // "Partially met"
    static QString comparisonDisplayName(Comparison comparison); // "More optimistic"
};

} // namespace seqohs
