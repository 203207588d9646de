#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace seqohs {

class StorageKernel;

// The audit trail's head as this computer last saw it, kept outside the file (QSettings, per
// user, keyed by the file's absolute path) so that rows cut from the end, or a chain recomputed
// from start to end, are noticed the next time the workspace is opened.
class AuditAnchor
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::AuditAnchor)

public:
    explicit AuditAnchor(const StorageKernel &kernel)
        : m_kernel(kernel)
    {
    }

    // Warnings, each naming what changed and what to do; none when the trail still holds the
    // head seen last, or when this computer never saw the workspace.
    QStringList check() const;
    // Records the current head; does nothing for an empty trail or when it cannot be read.
    void remember() const;

private:
    QString key() const;

    const StorageKernel &m_kernel;
};

} // namespace seqohs
