#include "signoffstore.h"

#include "sqlvalues.h"
#include "storagekernel.h"

#include <QSqlError>
#include <QSqlQuery>

namespace seqohs {

namespace {

const QLatin1String Select("SELECT id, scope, target, signer, comment, signed, covered, "
                           "covered_hash, voided, void_reason FROM signoff");

// Format 5 brought sign-offs; an older file opened read-only has none.
bool hasTable(const StorageKernel &kernel)
{
    return kernel.formatVersion() >= 5;
}

Expected<SignOff> readRow(const QSqlQuery &q, const QString &location)
{
    SignOff s;
    s.id = q.value(0).toLongLong();
    const std::optional<SignOff::Scope> scope = signOffScopeFromString(q.value(1).toString());
    if (!scope) {
        return Error{QCoreApplication::translate("SignOffStore",
                                                 "Sign-off %1 has a scope this version does not "
                                                 "know ('%2').")
                         .arg(s.id)
                         .arg(q.value(1).toString()),
                     location, QString(),
                     QCoreApplication::translate("SignOffStore",
                                                 "The file was changed outside seqohs-tracker or "
                                                 "by a newer version: restore it from a backup.")};
    }
    s.scope = *scope;
    s.target = q.value(2).toString();
    s.signer = q.value(3).toString();
    s.comment = q.value(4).toString();
    s.signedAt = SqlValues::toTime(q.value(5));
    s.covered = q.value(6).toString().toUtf8();
    s.coveredHash = q.value(7).toString();
    s.voided = SqlValues::toTime(q.value(8));
    s.voidReason = q.value(9).toString();
    return s;
}

} // namespace

Expected<QList<SignOff>> SignOffStore::all() const
{
    if (!hasTable(m_kernel))
        return QList<SignOff>();
    Expected<QSqlQuery> q = m_kernel.run(Select + QLatin1String(" ORDER BY id"), {},
                                         tr("Reading the sign-offs failed"));
    if (!q)
        return q.errors();
    QList<SignOff> list;
    while (q->next()) {
        Expected<SignOff> s = readRow(*q, m_kernel.location());
        if (!s)
            return s.errors();
        list << *s;
    }
    return list;
}

Expected<std::optional<SignOff>> SignOffStore::find(qint64 id) const
{
    if (!hasTable(m_kernel))
        return std::optional<SignOff>();
    Expected<QSqlQuery> q = m_kernel.run(Select + QLatin1String(" WHERE id = ?"), {id},
                                         tr("Reading the sign-offs failed"));
    if (!q)
        return q.errors();
    if (!q->next())
        return std::optional<SignOff>();
    Expected<SignOff> s = readRow(*q, m_kernel.location());
    if (!s)
        return s.errors();
    return std::optional<SignOff>(*s);
}

Expected<bool> SignOffStore::anyHolding() const
{
    if (!hasTable(m_kernel))
        return false;
    Expected<QSqlQuery> q =
        m_kernel.run(QStringLiteral("SELECT 1 FROM signoff WHERE voided IS NULL LIMIT 1"), {},
                     tr("Reading the sign-offs failed"));
    if (!q)
        return q.errors();
    return q->next();
}

Status SignOffStore::insert(SignOff &s)
{
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("INSERT INTO signoff (scope, target, signer, comment, signed, covered, "
                       "covered_hash) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {signOffScopeToString(s.scope), s.target, s.signer, s.comment, SqlValues::time(s.signedAt),
         QString::fromUtf8(s.covered), s.coveredHash},
        tr("Recording the sign-off failed"));
    if (!q)
        return q.errors();
    if (!q->next())
        return m_kernel.sqlError(q->lastError(), tr("Recording the sign-off failed"));
    s.id = q->value(0).toLongLong();
    return success();
}

Status SignOffStore::restore(const SignOff &s)
{
    Expected<QSqlQuery> q = m_kernel.run(
        QStringLiteral("INSERT INTO signoff (id, scope, target, signer, comment, signed, covered, "
                       "covered_hash, voided, void_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {s.id, signOffScopeToString(s.scope), s.target, s.signer, s.comment,
         SqlValues::time(s.signedAt), QString::fromUtf8(s.covered), s.coveredHash,
         SqlValues::time(s.voided), s.voidReason},
        tr("Recording the sign-off failed"));
    return q ? success() : Status(q.errors());
}

Status SignOffStore::setVoided(qint64 id, const QDateTime &when, const QString &reason)
{
    Expected<QSqlQuery> q =
        m_kernel.run(QStringLiteral("UPDATE signoff SET voided = ?, void_reason = ? WHERE id = ?"),
                     {SqlValues::time(when), reason, id}, tr("Recording the sign-off failed"));
    return q ? success() : Status(q.errors());
}

Status SignOffStore::remove(qint64 id)
{
    Expected<QSqlQuery> q = m_kernel.run(QStringLiteral("DELETE FROM signoff WHERE id = ?"), {id},
                                         tr("Removing the sign-off failed"));
    return q ? success() : Status(q.errors());
}

} // namespace seqohs
