#pragma once

#include "dialogs/conflictdialog.h"
#include "workspace/fieldmerge.h"

#include <QApplication>

#include <optional>

// A save that was refused because someone else changed the record since the person saw it:
// their change and the person's combined field by field, the person choosing in the fields
// both changed (ConflictDialog).
template <typename Record> class TheirChange
{
public:
    enum class Outcome {
        NotTheirs, // nobody else changed it: the save was refused for another reason
        Declined,  // the person cancelled the choice: nothing is saved
        Combined,  // save combined()
    };

    TheirChange(QList<typename seqohs::FieldMerge<Record>::Field> fields, const Record &seen,
                const Record &mine, const Record &theirs, const QString &subject)
    {
        const seqohs::FieldMerge<Record> merge(std::move(fields), seen, mine, theirs);
        if (!merge.theyChanged())
            return;
        QList<int> takeTheirs;
        if (!merge.conflicts().isEmpty()) {
            ConflictDialog dialog(subject, merge, QApplication::activeWindow());
            if (dialog.exec() != QDialog::Accepted) {
                m_outcome = Outcome::Declined;
                return;
            }
            takeTheirs = dialog.takeTheirs();
        }
        m_outcome = Outcome::Combined;
        m_combined = merge.merged(takeTheirs);
    }

    Outcome outcome() const { return m_outcome; }
    const Record &combined() const { return *m_combined; }

private:
    Outcome m_outcome = Outcome::NotTheirs;
    std::optional<Record> m_combined;
};
