#pragma once

#include <QString>
#include <QStringList>

namespace seqohs {

// The group roles of one team workspace. Role names are global to a PostgreSQL server, so each
// database has its own four, named after it ("clinic_lead"), and a lead of one workspace is
// nothing in another. A person's login is made a member of one of them.
class ServerRoles
{
public:
    enum class Role { Lead, Contributor, Viewer, Assessor };

    explicit ServerRoles(QString database);

    QString name(Role role) const;
    // All four, lead first.
    QStringList names() const;
    // The longest database name whose role names PostgreSQL keeps whole (63 bytes).
    static constexpr int MaxDatabaseName = 63 - 12;

    static QString suffix(Role role);

private:
    QString m_database;
};

} // namespace seqohs
