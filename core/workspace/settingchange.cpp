#include "settingchange.h"

#include "storagekernel.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace seqohs {

Status SettingChange::set(const QString &key, const QString &value)
{
    if (key.isEmpty() || key.startsWith(QLatin1String("workspace."))) {
        return Error{tr("The setting name '%1' is reserved.").arg(key), m_kernel.location(),
                     QString(), tr("Use a name that does not start with \"workspace.\".")};
    }
    Expected<QVariant> before = m_reported(m_kernel.meta(key));
    if (!before)
        return before.errors();
    if (!before->isNull() && before->toString() == value)
        return success();
    return m_kernel.transact(tr("Saving a setting failed"), [&]() -> Status {
        if (Status stored = m_kernel.setMeta(key, value); !stored)
            return stored;
        return m_kernel.audit(QStringLiteral("meta.set"), QStringLiteral("meta:") + key,
                              before->isNull()
                                  ? QJsonObject()
                                  : QJsonObject{{QStringLiteral("value"), before->toString()}},
                              QJsonObject{{QStringLiteral("value"), value}});
    });
}

} // namespace seqohs
