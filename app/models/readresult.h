#pragma once

#include "common/expected.h"

#include <optional>

// Reads in the window. A workspace announces every failed read (Workspace::readFailed) and the
// window shows it, naming the file and what to do; the code that asked then stops rather than go
// on with an empty or default value.

// The value read, or nothing when the read failed.
template <typename T> std::optional<T> shown(seqohs::Expected<T> read)
{
    if (!read)
        return std::nullopt;
    return std::move(read).value();
}

// A row that may be absent: the row, or nothing when it is absent or could not be read.
template <typename T> std::optional<T> found(seqohs::Expected<std::optional<T>> read)
{
    if (!read)
        return std::nullopt;
    return std::move(read).value();
}
