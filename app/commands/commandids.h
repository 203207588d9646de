#pragma once

// Merge ids for undo commands that combine with the next one of the same kind (typing a
// narrative is one undo step, not one per pause).
enum class CommandId {
    SetAssessment = 1,
};
