#pragma once

#include "common/expected.h"
#include "crosswalk.h"
#include "standardsset.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace seqohs {

// The standards sets and crosswalks that ship inside the program (the files of standards/,
// compiled in as Qt resources), and the one way to load a set by id or from a file.
//
// Everything here returns values: nothing is cached and no shared state exists, so a file that
// fails to load cannot replace or damage a set the caller already holds.
class StandardsLibrary
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::StandardsLibrary)

public:
    // Ids of the bundled sets, sorted.
    static QStringList bundledIds();

    // The bundled set with this id; an error listing the bundled ids when there is none.
    static Expected<StandardsSet> bundled(const QString &id);

    // The set a new workspace follows unless told otherwise: "seqohs-2023-summary".
    static QString defaultId();

    // The bundled crosswalk from the set fromId to the set toId; an error when none is bundled.
    static Expected<Crosswalk> bundledCrosswalk(const QString &fromId, const QString &toId);

    // Every bundled crosswalk.
    static QList<Crosswalk> bundledCrosswalks();

    // A bundled id, or else the path of a standards JSON file. The errors of a file name it and
    // say where it is wrong; an argument that is neither says so and lists the bundled ids.
    static Expected<StandardsSet> resolve(const QString &idOrPath);
};

} // namespace seqohs
