#include "scoringinputcache.h"

#include "scoring/scorer.h"
#include "scoringinputbuilder.h"
#include "workspace.h"

#include <algorithm>

namespace seqohs {

ScoringInputCache::ScoringInputCache(Workspace *workspace, QObject *parent,
                                     std::optional<ScoringInput> read, EvidenceFacts facts)
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
    connect(workspace, &Workspace::profileChanged, this, [this] {
        m_facts = EvidenceFacts();
        take(m_workspace->profile(), [this](ServiceProfile p) { m_input.profile = std::move(p); });
    });
    connect(workspace, &Workspace::standardsSetChanged, this, &ScoringInputCache::reload);
    // What others changed while the connection was down was never announced.
    connect(workspace, &Workspace::reconnected, this, &ScoringInputCache::reload);
    if (read) {
        m_input = std::move(*read);
        m_facts = std::move(facts);
    } else {
        reload();
    }
}

const ScoringInput &ScoringInputCache::input(const QDate &asOf)
{
    // A change whose row could not be read left the cache behind the file: read it all again.
    if (!m_errors.isEmpty())
        reload();
    m_input.asOf = asOf;
    return m_input;
}

const EvidenceFacts &ScoringInputCache::evidenceFacts(const QDate &asOf)
{
    const ScoringInput &current = input(asOf);
    if (!m_facts.fits(current))
        m_facts = Scorer::evidenceFacts(current);
    return m_facts;
}

void ScoringInputCache::reload()
{
    m_facts = EvidenceFacts();
    Expected<ScoringInput> input = scoringInputFor(*m_workspace, m_input.asOf);
    if (!input) {
        m_errors = input.errors();
        return;
    }
    m_input = std::move(*input);
    m_errors.clear();
}

template <typename T, typename Use> void ScoringInputCache::take(Expected<T> read, Use use)
{
    if (read)
        use(std::move(*read));
    else
        m_errors = read.errors();
}

void ScoringInputCache::onAssessment(const QString &itemId)
{
    take(m_workspace->assessment(itemId),
         [this](const Assessment &a) { m_input.assessments.insert(a.itemId, a); });
}

void ScoringInputCache::onEvidence(qint64 id)
{
    Expected<std::optional<EvidenceItem>> read = m_workspace->evidenceItem(id);
    if (!read) {
        m_errors = read.errors();
        return;
    }
    m_facts = EvidenceFacts();
    const std::optional<EvidenceItem> item = *read;
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
    // In id order, as a full read gives them: a restored item (undo) has an earlier id.
    if (!found) {
        const auto at = std::find_if(m_input.evidence.cbegin(), m_input.evidence.cend(),
                                     [id](const EvidenceItem &e) { return e.id > id; });
        m_input.evidence.insert(at, *item);
    }
    onLinks(id);
}

void ScoringInputCache::onEvidenceRemoved(qint64 id)
{
    m_facts = EvidenceFacts();
    m_input.evidence.removeIf([id](const EvidenceItem &e) { return e.id == id; });
    m_input.links.removeIf([id](const EvidenceLink &l) { return l.evidenceId == id; });
}

void ScoringInputCache::onLinks(qint64 evidenceId)
{
    m_facts = EvidenceFacts();
    m_input.links.removeIf(
        [evidenceId](const EvidenceLink &l) { return l.evidenceId == evidenceId; });
    // In the order of a full read (by evidence, then item), after the earlier items' links.
    take(m_workspace->linksFor(evidenceId), [this, evidenceId](const QList<EvidenceLink> &links) {
        qsizetype at = 0;
        while (at < m_input.links.size() && m_input.links.at(at).evidenceId < evidenceId)
            ++at;
        for (const EvidenceLink &l : links)
            m_input.links.insert(at++, l);
    });
}

void ScoringInputCache::onAction(qint64 id)
{
    Expected<std::optional<Action>> read = m_workspace->action(id);
    if (!read) {
        m_errors = read.errors();
        return;
    }
    const std::optional<Action> action = *read;
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
    const auto at = std::find_if(m_input.actions.cbegin(), m_input.actions.cend(),
                                 [id](const Action &a) { return a.id > id; });
    m_input.actions.insert(at, *action);
}

void ScoringInputCache::onActionRemoved(qint64 id)
{
    m_input.actions.removeIf([id](const Action &a) { return a.id == id; });
}

} // namespace seqohs
