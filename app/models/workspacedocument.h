#pragma once

#include "common/error.h"
#include "scoring/evidencefacts.h"
#include "scoring/readiness.h"
#include "scoring/scoringinput.h"
#include "scoring/snapshot.h"

#include "models/workspacelocation.h"

#include <QHash>

#include <QDate>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace seqohs {
class ScoringInputCache;
class Workspace;
struct ScoringInput;
} // namespace seqohs

// An open workspace as the application sees it: the core Workspace, its undo stack, and the
// current readiness figures, rescored whenever the workspace announces a change. Views and
// models read from here; edits go through undo commands that call the Workspace.
class WorkspaceDocument : public QObject
{
    Q_OBJECT
public:
    // read, when given, is the workspace's scoring input read already, off the window's thread,
    // and facts what its evidence says, worked out there too (ScoringInputCache).
    explicit WorkspaceDocument(std::unique_ptr<seqohs::Workspace> workspace,
                               QObject *parent = nullptr,
                               std::optional<seqohs::ScoringInput> read = std::nullopt,
                               seqohs::EvidenceFacts facts = {});
    ~WorkspaceDocument() override;

    seqohs::Workspace &workspace() const { return *m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }
    const seqohs::Readiness &readiness() const { return m_readiness; }
    QString path() const;
    QString displayName() const;
    // Where it was opened from, for the connections of worker threads. A file by default; a
    // team workspace's window sets the URL it used (path() is then the server's display name).
    const WorkspaceLocation &location() const { return m_location; }
    void setLocation(const WorkspaceLocation &location) { m_location = location; }

    // Watches a team workspace's connection (a file needs no watching): checks it every
    // intervalMs while nothing else is going on; once it is lost, says so (connectionLost) and
    // tries to connect again at the same pace, with the password this window was given, until
    // it can (reconnected, after the figures were read again).
    void watchConnection(int intervalMs = 2000);
    bool isConnected() const { return !m_connectionLost; }

    // The date the figures are for: today unless a forecast date is set.
    QDate asOf() const;
    void setForecastDate(const QDate &date); // invalid = today
    QDate forecastDate() const { return m_forecast; }

    // What the figures are computed from, kept up to date edit by edit (not re-read).
    const seqohs::ScoringInput &scoringInput() const;
    // The saved snapshots that can be read, oldest first (for charts and reports).
    QList<seqohs::Snapshot> snapshots() const;

    // Undoing a removal re-creates an evidence item or action under a new id. Commands that
    // were recorded with the old id find the current one here.
    void remapEvidenceId(qint64 oldId, qint64 newId);
    qint64 currentEvidenceId(qint64 id) const;
    void remapActionId(qint64 oldId, qint64 newId);
    qint64 currentActionId(qint64 id) const;

    // Undo commands and background jobs report failures here; the main window shows them.
    void reportErrors(const seqohs::ErrorList &errors);

public Q_SLOTS:
    void rescore();

Q_SIGNALS:
    void readinessChanged();
    // The workspace moved to another standards set: every view must reload its structure.
    void standardsSetChanged();
    void errorsOccurred(const seqohs::ErrorList &errors);
    void connectionLost(const QString &message);
    // Connected again: anything may have changed while the connection was down.
    void reconnected();

private:
    std::unique_ptr<seqohs::Workspace> m_workspace;
    seqohs::ScoringInputCache *m_input = nullptr;
    QUndoStack *m_undoStack = nullptr;
    WorkspaceLocation m_location;
    seqohs::Readiness m_readiness;
    QDate m_forecast;
    bool m_rescorePending = false;
    bool m_connectionLost = false;
    QTimer *m_connectionWatch = nullptr;
    void checkConnection();
    QHash<qint64, qint64> m_evidenceIds;
    QHash<qint64, qint64> m_actionIds;
    void scheduleRescore();
};
