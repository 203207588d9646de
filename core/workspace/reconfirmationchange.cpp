#include "reconfirmationchange.h"

#include "assessment.h"
#include "assessmentstore.h"
#include "catalogue/standardsset.h"
#include "common/clock.h"
#include "setstore.h"
#include "storagekernel.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace seqohs {

namespace {

QJsonObject flagJson(const Reconfirmation &flag)
{
    return QJsonObject{{QStringLiteral("reason"), flag.reason},
                       {QStringLiteral("sources"), SetStore::sourcesJson(flag.sources)}};
}

} // namespace

Status ReconfirmationChange::confirm(const QString &itemId)
{
    Expected<std::optional<Reconfirmation>> flag = m_reported(m_sets.reconfirmation(itemId));
    if (!flag)
        return flag.errors();
    if (!*flag) {
        return Error{tr("'%1' does not need re-confirmation.").arg(itemId), m_kernel.location(),
                     QString(), tr("List the items that do with 'reconfirm list'.")};
    }
    Expected<std::optional<Assessment>> current = m_reported(m_assessments.find(itemId));
    if (!current)
        return current.errors();
    // An item never assessed keeps "not assessed".
    const AssessmentResult result = *current ? (*current)->result : Assessment().result;
    return m_kernel.transact(tr("Confirming the item failed"), [&]() -> Status {
        if (Status cleared = m_sets.clearFlag(itemId); !cleared)
            return cleared;
        return m_kernel.audit(QStringLiteral("reconfirm.done"), QStringLiteral("item:") + itemId,
                              flagJson(**flag),
                              QJsonObject{{QStringLiteral("result"), resultToString(result)}});
    });
}

Status ReconfirmationChange::restore(const StandardsSet &set, const Reconfirmation &given)
{
    if (!set.findAssessable(given.itemId)) {
        return Error{tr("'%1' is not an item of this standards set.").arg(given.itemId),
                     m_kernel.location(), QString(), QString()};
    }
    Expected<std::optional<Reconfirmation>> existing =
        m_reported(m_sets.reconfirmation(given.itemId));
    if (!existing)
        return existing.errors();
    if (*existing) {
        return Error{tr("'%1' already needs re-confirmation.").arg(given.itemId),
                     m_kernel.location(), QString(), QString()};
    }
    Reconfirmation flag = given;
    if (!flag.flagged.isValid())
        flag.flagged = Clock::now();
    return m_kernel.transact(tr("Restoring the re-confirmation failed"), [&]() -> Status {
        if (Status flagged = m_sets.flag(flag); !flagged)
            return flagged;
        return m_kernel.audit(QStringLiteral("reconfirm.restored"),
                              QStringLiteral("item:") + flag.itemId, QJsonObject(), flagJson(flag));
    });
}

} // namespace seqohs
