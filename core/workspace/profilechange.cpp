#include "profilechange.h"

#include "auditjson.h"
#include "profilestore.h"
#include "serviceprofile.h"
#include "storagekernel.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace seqohs {

Expected<bool> ProfileChange::set(const ServiceProfile &profile)
{
    if (profile.name.trimmed().isEmpty()) {
        return Error{tr("The service needs a name."), m_kernel.location(), QString(),
                     tr("Give the name of the occupational health service.")};
    }
    Expected<ServiceProfile> before = m_reported(m_profile.read());
    if (!before)
        return before.errors();
    if (*before == profile)
        return false;
    Status done = m_kernel.transact(tr("Saving the service profile failed"), [&]() -> Status {
        if (Status stored = m_profile.update(profile); !stored)
            return stored;
        return m_kernel.audit(QStringLiteral("profile.set"), QStringLiteral("profile"),
                              AuditJson::of(*before), AuditJson::of(profile));
    });
    if (!done)
        return done.errors();
    return true;
}

} // namespace seqohs
