#pragma once

// Ids for undo commands. A command with an id merges with the one before it when both have the
// same id and mergeWith() agrees (typing in a narrative merges until a pause at a word boundary
// or a change of focus); the others are listed so that ids stay unique.
enum class CommandId {
    SetAssessment = 1,
    ReconfirmItem = 2,
};
