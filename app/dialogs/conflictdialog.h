#pragma once

#include "workspace/assessmentmerge.h"

#include <QDialog>
#include <QList>

class QRadioButton;

// Someone else changed the same fields of a criterion's assessment as the person saving: each
// such field side by side, theirs and the person's own, and the person chooses which to keep
// (their own unless they say otherwise, so that nothing they typed is lost by a click). The
// fields only one of them changed were combined already.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const QString &itemCode, const seqohs::AssessmentMerge &merge,
                   const seqohs::Assessment &mine, const seqohs::Assessment &theirs,
                   QWidget *parent = nullptr);

    // The fields where the person chose the other person's value.
    QList<seqohs::AssessmentMerge::Field> takeTheirs() const;

private:
    QList<QPair<seqohs::AssessmentMerge::Field, QRadioButton *>> m_theirs;
};
