#pragma once

#include "common/expected.h"
#include "scoring/evidencefacts.h"
#include "scoring/scoringinput.h"

#include <QObject>

#include <optional>

namespace seqohs {

class Workspace;

// The scoring input of an open workspace, kept up to date from the workspace's change signals
// one row at a time, so that rescoring after an edit does not read the whole file again (on a
// workspace of 5,000 evidence items a full read takes tens of milliseconds).
class ScoringInputCache : public QObject
{
    Q_OBJECT
public:
    // read, when given, is the workspace's input read already (on another thread, through a
    // companion connection, while a window kept answering); without it the input is read here.
    // facts, when made from read on that thread too, are kept while they fit.
    explicit ScoringInputCache(Workspace *workspace, QObject *parent = nullptr,
                               std::optional<ScoringInput> read = std::nullopt,
                               EvidenceFacts facts = {});

    // The current input, with asOf set to the given date. After a row failed to read, this
    // reads everything again; errors() says whether that worked.
    const ScoringInput &input(const QDate &asOf);
    const ScoringInput &input() const { return m_input; }
    // What the evidence and links say for input(asOf) (Scorer::evidenceFacts), kept until
    // evidence or links change or it no longer fits: Scorer::score(input(asOf), this) is then
    // what Scorer::score(input(asOf)) gives, without the costly part.
    const EvidenceFacts &evidenceFacts(const QDate &asOf);

    // Reads everything again (after a move to another standards set, or connecting again).
    void reload();
    // Why the input is behind the file, or empty when it is current.
    const ErrorList &errors() const { return m_errors; }

private:
    void onAssessment(const QString &itemId);
    void onEvidence(qint64 id);
    void onEvidenceRemoved(qint64 id);
    void onLinks(qint64 evidenceId);
    void onAction(qint64 id);
    void onActionRemoved(qint64 id);

    template <typename T, typename Use> void take(Expected<T> read, Use use);

    Workspace *m_workspace;
    ScoringInput m_input;
    EvidenceFacts m_facts;
    ErrorList m_errors;
};

} // namespace seqohs
