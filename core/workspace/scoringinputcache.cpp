#include "scoringinputcache.h"

#include "scoringinputbuilder.h"
#include "workspace.h"

namespace seqohs {

ScoringInputCache::ScoringInputCache(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::assessmentChanged, this, &ScoringInputCache::onAssessment);
    connect(workspace, &Workspace::evidenceAdded, this, &ScoringInputCache::onEvidence);
    connect(workspace, &Workspace::evidenceChanged, this, &ScoringInputCache::onEvidence);
    connect(workspace, &Workspace::evidenceRemoved, this, &ScoringInputCache::onEvidenceRemoved);
    connect(workspace, &Workspace::linksChanged, this, &ScoringInputCache::onLinks);
    connect(workspace, &Workspace::actionAdded, this, &ScoringInputCache::onAction);
    connect(workspace, &Workspace::actionChanged, this, &ScoringInputCache::onAction);
    connect(workspace, &Workspace::actionRemoved, this, &ScoringInputCache::onActionRemoved);
    connect(workspace, &Workspace::profileChanged, this,
            [this] { m_input.profile = m_workspace->profile(); });
    connect(workspace, &Workspace::standardsSetChanged, this, &ScoringInputCache::reload);
    reload();
}

const ScoringInput &ScoringInputCache::input(const QDate &asOf)
{
    m_input.asOf = asOf;
    return m_input;
}

void ScoringInputCache::reload()
{
    m_input = scoringInputFor(*m_workspace, m_input.asOf);
}

void ScoringInputCache::onAssessment(const QString &itemId)
{
    m_input.assessments.insert(itemId, m_workspace->assessment(itemId));
}

void ScoringInputCache::onEvidence(qint64 id)
{
    const std::optional<EvidenceItem> item = m_workspace->evidenceItem(id);
    if (!item) {
        onEvidenceRemoved(id);
        return;
    }
    bool found = false;
    for (EvidenceItem &e : m_input.evidence) {
        if (e.id == id) {
            e = *item;
            found = true;
            break;
        }
    }
    if (!found)
        m_input.evidence << *item;
    onLinks(id);
}

void ScoringInputCache::onEvidenceRemoved(qint64 id)
{
    m_input.evidence.removeIf([id](const EvidenceItem &e) { return e.id == id; });
    m_input.links.removeIf([id](const EvidenceLink &l) { return l.evidenceId == id; });
}

void ScoringInputCache::onLinks(qint64 evidenceId)
{
    m_input.links.removeIf(
        [evidenceId](const EvidenceLink &l) { return l.evidenceId == evidenceId; });
    m_input.links << m_workspace->linksFor(evidenceId);
}

void ScoringInputCache::onAction(qint64 id)
{
    const std::optional<Action> action = m_workspace->action(id);
    if (!action) {
        onActionRemoved(id);
        return;
    }
    for (Action &a : m_input.actions) {
        if (a.id == id) {
            a = *action;
            return;
        }
    }
    m_input.actions << *action;
}

void ScoringInputCache::onActionRemoved(qint64 id)
{
    m_input.actions.removeIf([id](const Action &a) { return a.id == id; });
}

} // namespace seqohs
