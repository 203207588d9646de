#include "workspacedocument.h"
#include "models/readresult.h"

#include "common/clock.h"
#include "scoring/scorer.h"
#include "workspace/scoringinputcache.h"
#include "workspace/workspace.h"

#include <QTimer>

using namespace seqohs;

WorkspaceDocument::WorkspaceDocument(std::unique_ptr<Workspace> workspace, QObject *parent,
                                     std::optional<ScoringInput> read, EvidenceFacts facts)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_undoStack(new QUndoStack(this))
    , m_location(m_workspace->path())
{
    Workspace *ws = m_workspace.get();
    // Connected first, so the cache is current before anything else hears of a change.
    m_input = new ScoringInputCache(ws, this, std::move(read), std::move(facts));
    connect(ws, &Workspace::readFailed, this, &WorkspaceDocument::reportErrors);
    // A burst of changes (an import of many files) rescores once, after the burst.
    connect(ws, &Workspace::assessmentChanged, this, &WorkspaceDocument::scheduleRescore);
    connect(ws, &Workspace::evidenceAdded, this, &WorkspaceDocument::scheduleRescore);
    connect(ws, &Workspace::evidenceChanged, this, &WorkspaceDocument::scheduleRescore);
    connect(ws, &Workspace::evidenceRemoved, this, &WorkspaceDocument::scheduleRescore);
    connect(ws, &Workspace::linksChanged, this, &WorkspaceDocument::scheduleRescore);
    connect(ws, &Workspace::actionAdded, this, &WorkspaceDocument::scheduleRescore);
    connect(ws, &Workspace::actionChanged, this, &WorkspaceDocument::scheduleRescore);
    connect(ws, &Workspace::actionRemoved, this, &WorkspaceDocument::scheduleRescore);
    connect(ws, &Workspace::profileChanged, this, &WorkspaceDocument::scheduleRescore);
    connect(ws, &Workspace::reconfirmationsChanged, this, &WorkspaceDocument::scheduleRescore);
    connect(ws, &Workspace::standardsSetChanged, this, [this] {
        // Recorded commands name items of the old set: they cannot be undone across a move.
        m_undoStack->clear();
        rescore();
        emit standardsSetChanged();
    });
    rescore();
}

WorkspaceDocument::~WorkspaceDocument()
{
    // Commands hold pointers into the workspace: drop them first.
    m_undoStack->clear();
}

void WorkspaceDocument::watchConnection(int intervalMs)
{
    if (!m_location.isServer())
        return;
    if (!m_connectionWatch) {
        m_connectionWatch = new QTimer(this);
        connect(m_connectionWatch, &QTimer::timeout, this, &WorkspaceDocument::checkConnection);
    }
    m_connectionWatch->start(intervalMs);
}

void WorkspaceDocument::checkConnection()
{
    if (!m_connectionLost) {
        const Status answering = m_workspace->checkConnection();
        if (answering)
            return;
        m_connectionLost = true;
        emit connectionLost(answering.errors().first().message);
    }
    const Status again = m_workspace->reconnect(
        [password = m_location.password()](const QString &) { return QString(password); });
    if (!again)
        return; // tried again at the next tick
    m_connectionLost = false;
    rescore();
    emit reconnected();
}

QString WorkspaceDocument::path() const
{
    return m_workspace->path();
}

QString WorkspaceDocument::displayName() const
{
    return m_location.displayName();
}

QDate WorkspaceDocument::asOf() const
{
    return m_forecast.isValid() ? m_forecast : Clock::today();
}

void WorkspaceDocument::setForecastDate(const QDate &date)
{
    m_forecast = date;
    rescore();
}

const ScoringInput &WorkspaceDocument::scoringInput() const
{
    return m_input->input(asOf());
}

QList<Snapshot> WorkspaceDocument::snapshots() const
{
    QList<Snapshot> out;
    for (const SnapshotInfo &info :
         shown(m_workspace->snapshots()).value_or(QList<SnapshotInfo>())) {
        const Expected<QByteArray> json = m_workspace->snapshot(info.name);
        if (!json.ok())
            continue;
        const Expected<Snapshot> s = Snapshot::fromJson(*json, info.name);
        if (s.ok())
            out << *s;
    }
    return out;
}

void WorkspaceDocument::rescore()
{
    m_rescorePending = false;
    // The evidence's part of the score is kept between edits: an assessment changed on a
    // workspace of 50,000 evidence items rescores in a few milliseconds.
    const ScoringInput &input = scoringInput();
    m_readiness = Scorer::score(input, m_input->evidenceFacts(input.asOf));
    emit readinessChanged();
}

void WorkspaceDocument::scheduleRescore()
{
    if (m_rescorePending)
        return;
    m_rescorePending = true;
    QTimer::singleShot(0, this, &WorkspaceDocument::rescore);
}

void WorkspaceDocument::remapEvidenceId(qint64 oldId, qint64 newId)
{
    m_evidenceIds.insert(oldId, newId);
}

qint64 WorkspaceDocument::currentEvidenceId(qint64 id) const
{
    // Follow the chain: an item removed and restored twice has moved twice.
    for (int guard = 0; guard < 1000 && m_evidenceIds.contains(id); ++guard)
        id = m_evidenceIds.value(id);
    return id;
}

void WorkspaceDocument::remapActionId(qint64 oldId, qint64 newId)
{
    m_actionIds.insert(oldId, newId);
}

qint64 WorkspaceDocument::currentActionId(qint64 id) const
{
    for (int guard = 0; guard < 1000 && m_actionIds.contains(id); ++guard)
        id = m_actionIds.value(id);
    return id;
}

void WorkspaceDocument::reportErrors(const ErrorList &errors)
{
    if (!errors.isEmpty())
        emit errorsOccurred(errors);
}
