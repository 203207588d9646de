#include "serverroles.h"

namespace seqohs {

ServerRoles::ServerRoles(QString database)
    : m_database(std::move(database))
{
}

QString ServerRoles::suffix(Role role)
{
    switch (role) {
    case Role::Lead:
        return QStringLiteral("_lead");
    case Role::Contributor:
        return QStringLiteral("_contributor");
    case Role::Viewer:
        return QStringLiteral("_viewer");
    case Role::Assessor:
        return QStringLiteral("_assessor");
    case Role::Regional:
        return QStringLiteral("_regional");
    }
    return {};
}

QString ServerRoles::name(Role role) const
{
    return m_database + suffix(role);
}

QStringList ServerRoles::names() const
{
    return {name(Role::Lead), name(Role::Contributor), name(Role::Viewer), name(Role::Assessor)};
}

} // namespace seqohs
