#pragma once

#include "assessment.h"
#include "common/expected.h"
#include "evidenceitem.h"
#include "signoff.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace seqohs {

struct StandardsSet;

// What a sign-off covers, and what has changed under it since.
//
// The record is compact JSON: {"items": {itemId: {"result", "narrative", "justification",
// "evidence": {evidenceId: "file <version> <sha256>" | "link <url>" | "statement <sha256>"}}},
// "titles": {evidenceId: title}, "set": "<set id> <version>"}. Its hash is the SHA-256 of the
// compact JSON of the record without "titles" (keys sorted), so renaming an evidence item, its
// owner or a due date do not void a sign-off; a result, a narrative, a justification, a link
// made or removed, new content and a move to another standards set do.
class SignOffCoverage
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::SignOffCoverage)

public:
    // What the record is made from: the workspace as it stands.
    struct State
    {
        QHash<QString, Assessment> assessments;
        QList<EvidenceLink> links;
        QList<EvidenceItem> evidence;
    };

    // The target's id for a scope, given its id or code (case-insensitive); empty for the whole
    // self-assessment. Fails for a target the set does not have.
    static Expected<QString> resolveTarget(const StandardsSet &set, SignOff::Scope scope,
                                           const QString &idOrCode);
    // The assessable items a scope covers, in the set's order.
    static QStringList items(const StandardsSet &set, SignOff::Scope scope, const QString &target);
    static QByteArray record(const StandardsSet &set, const QStringList &items, const State &state);
    static QString hash(const QByteArray &record);
    // The record with each item's result, narrative and justification as the assessments say
    // now, and its evidence as it was: enough when only assessments changed since it was made.
    static QByteArray withAssessments(const QByteArray &record,
                                      const QHash<QString, Assessment> &assessments);
    // Each change from before to now, in words ("GOV 1.2: the result changed from Met to Partially
    // met"), in the set's order.
    static QStringList changes(const StandardsSet &set, const QByteArray &before,
                               const QByteArray &now);
    // "standard GOV 1 (Governance policy)", "the whole self-assessment".
    static QString describe(const StandardsSet &set, SignOff::Scope scope, const QString &target);
    // The sign-offs that cover each assessable item, holding and void, for the views that mark
    // items.
    struct ItemSignOffs
    {
        QList<SignOff> holding;
        QList<SignOff> voided;
    };
    static QHash<QString, ItemSignOffs> byItem(const StandardsSet &set,
                                               const QList<SignOff> &signOffs);

    // The covered assessments the signer owns: the same name, without case, with or without the
    // role after a comma ("Dr Priya Shah" owns what "Dr Priya Shah, Clinical Lead" owns).
    static QStringList ownedBy(const QStringList &items, const State &state, const QString &signer);
};

} // namespace seqohs
