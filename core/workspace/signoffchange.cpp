#include "signoffchange.h"

#include "assessmentstore.h"
#include "catalogue/standardsset.h"
#include "common/clock.h"
#include "evidencestore.h"
#include "linkstore.h"
#include "signoffstore.h"
#include "storagekernel.h"

#include <QJsonObject>

namespace seqohs {

const QString SignOffChange::OwnersMaySignKey = QStringLiteral("signoff.ownersMaySign");

namespace {

QString target(qint64 id)
{
    return QStringLiteral("signoff:%1").arg(id);
}

QJsonObject auditOf(const SignOff &s)
{
    QJsonObject o{{QStringLiteral("scope"), signOffScopeToString(s.scope)},
                  {QStringLiteral("target"), s.target},
                  {QStringLiteral("signer"), s.signer},
                  {QStringLiteral("comment"), s.comment},
                  {QStringLiteral("signed"), s.signedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("coveredHash"), s.coveredHash}};
    if (s.isVoid()) {
        o.insert(QStringLiteral("voided"), s.voided.toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("voidReason"), s.voidReason);
    }
    return o;
}

} // namespace

QStringList SignOffChange::coveredTables()
{
    return {QStringLiteral("assessment"), QStringLiteral("evidence"),
            QStringLiteral("evidence_version"), QStringLiteral("evidence_link"),
            QStringLiteral("standards_set")};
}

Expected<SignOffCoverage::State> SignOffChange::state() const
{
    SignOffCoverage::State s;
    Expected<QHash<QString, Assessment>> assessments = m_reported(m_assessments.all());
    if (!assessments)
        return assessments.errors();
    Expected<QList<EvidenceLink>> links = m_reported(m_links.all());
    if (!links)
        return links.errors();
    Expected<QList<EvidenceItem>> evidence = m_reported(m_evidence.all());
    if (!evidence)
        return evidence.errors();
    s.assessments = *std::move(assessments);
    s.links = *std::move(links);
    s.evidence = *std::move(evidence);
    return s;
}

Expected<bool> SignOffChange::ownersMaySign() const
{
    Expected<QVariant> v = m_reported(m_kernel.meta(OwnersMaySignKey));
    if (!v)
        return v.errors();
    return v->toString() != QLatin1String("no");
}

Status SignOffChange::setOwnersMaySign(bool may)
{
    return m_kernel.transact(tr("Changing who may sign off failed"), [&]() -> Status {
        Expected<bool> before = ownersMaySign();
        if (!before)
            return before.errors();
        if (*before == may)
            return success();
        if (Status set = m_kernel.setMeta(OwnersMaySignKey,
                                          may ? QStringLiteral("yes") : QStringLiteral("no"));
            !set) {
            return set;
        }
        return m_kernel.audit(QStringLiteral("signoff.policy"), OwnersMaySignKey,
                              QJsonObject{{QStringLiteral("ownersMaySign"), *before}},
                              QJsonObject{{QStringLiteral("ownersMaySign"), may}});
    });
}

Expected<qint64> SignOffChange::add(SignOff::Scope scope, const QString &targetText,
                                    const QString &signer, const QString &comment)
{
    const StandardsSet &set = m_set();
    Expected<QString> resolved = SignOffCoverage::resolveTarget(set, scope, targetText);
    if (!resolved) {
        Error e = resolved.errors().first();
        e.file = m_kernel.location();
        return e;
    }
    if (signer.trimmed().isEmpty()) {
        return Error{tr("A sign-off needs the name of the person signing."), m_kernel.location(),
                     QString(), tr("Give your name as it should appear in the report.")};
    }
    const QStringList items = SignOffCoverage::items(set, scope, *resolved);
    if (items.isEmpty()) {
        return Error{tr("There is nothing to sign off in %1.")
                         .arg(SignOffCoverage::describe(set, scope, *resolved)),
                     m_kernel.location(), QString(), tr("Choose a part that has criteria.")};
    }
    Expected<SignOffCoverage::State> now = state();
    if (!now)
        return now.errors();
    Expected<bool> ownersMay = ownersMaySign();
    if (!ownersMay)
        return ownersMay.errors();
    if (!*ownersMay) {
        const QStringList owned = SignOffCoverage::ownedBy(items, *now, signer);
        if (!owned.isEmpty()) {
            QStringList codes;
            for (const QString &id : owned) {
                const std::optional<AssessableItem> item = set.findAssessable(id);
                codes << (item ? item->code : id);
            }
            return Error{tr("%1 owns the assessment of %2, and this workspace does not let "
                            "owners sign off their own work.")
                             .arg(signer.trimmed(), codes.join(QStringLiteral(", "))),
                         m_kernel.location(), QString(),
                         tr("Ask someone who does not own it to sign off, or allow owners to sign "
                            "off in the workspace's settings.")};
        }
    }
    SignOff s;
    s.scope = scope;
    s.target = *resolved;
    s.signer = signer.trimmed();
    s.comment = comment.trimmed();
    s.signedAt = Clock::now().toUTC();
    s.covered = SignOffCoverage::record(set, items, *now);
    s.coveredHash = SignOffCoverage::hash(s.covered);
    Status done = m_kernel.transact(tr("Recording the sign-off failed"), [&]() -> Status {
        if (Status stored = m_signOffs.insert(s); !stored)
            return stored;
        return m_kernel.audit(QStringLiteral("signoff.add"), target(s.id), QJsonObject(),
                              auditOf(s));
    });
    if (!done)
        return done.errors();
    return s.id;
}

Status SignOffChange::withdraw(qint64 id)
{
    Expected<std::optional<SignOff>> found = m_reported(m_signOffs.find(id));
    if (!found)
        return found.errors();
    if (!*found) {
        return Error{tr("There is no sign-off %1.").arg(id), m_kernel.location(), QString(),
                     tr("List the sign-offs to see the ids.")};
    }
    return m_kernel.transact(tr("Withdrawing the sign-off failed"), [&]() -> Status {
        if (Status removed = m_signOffs.remove(id); !removed)
            return removed;
        return m_kernel.audit(QStringLiteral("signoff.withdraw"), target(id), auditOf(**found),
                              QJsonObject());
    });
}

Status SignOffChange::restore(const SignOff &s)
{
    Expected<std::optional<SignOff>> found = m_reported(m_signOffs.find(s.id));
    if (!found)
        return found.errors();
    if (*found) {
        return Error{tr("Sign-off %1 exists already.").arg(s.id), m_kernel.location(), QString(),
                     tr("Nothing was changed.")};
    }
    return m_kernel.transact(tr("Restoring the sign-off failed"), [&]() -> Status {
        if (Status stored = m_signOffs.restore(s); !stored)
            return stored;
        return m_kernel.audit(QStringLiteral("signoff.restore"), target(s.id), QJsonObject(),
                              auditOf(s));
    });
}

Expected<QStringList> SignOffChange::changesSince(const SignOff &s) const
{
    Expected<SignOffCoverage::State> now = state();
    if (!now)
        return now.errors();
    const StandardsSet &set = m_set();
    const QByteArray record =
        SignOffCoverage::record(set, SignOffCoverage::items(set, s.scope, s.target), *now);
    if (SignOffCoverage::hash(record) == s.coveredHash)
        return QStringList();
    return SignOffCoverage::changes(set, s.covered, record);
}

QStringList SignOffChange::evidenceTables()
{
    return {QStringLiteral("evidence"), QStringLiteral("evidence_version"),
            QStringLiteral("evidence_link"), QStringLiteral("standards_set")};
}

Expected<int> SignOffChange::voidChanged(Changed changed)
{
    Expected<bool> any = m_reported(m_signOffs.anyHolding());
    if (!any)
        return any.errors();
    if (!*any)
        return 0;
    int voided = 0;
    Expected<QList<SignOff>> all = m_reported(m_signOffs.all());
    if (!all)
        return all.errors();
    SignOffCoverage::State now;
    if (changed == Changed::Anything) {
        Expected<SignOffCoverage::State> read = state();
        if (!read)
            return read.errors();
        now = *std::move(read);
    } else {
        Expected<QHash<QString, Assessment>> assessments = m_reported(m_assessments.all());
        if (!assessments)
            return assessments.errors();
        now.assessments = *std::move(assessments);
    }
    const StandardsSet &set = m_set();
    for (SignOff s : std::as_const(*all)) {
        if (s.isVoid())
            continue;
        const QByteArray record =
            changed == Changed::Anything
                ? SignOffCoverage::record(set, SignOffCoverage::items(set, s.scope, s.target), now)
                : SignOffCoverage::withAssessments(s.covered, now.assessments);
        if (SignOffCoverage::hash(record) == s.coveredHash)
            continue;
        const SignOff before = s;
        s.voided = Clock::now().toUTC();
        s.voidReason = SignOffCoverage::changes(set, s.covered, record).join(QLatin1Char('\n'));
        if (Status stored = m_signOffs.setVoided(s.id, s.voided, s.voidReason); !stored)
            return stored.errors();
        if (Status audited = m_kernel.audit(QStringLiteral("signoff.void"), target(s.id),
                                            auditOf(before), auditOf(s));
            !audited) {
            return audited.errors();
        }
        ++voided;
    }
    return voided;
}

} // namespace seqohs
