#pragma once

#include "action.h"
#include "common/expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace seqohs {

class StorageKernel;

// The action plan's actions, and the items actions served under earlier standards sets.
class ActionStore
{
    Q_DECLARE_TR_FUNCTIONS(ActionStore)

public:
    explicit ActionStore(StorageKernel &kernel)
        : m_kernel(kernel)
    {
    }

    [[nodiscard]] Expected<QList<Action>> all() const;
    [[nodiscard]] Expected<std::optional<Action>> find(qint64 id) const;
    // The occurrence that follows action id in its series, if one was made.
    [[nodiscard]] Expected<std::optional<Action>> follower(qint64 id) const;
    [[nodiscard]] Expected<QHash<qint64, QString>> archivedItems(qint64 historyId) const;
    // Sets action.id to the new row's id.
    [[nodiscard]] Status insert(Action &action);
    [[nodiscard]] Status update(const Action &action);
    // Undo of a removal: puts the action back under its own id.
    [[nodiscard]] Status restore(const Action &action);
    [[nodiscard]] Status repoint(qint64 id, const QString &itemId);
    [[nodiscard]] Status remove(qint64 id);

private:
    // The row's version, for a checked edit later (StorageKernel::noteVersion).
    void noteVersion(const QSqlQuery &q, qint64 id) const;

    StorageKernel &m_kernel;
};

} // namespace seqohs
