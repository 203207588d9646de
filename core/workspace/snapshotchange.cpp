#include "snapshotchange.h"

#include "auditjson.h"
#include "common/clock.h"
#include "snapshotstore.h"
#include "storagekernel.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace seqohs {

Expected<QByteArray> SnapshotChange::existing(const QString &name) const
{
    Expected<std::optional<QByteArray>> json = m_reported(m_snapshots.json(name));
    if (!json)
        return json.errors();
    if (!*json) {
        return Error{tr("There is no snapshot named '%1'.").arg(name), m_kernel.location(),
                     QString(), tr("List the snapshots to see their names.")};
    }
    return **json;
}

Status SnapshotChange::save(const QString &name, const QByteArray &json)
{
    if (name.trimmed().isEmpty()) {
        return Error{tr("A snapshot needs a name."), m_kernel.location(), QString(),
                     tr("Name it, e.g. \"Annual return 2026\".")};
    }
    Expected<std::optional<QByteArray>> existing = m_reported(m_snapshots.json(name));
    if (!existing)
        return existing.errors();
    if (*existing) {
        return Error{tr("A snapshot named '%1' exists already.").arg(name), m_kernel.location(),
                     QString(), tr("Choose another name.")};
    }
    return m_kernel.transact(tr("Saving the snapshot failed"), [&]() -> Status {
        if (Status stored = m_snapshots.insert(name, Clock::now(), json); !stored)
            return stored;
        return m_kernel.audit(QStringLiteral("snapshot.save"), QStringLiteral("snapshot:") + name,
                              QJsonObject(), AuditJson::snapshot(name, json));
    });
}

Status SnapshotChange::remove(const QString &name)
{
    Expected<QByteArray> json = existing(name);
    if (!json)
        return json.errors();
    return m_kernel.transact(tr("Removing the snapshot failed"), [&]() -> Status {
        if (Status removed = m_snapshots.remove(name); !removed)
            return removed;
        return m_kernel.audit(QStringLiteral("snapshot.remove"), QStringLiteral("snapshot:") + name,
                              AuditJson::snapshot(name, *json), QJsonObject());
    });
}

} // namespace seqohs
