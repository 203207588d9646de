#include "assessmentmerge.h"

namespace seqohs {

namespace {

constexpr AssessmentMerge::Field AllFields[] = {
    AssessmentMerge::Field::Result, AssessmentMerge::Field::Workflow,
    AssessmentMerge::Field::Narrative, AssessmentMerge::Field::Justification,
    AssessmentMerge::Field::Owner};

bool same(const Assessment &a, const Assessment &b, AssessmentMerge::Field field)
{
    switch (field) {
    case AssessmentMerge::Field::Result:
        return a.result == b.result;
    case AssessmentMerge::Field::Workflow:
        return a.workflow == b.workflow;
    case AssessmentMerge::Field::Narrative:
        return a.narrative == b.narrative;
    case AssessmentMerge::Field::Justification:
        return a.justification == b.justification;
    case AssessmentMerge::Field::Owner:
        return a.owner == b.owner;
    }
    return true;
}

void copy(Assessment &to, const Assessment &from, AssessmentMerge::Field field)
{
    switch (field) {
    case AssessmentMerge::Field::Result:
        to.result = from.result;
        break;
    case AssessmentMerge::Field::Workflow:
        to.workflow = from.workflow;
        break;
    case AssessmentMerge::Field::Narrative:
        to.narrative = from.narrative;
        break;
    case AssessmentMerge::Field::Justification:
        to.justification = from.justification;
        break;
    case AssessmentMerge::Field::Owner:
        to.owner = from.owner;
        break;
    }
}

} // namespace

AssessmentMerge::AssessmentMerge(const Assessment &base, const Assessment &mine,
                                 const Assessment &theirs)
    : m_mine(mine)
    , m_theirs(theirs)
    , m_base(base)
{
    for (Field f : AllFields) {
        const bool theirsChanged = !same(base, theirs, f);
        m_theyChanged = m_theyChanged || theirsChanged;
        if (theirsChanged && !same(base, mine, f) && !same(mine, theirs, f))
            m_conflicts << f;
    }
}

Assessment AssessmentMerge::merged(const QList<Field> &takeTheirs) const
{
    Assessment out = m_mine;
    for (Field f : AllFields) {
        const bool mineChanged = !same(m_base, m_mine, f);
        if (!mineChanged || (m_conflicts.contains(f) && takeTheirs.contains(f)))
            copy(out, m_theirs, f);
    }
    return out;
}

QString AssessmentMerge::fieldName(Field field)
{
    switch (field) {
    case Field::Result:
        return tr("Result");
    case Field::Workflow:
        return tr("Status");
    case Field::Narrative:
        return tr("Narrative");
    case Field::Justification:
        return tr("Justification");
    case Field::Owner:
        return tr("Owner");
    }
    return QString();
}

QString AssessmentMerge::valueText(const Assessment &assessment, Field field)
{
    switch (field) {
    case Field::Result:
        return resultDisplayName(assessment.result);
    case Field::Workflow:
        return workflowDisplayName(assessment.workflow);
    case Field::Narrative:
        return assessment.narrative;
    case Field::Justification:
        return assessment.justification;
    case Field::Owner:
        return assessment.owner;
    }
    return QString();
}

} // namespace seqohs
