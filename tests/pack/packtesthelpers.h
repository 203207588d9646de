#pragma once

#include "pack/packverifier.h"
#include "pack/signingkey.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace packtest {

// The demo workspace (files of every kind, links, actions) at dir/demo.seqohs; on the server
// run (tests/CMakeLists.txt) a team workspace made from that file instead, which the command
// line's tests then name by its address.
std::unique_ptr<seqohs::Workspace> demoWorkspace(const QString &dir);

seqohs::SigningKey newKey();

// Writes a pack of ws to path, signed with key, and records it in ws; fails the test on error.
QString writePack(seqohs::Workspace &ws, const seqohs::SigningKey &key, const QString &path);

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray fileHash(const QString &path);

// The names of the entries of a zip, in order.
QStringList zipNames(const QString &path);
// The content of one entry.
QByteArray zipEntry(const QString &path, const QString &name);
// Rewrites a zip with libzip: entries replaced by name (a null QByteArray removes the entry),
// and extra entries added. Everything else is copied unchanged.
void rewriteZip(const QString &from, const QString &to,
                const QList<QPair<QString, QByteArray>> &replace,
                const QList<QPair<QString, QByteArray>> &add = {});

// True when some problem names this file (Error::file) and its message contains text.
bool hasProblem(const seqohs::PackVerification &result, const QString &file,
                const QString &text = {});

// Every file under dir, relative, sorted.
QStringList filesUnder(const QString &dir);

} // namespace packtest
