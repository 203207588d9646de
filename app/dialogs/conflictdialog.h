#pragma once

#include "workspace/fieldmerge.h"

#include <QDialog>
#include <QList>

class QRadioButton;

// Someone else changed the same fields of a record (a criterion's assessment, an evidence item,
// an action) as the person saving: each such field side by side, theirs and the person's own,
// and the person chooses which to keep (their own unless they say otherwise, so that nothing
// they typed is lost by a click). The fields only one of them changed were combined already.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    // subject names the record for people: "1.2.3", "evidence \"Fire policy\"".
    template <typename Record>
    ConflictDialog(const QString &subject, const seqohs::FieldMerge<Record> &merge,
                   QWidget *parent = nullptr)
        : ConflictDialog(subject, choicesOf(merge), parent)
    {
    }

    // The conflicting fields where the person chose the other person's value, by their place in
    // the merge's list of fields.
    QList<int> takeTheirs() const;

private:
    struct Choice
    {
        int place;
        QString name;
        QString mine;
        QString theirs;
    };

    template <typename Record>
    static QList<Choice> choicesOf(const seqohs::FieldMerge<Record> &merge)
    {
        QList<Choice> choices;
        for (int place : merge.conflicts()) {
            choices << Choice{place, merge.field(place).name, merge.mineText(place),
                              merge.theirsText(place)};
        }
        return choices;
    }

    ConflictDialog(const QString &subject, const QList<Choice> &choices, QWidget *parent);

    QList<QPair<int, QRadioButton *>> m_theirs;
};
