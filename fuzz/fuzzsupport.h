#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What every fuzz target shares: the Qt application object, a private folder for the files an
// API wants a path for, and settings kept out of the user's own.
namespace seqohs::fuzz {

// The input as bytes (a deep copy: the readers may keep what they are given).
QByteArray bytes(const uint8_t *data, size_t size);

// A folder of this process only, removed when it ends.
QString scratchDir();

// Writes data to name inside scratchDir() and returns its path. Aborts when it cannot, since a
// target that silently reads nothing would report coverage it does not have.
QString writeScratchFile(const QString &name, const QByteArray &data);

// Removes a workspace file with its SQLite companions (-wal, -shm, -journal) and its lock file,
// and the audit anchors that opening it left in the settings, so that no input depends on the
// inputs before it.
void forgetWorkspace(const QString &path);

// Stops the process when a property that must hold does not: libFuzzer records the input.
[[noreturn]] void fail(const char *what, const QString &detail = {});

} // namespace seqohs::fuzz
