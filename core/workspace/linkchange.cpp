#include "linkchange.h"

#include "auditjson.h"
#include "evidencechange.h"
#include "linkstore.h"
#include "storagekernel.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace seqohs {

namespace {

QString target(qint64 evidenceId)
{
    return QStringLiteral("evidence:%1").arg(evidenceId);
}

} // namespace

Expected<bool> LinkChange::link(const EvidenceLink &link)
{
    if (Expected<EvidenceItem> item = m_evidence.existing(link.evidenceId); !item)
        return item.errors();
    if (Status known = m_checkItem(link.itemId); !known)
        return known.errors();
    Expected<QList<EvidenceLink>> existing = m_reported(m_links.forEvidence(link.evidenceId));
    if (!existing)
        return existing.errors();
    QJsonObject before;
    for (const EvidenceLink &e : *existing) {
        if (e.itemId == link.itemId) {
            if (e == link)
                return false;
            before = AuditJson::of(e);
        }
    }
    Status done = m_kernel.transact(tr("Linking evidence failed"), [&]() -> Status {
        if (Status stored = m_links.put({link}); !stored)
            return stored;
        return m_kernel.audit(QStringLiteral("link.set"), target(link.evidenceId), before,
                              AuditJson::of(link));
    });
    if (!done)
        return done.errors();
    return true;
}

Status LinkChange::unlink(qint64 evidenceId, const QString &itemId)
{
    Expected<QList<EvidenceLink>> existing = m_reported(m_links.forEvidence(evidenceId));
    if (!existing)
        return existing.errors();
    std::optional<EvidenceLink> before;
    for (const EvidenceLink &e : *existing) {
        if (e.itemId == itemId)
            before = e;
    }
    if (!before) {
        return Error{tr("Evidence item %1 is not linked to '%2'.").arg(evidenceId).arg(itemId),
                     m_kernel.location(), QString(), tr("List the evidence to see its links.")};
    }
    return m_kernel.transact(tr("Unlinking evidence failed"), [&]() -> Status {
        if (Status removed = m_links.remove(evidenceId, itemId); !removed)
            return removed;
        return m_kernel.audit(QStringLiteral("link.remove"), target(evidenceId),
                              AuditJson::of(*before), QJsonObject());
    });
}

} // namespace seqohs
