#pragma once

#include "common/expected.h"
#include "finding.h"
#include "responseimport.h"

#include "workspace/packrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace seqohs {

class Workspace;

// The rounds of the conversation with the assessor as the service's workspace recorded them:
// the full pack, then each follow-up, each with the response that answered it, if any.
struct AssessmentRound
{
    int number = 1;
    PackRecord pack;
    std::optional<StoredResponse> response; // the latest response to the pack

    // The response's finding for a standard; NotRecorded when there is none.
    FindingResult findingFor(const QString &standardId) const;
};

class AssessmentRounds
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::AssessmentRounds)

public:
    // The chain of the latest pack the conversation reached (a follow-up, else the latest pack a
    // response answers, else the latest pack), back to its full pack, oldest first. Empty when
    // the workspace made no pack.
    static Expected<QList<AssessmentRound>> of(const Workspace &workspace);

    struct StandardRow
    {
        QString standardId;
        QString standardCode;
        QString standardTitle;
    };
    // The standards any round's response has a finding for, in the order of the set.
    static QList<StandardRow> standards(const Workspace &workspace,
                                        const QList<AssessmentRound> &rounds);
};

} // namespace seqohs
