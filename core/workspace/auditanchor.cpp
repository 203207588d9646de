#include "auditanchor.h"

#include "sha256.h"
#include "storagekernel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace seqohs {

QString AuditAnchor::key() const
{
    return QStringLiteral("auditAnchors/") +
           QString::fromLatin1(
               Sha256::hexHash(QFileInfo(m_kernel.location()).absoluteFilePath().toUtf8()));
}

QStringList AuditAnchor::check() const
{
    // Rows cut from the end with the count rewound, or a chain recomputed from start to end,
    // pass every check inside the file. What this computer saw last does not change with it.
    QStringList warnings;
    const QStringList seen = QSettings().value(key()).toString().split(QLatin1Char(' '));
    if (seen.size() != 2)
        return warnings;
    bool ok = false;
    const qint64 seq = seen.at(0).toLongLong(&ok);
    if (!ok || seq <= 0)
        return warnings;
    Expected<std::optional<QString>> hash = m_kernel.auditHashAt(seq);
    if (!hash) {
        warnings << hash.errorString();
        return warnings;
    }
    const QString hint = tr("If nobody here restored an older copy, the file was changed outside "
                            "seqohs-tracker: keep it as it is and compare it with a backup or "
                            "the last submission pack.");
    if (!*hash) {
        Expected<qint64> count = m_kernel.auditCount();
        warnings << tr("The audit trail is shorter than when this computer last opened "
                       "this workspace: it had %1 rows and now has %2. %3")
                        .arg(seq)
                        .arg(count ? QString::number(*count) : count.errorString())
                        .arg(hint);
    } else if (**hash != seen.at(1)) {
        warnings << tr("The audit trail was rewritten since this computer last opened "
                       "this workspace: row %1 is no longer the row seen then. %2")
                        .arg(seq)
                        .arg(hint);
    }
    return warnings;
}

void AuditAnchor::remember() const
{
    Expected<qint64> count = m_kernel.auditCount();
    Expected<QString> head = m_kernel.auditHead();
    if (!count || !head || *count <= 0 || head->isEmpty())
        return;
    // A command that only read the workspace leaves the head as it was: writing the settings
    // file anyway would cost a synced write on every read.
    const QString value = QString::number(*count) + QLatin1Char(' ') + *head;
    QSettings settings;
    if (settings.value(key()).toString() != value)
        settings.setValue(key(), value);
}

} // namespace seqohs
