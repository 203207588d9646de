#pragma once

#include "action.h"
#include "common/expected.h"
#include "readreporter.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace seqohs {

class ActionStore;
class StorageKernel;

// A change to the action plan: adding, editing and removing an action, and putting a removed one
// back (undo). Each checks what it is given before anything is written, then stores it with its
// audit row in one unit of work (joining the caller's, when there is one). The caller announces
// what changed.
class ActionChange
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ActionChange)

public:
    // Whether the standards set followed has the item; the error says what to do.
    using ItemCheck = std::function<Status(const QString &itemId)>;

    ActionChange(StorageKernel &kernel, ActionStore &actions, ItemCheck checkItem,
                 ReadReporter reported)
        : m_kernel(kernel)
        , m_actions(actions)
        , m_checkItem(std::move(checkItem))
        , m_reported(std::move(reported))
    {
    }

    // Stores the action, a done one completed today unless it says when, and returns its id
    // ("action.add"). Fails without a text or for an item the set does not have.
    [[nodiscard]] Expected<qint64> add(Action action);
    struct Updated
    {
        bool changed = false;
        qint64 nextAdded = 0;   // the next occurrence, made because a repeating action was done
        qint64 nextRemoved = 0; // the next occurrence, taken back because it was undone
    };
    // Stores the edit: done today unless it says when, no completion date unless done
    // ("action.update"). Completing a repeating action adds its next occurrence in the same
    // unit of work (unless it has one); making it not done again removes that occurrence while
    // nobody has changed it, so that undo leaves no stray copy. Fails as add() does and for an
    // action that does not exist.
    [[nodiscard]] Expected<Updated> update(const Action &given);
    // Puts a removed action back under its own id ("action.restore"). Fails as add() does and
    // when the id is in use.
    [[nodiscard]] Status restore(const Action &action);
    // Fails for an action that does not exist ("action.remove").
    [[nodiscard]] Status remove(qint64 id);

private:
    [[nodiscard]] Expected<Action> existing(qint64 id) const;
    // The occurrence completing `done` makes.
    static Action nextOccurrence(const Action &done);
    [[nodiscard]] Status validate(const Action &action) const;

    StorageKernel &m_kernel;
    ActionStore &m_actions;
    ItemCheck m_checkItem;
    ReadReporter m_reported;
};

} // namespace seqohs
