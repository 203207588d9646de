#pragma once

#include "common/expected.h"

#include <functional>
#include <utility>

namespace seqohs {

// Hands a failed read to whoever shows it (Workspace::readFailed) and returns the result as it
// was, so the collaborators behind the facade report their reads as the facade's own do.
class ReadReporter
{
public:
    using Sink = std::function<void(const ErrorList &errors)>;

    explicit ReadReporter(Sink sink)
        : m_sink(std::move(sink))
    {
    }

    template <typename T> Expected<T> operator()(Expected<T> result) const
    {
        if (!result && m_sink)
            m_sink(result.errors());
        return result;
    }

private:
    Sink m_sink;
};

} // namespace seqohs
