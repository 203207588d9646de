#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace seqohs {

// Two people changed one record (an assessment, an evidence item's details, an action) from the
// same starting point: what each changed, field by field. A field only one of them changed takes
// that change; a field both changed to different values is a conflict, for the person saving
// second to choose. What the list of fields does not name is not for people to edit, and stays
// as stored. A plain computation.
template <typename Record> class FieldMerge
{
public:
    // One field people edit: its name for people, and how it is compared, copied and read.
    struct Field
    {
        QString name;
        std::function<bool(const Record &, const Record &)> same;
        std::function<void(Record &to, const Record &from)> copy;
        std::function<QString(const Record &)> text;
    };

    // A field that is one member of the record, shown as text(value).
    template <typename T, typename Text> static Field member(QString name, T Record::*m, Text text)
    {
        return Field{std::move(name),
                     [m](const Record &a, const Record &b) { return a.*m == b.*m; },
                     [m](Record &to, const Record &from) { to.*m = from.*m; },
                     [m, text](const Record &r) { return QString(text(r.*m)); }};
    }

    // base: what the person saw; mine: what they now save; theirs: what is stored now.
    FieldMerge(QList<Field> fields, const Record &base, const Record &mine, const Record &theirs)
        : m_fields(std::move(fields))
        , m_base(base)
        , m_mine(mine)
        , m_theirs(theirs)
    {
        for (int i = 0; i < m_fields.size(); ++i) {
            const Field &f = m_fields.at(i);
            const bool theirsChanged = !f.same(base, theirs);
            m_theyChanged = m_theyChanged || theirsChanged;
            if (theirsChanged && !f.same(base, mine) && !f.same(mine, theirs))
                m_conflicts << i;
        }
    }

    // Whether someone else changed any field since base.
    bool theyChanged() const { return m_theyChanged; }
    // The fields both changed, to different values, by their place in the list.
    const QList<int> &conflicts() const { return m_conflicts; }
    // What is stored, with each field I changed taken from mine: in a conflict, mine unless its
    // place is in takeTheirs.
    Record merged(const QList<int> &takeTheirs = {}) const
    {
        Record out = m_theirs;
        for (int i = 0; i < m_fields.size(); ++i) {
            const Field &f = m_fields.at(i);
            const bool mineChanged = !f.same(m_base, m_mine);
            if (mineChanged && !(m_conflicts.contains(i) && takeTheirs.contains(i)))
                f.copy(out, m_mine);
        }
        return out;
    }

    const Field &field(int i) const { return m_fields.at(i); }
    QString mineText(int i) const { return m_fields.at(i).text(m_mine); }
    QString theirsText(int i) const { return m_fields.at(i).text(m_theirs); }

private:
    QList<Field> m_fields;
    Record m_base;
    Record m_mine;
    Record m_theirs;
    bool m_theyChanged = false;
    QList<int> m_conflicts;
};

} // namespace seqohs
