#pragma once

#include "expected.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QFileDevice;
QT_END_NAMESPACE

namespace seqohs {

// Writes a file atomically: the writer gets a device, and the target is replaced only when the
// writer returns success and every byte reached the disk. A full disk or a failing writer
// leaves the old file as it was.
Status saveFileAtomically(const QString &path, const std::function<Status(QIODevice &)> &writer);

// Convenience for writers that already have the bytes.
Status saveFileAtomically(const QString &path, const QByteArray &bytes);

// For secrets (key files): as above, with the temporary file readable and writable by its owner
// alone before the first byte is written to it.
Status saveSecretFileAtomically(const QString &path,
                                const std::function<Status(QIODevice &)> &writer);

// Test seam, for tests only (tests/support/faildevice.h): a fault that every
// saveFileAtomically in the process passes its writes through, to show that each writer reports
// a failing disk as an error naming the file and leaves the previous file as it was. Null (the
// default) writes straight to the file.
class SaveFileFault
{
public:
    virtual ~SaveFileFault() = default;
    // The device that the writer's bytes go to instead of file; it passes them on to file until
    // it fails.
    virtual std::unique_ptr<QIODevice> wrap(QFileDevice &file) = 0;
    // Asked after every byte was written, before the file is synced and takes its name: false
    // fails there, as a disk that reports trouble only when data is forced out does.
    virtual bool commitSucceeds() = 0;
};
void setSaveFileFaultForTesting(SaveFileFault *fault);

} // namespace seqohs
