#pragma once

#include "action.h"
#include "assessment.h"
#include "assignment.h"
#include "evidenceitem.h"
#include "packrecord.h"
#include "serviceprofile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace seqohs {

// What the audit trail records of each kind of row, before and after a change: every field a
// person may change, so that the trail alone tells what a row held at any time.
class AuditJson
{
public:
    static QJsonObject of(const ServiceProfile &profile);
    static QJsonObject of(const Assessment &assessment);
    static QJsonObject of(const EvidenceItem &item);
    static QJsonObject of(const EvidenceLink &link);
    static QJsonObject of(const Action &action);
    static QJsonObject of(const Assignment &assignment);
    static QJsonArray of(const QList<EvidenceLink> &links);
    static QJsonObject of(const PackRecord &pack);
    static QJsonObject of(const ResponseRecord &response);
    // A snapshot by its name and a hash of its content, which the trail does not hold.
    static QJsonObject snapshot(const QString &name, const QByteArray &json);
};

} // namespace seqohs
