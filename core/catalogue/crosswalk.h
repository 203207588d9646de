#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace seqohs {

// Typed mappings between the assessable items of two standards sets.
struct Crosswalk
{
    // How the source item's scope relates to the target's.
    //  Equal: same scope. Subset: the source covers part of the target.
    //  Superset: the source covers all of the target and more. Intersect: they overlap.
    enum class Relation { Equal, Subset, Superset, Intersect };

    struct Mapping
    {
        QString from; // assessable item id in the source set
        QString to;   // assessable item id in the target set
        Relation relation = Relation::Equal;
        QString note;
        bool operator==(const Mapping &) const = default;
    };

    static constexpr int FormatVersion = 1;

    QString id;
    QString title;
    QString fromSetId;
    QString toSetId;
    QString version;
    QList<Mapping> mappings;
    QString attribution; // who wrote the mappings and on what basis

    bool operator==(const Crosswalk &) const = default;
};

QString relationToString(Crosswalk::Relation relation); // "equal", "subset", ...
std::optional<Crosswalk::Relation> relationFromString(const QString &text);

} // namespace seqohs
