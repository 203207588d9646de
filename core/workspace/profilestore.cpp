#include "profilestore.h"

#include "sqlvalues.h"
#include "storagekernel.h"

#include <QSqlQuery>

namespace seqohs {

Expected<ServiceProfile> ProfileStore::read() const
{
    Expected<QSqlQuery> q =
        m_kernel.run(QStringLiteral("SELECT name, organisation, sites, serves_nhs, extra_tags, "
                                    "planned_assessment, annual_return FROM profile WHERE id = 1"),
                     {}, tr("Reading the service profile failed"));
    if (!q)
        return q.errors();
    if (!q->next()) {
        return Error{tr("The workspace has no service profile."), m_kernel.location(), QString(),
                     tr("Restore the workspace from a backup.")};
    }
    ServiceProfile p;
    p.name = q->value(0).toString();
    p.organisation = q->value(1).toString();
    p.sites = SqlValues::toList(q->value(2));
    p.servesNhs = q->value(3).toInt() != 0;
    p.extraTags = SqlValues::toList(q->value(4));
    p.plannedAssessment = SqlValues::toDate(q->value(5));
    p.annualReturn = SqlValues::toDate(q->value(6));
    return p;
}

Status ProfileStore::insert(const ServiceProfile &p)
{
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("INSERT INTO profile (id, name, organisation, sites, serves_nhs, "
                       "extra_tags, planned_assessment, annual_return) VALUES "
                       "(1, ?, ?, ?, ?, ?, ?, ?)"),
        {p.name, p.organisation, SqlValues::list(p.sites), p.servesNhs ? 1 : 0,
         SqlValues::list(p.extraTags), SqlValues::date(p.plannedAssessment),
         SqlValues::date(p.annualReturn)},
        tr("Saving the service profile failed"));
    return q ? success() : Status(q.errors());
}

Status ProfileStore::update(const ServiceProfile &p)
{
    Expected<QSqlQuery> q =
        m_kernel.run(QStringLiteral("UPDATE profile SET name = ?, organisation = ?, sites = ?, "
                                    "serves_nhs = ?, extra_tags = ?, planned_assessment = ?, "
                                    "annual_return = ? WHERE id = 1"),
                     {p.name, p.organisation, SqlValues::list(p.sites), p.servesNhs ? 1 : 0,
                      SqlValues::list(p.extraTags), SqlValues::date(p.plannedAssessment),
                      SqlValues::date(p.annualReturn)},
                     tr("Saving the service profile failed"));
    return q ? success() : Status(q.errors());
}

} // namespace seqohs
