#pragma once

#include <QString>
#include <QStringList>

namespace seqohs {

// The group roles of one team workspace. Role names are global to a PostgreSQL server, so each
// database has its own, named after it ("clinic_lead"), and a lead of one workspace is nothing
// in another. A person's login is made a member of one of them. Four work on the workspace;
// the fifth, regional, reads only the figures a roll-up across sites shows, through the roll-up
// views (server schema 2).
class ServerRoles
{
public:
    enum class Role { Lead, Contributor, Viewer, Assessor, Regional };

    explicit ServerRoles(QString database);

    QString name(Role role) const;
    // The four that work on the workspace, lead first (not the regional role).
    QStringList names() const;
    // The longest database name whose role names PostgreSQL keeps whole (63 bytes).
    static constexpr int MaxDatabaseName = 63 - 12;

    static QString suffix(Role role);

private:
    QString m_database;
};

} // namespace seqohs
