#include "rollup.h"

#include <algorithm>

namespace seqohs {

int RollUp::readCount() const
{
    return int(
        std::count_if(services.cbegin(), services.cend(), [](const Service &s) { return s.read; }));
}

const RollUp::Set *RollUp::setOf(int service) const
{
    for (const Set &set : sets) {
        if (set.services.contains(service))
            return &set;
    }
    return nullptr;
}

const RollUp::Set *RollUp::set(const QString &id) const
{
    for (const Set &s : sets) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace seqohs
