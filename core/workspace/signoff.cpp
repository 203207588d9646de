#include "signoff.h"

namespace seqohs {

QString signOffScopeToString(SignOff::Scope scope)
{
    switch (scope) {
    case SignOff::Scope::Criterion:
        return QStringLiteral("criterion");
    case SignOff::Scope::Standard:
        return QStringLiteral("standard");
    case SignOff::Scope::Domain:
        return QStringLiteral("domain");
    case SignOff::Scope::Whole:
        return QStringLiteral("whole");
    }
    return {};
}

std::optional<SignOff::Scope> signOffScopeFromString(const QString &text)
{
    for (SignOff::Scope s : {SignOff::Scope::Criterion, SignOff::Scope::Standard,
                             SignOff::Scope::Domain, SignOff::Scope::Whole}) {
        if (signOffScopeToString(s) == text)
            return s;
    }
    return std::nullopt;
}

} // namespace seqohs
