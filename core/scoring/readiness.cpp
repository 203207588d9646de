#include "readiness.h"

#include <QCoreApplication>

namespace seqohs {

QString verdictToString(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready:
        return QStringLiteral("ready");
    case Verdict::NearlyReady:
        return QStringLiteral("nearly-ready");
    case Verdict::NotReady:
        break;
    }
    return QStringLiteral("not-ready");
}

QString verdictDisplayName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready:
        return QCoreApplication::translate("seqohs", "Ready");
    case Verdict::NearlyReady:
        return QCoreApplication::translate("seqohs", "Nearly ready");
    case Verdict::NotReady:
        break;
    }
    return QCoreApplication::translate("seqohs", "Not ready");
}

QString formatShare(const std::optional<double> &share)
{
    if (!share)
        return QCoreApplication::translate("seqohs", "n/a");
    return QStringLiteral("%1%").arg(qRound(*share * 100.0));
}

std::optional<double> Figures::score() const
{
    if (possible <= 0)
        return std::nullopt;
    return earned / possible;
}

std::optional<double> Figures::coverage() const
{
    if (applicable <= 0)
        return std::nullopt;
    return double(withCurrentEvidence) / double(applicable);
}

QString checkKindToString(ReadinessCheck::Kind kind)
{
    switch (kind) {
    case ReadinessCheck::Kind::MustNotMet:
        return QStringLiteral("must-not-met");
    case ReadinessCheck::Kind::MustWithoutCurrentEvidence:
        return QStringLiteral("must-without-current-evidence");
    case ReadinessCheck::Kind::MetWithoutEvidence:
        return QStringLiteral("met-without-evidence");
    case ReadinessCheck::Kind::EvidenceExpired:
        return QStringLiteral("evidence-expired");
    case ReadinessCheck::Kind::EvidenceExpiringBeforeVisit:
        return QStringLiteral("evidence-expiring-before-visit");
    case ReadinessCheck::Kind::NotApplicableWithoutJustification:
        return QStringLiteral("not-applicable-without-justification");
    case ReadinessCheck::Kind::ActionOverdue:
        return QStringLiteral("action-overdue");
    case ReadinessCheck::Kind::NotAssessed:
        break;
    }
    return QStringLiteral("not-assessed");
}

QString severityToString(ReadinessCheck::Severity severity)
{
    switch (severity) {
    case ReadinessCheck::Severity::Blocker:
        return QStringLiteral("blocker");
    case ReadinessCheck::Severity::Warning:
        return QStringLiteral("warning");
    case ReadinessCheck::Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QList<ItemScore> Readiness::contributions(const QString &nodeId) const
{
    if (nodeId.isEmpty() || nodeId == QLatin1String("overall"))
        return items;
    QList<ItemScore> out;
    if (const NodeScore *d = domain(nodeId)) {
        for (const ItemScore &item : items) {
            if (item.domainIndex == d->domainIndex)
                out << item;
        }
        return out;
    }
    if (const NodeScore *s = standard(nodeId)) {
        for (const ItemScore &item : items) {
            if (item.domainIndex == s->domainIndex && item.standardIndex == s->standardIndex)
                out << item;
        }
        return out;
    }
    for (const ItemScore &item : items) {
        if (item.itemId == nodeId)
            out << item;
    }
    return out;
}

const NodeScore *Readiness::domain(const QString &id) const
{
    for (const NodeScore &node : domains) {
        if (node.id == id)
            return &node;
    }
    return nullptr;
}

const NodeScore *Readiness::standard(const QString &id) const
{
    for (const NodeScore &node : standards) {
        if (node.id == id)
            return &node;
    }
    return nullptr;
}

} // namespace seqohs
