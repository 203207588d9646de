#pragma once

#include "common/expected.h"
#include "rollup.h"
#include "scoring/scoringinput.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace seqohs {

// Builds a RollUp from several workspaces (docs/rollup.md). Each is opened read-only, so a
// workspace someone is editing can be rolled up too and none is ever changed; a team workspace
// is read through its roll-up views (Workspace::FiguresOnly), as a regional lead may; each is
// scored by Scorer::score exactly as its own `score` would, and the roll-up only sets those figures
// side by side.
class RollUpBuilder
{
public:
    // Called after each workspace is read: how many of how many.
    using Progress = std::function<void(int done, int total)>;
    // Asked for a team workspace's password when the server wants one libpq did not find.
    using PasswordPrompt = std::function<QString(const QString &server)>;

    // Reads the workspaces at paths (files, or team workspaces' postgresql:// addresses) as of
    // asOf. Never fails as a whole: one that cannot be read (missing, damaged, from a newer
    // version, not a workspace, a server that refuses the login) is listed as not read with the
    // errors that say why and what to do, and the others still roll up. Two paths to one file
    // count once, under the first.
    static RollUp build(const QStringList &paths, const QDate &asOf, const Progress &progress = {},
                        const PasswordPrompt &askPassword = {});

    // One workspace as read: its path and its scoring input, or why it could not be read.
    struct Source
    {
        QString path;
        Expected<ScoringInput> input;
    };
    // The roll-up of inputs already read, for callers that have them (and for tests).
    static RollUp combine(const QList<Source> &sources, const QDate &asOf);

    // The key under which a path counts once: the file (or team workspace) it names, whatever
    // the spelling.
    static QString fileKey(const QString &path);
};

} // namespace seqohs
