#pragma once

#include "assessment.h"

#include <QCoreApplication>
#include <QList>

namespace seqohs {

// Two people changed one assessment from the same starting point: what each changed, field by
// field. A field only one of them changed takes that change; a field both changed to different
// values is a conflict, for the person saving second to choose. A plain computation.
class AssessmentMerge
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::AssessmentMerge)

public:
    enum class Field { Result, Workflow, Narrative, Justification, Owner };

    // base: what the person saw; mine: what they now save; theirs: what is stored now.
    AssessmentMerge(const Assessment &base, const Assessment &mine, const Assessment &theirs);

    // Whether someone else changed anything since base.
    bool theyChanged() const { return m_theyChanged; }
    // The fields both changed, to different values.
    const QList<Field> &conflicts() const { return m_conflicts; }
    // Mine and theirs combined, with mine in every conflict unless taken from theirs.
    Assessment merged(const QList<Field> &takeTheirs = {}) const;

    // For people: "Result", "Narrative", ...
    static QString fieldName(Field field);
    // The field's value as a person reads it.
    static QString valueText(const Assessment &assessment, Field field);

private:
    Assessment m_mine;
    Assessment m_theirs;
    Assessment m_base;
    bool m_theyChanged = false;
    QList<Field> m_conflicts;
};

} // namespace seqohs
