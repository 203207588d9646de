#pragma once

#include "expected.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>

namespace seqohs {

// Writes a file atomically: the writer gets a device, and the target is replaced only when the
// writer returns success and every byte reached the disk. A full disk or a failing writer
// leaves the old file as it was.
Status saveFileAtomically(const QString &path, const std::function<Status(QIODevice &)> &writer);

// Convenience for writers that already have the bytes.
Status saveFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace seqohs
