#include "assessmentchange.h"

#include "assessmentstore.h"
#include "auditjson.h"
#include "common/clock.h"
#include "setstore.h"
#include "storagekernel.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace seqohs {

Expected<Assessment> AssessmentChange::current(const QString &itemId) const
{
    Expected<std::optional<Assessment>> found = m_reported(m_assessments.find(itemId));
    if (!found)
        return found.errors();
    if (*found)
        return **found;
    Assessment a;
    a.itemId = itemId;
    return a;
}

Expected<std::optional<AssessmentChange::Checked>>
AssessmentChange::check(const Assessment &given) const
{
    if (Status known = m_checkItem(given.itemId); !known)
        return known.errors();
    if (given.result == AssessmentResult::NotApplicable &&
        given.justification.trimmed().isEmpty()) {
        return Error{tr("'Not applicable' needs a justification: say why the criterion does "
                        "not apply to this service."),
                     m_kernel.location(), given.itemId,
                     tr("Add a justification (CLI: --justification TEXT).")};
    }
    Checked checked;
    checked.after = given;
    if (!checked.after.lastReviewed.isValid())
        checked.after.lastReviewed = Clock::now().toUTC();
    Expected<Assessment> before = current(given.itemId);
    if (!before)
        return before.errors();
    if (*before == checked.after)
        return std::optional<Checked>();
    checked.before = *before;
    Expected<std::optional<Reconfirmation>> flag = m_reported(m_sets.reconfirmation(given.itemId));
    if (!flag)
        return flag.errors();
    checked.wasFlagged = flag->has_value();
    return std::optional<Checked>(std::move(checked));
}

Expected<std::optional<AssessmentChange::Checked>> AssessmentChange::set(const Assessment &given)
{
    Expected<std::optional<Checked>> checked = check(given);
    if (!checked || !*checked)
        return checked;
    if (Status done =
            m_kernel.transact(tr("Saving the assessment failed"), [&] { return write(**checked); });
        !done)
        return done.errors();
    return checked;
}

Status AssessmentChange::write(const Checked &checked)
{
    if (Status ok = m_assessments.put(checked.after); !ok)
        return ok;
    QJsonObject after = AuditJson::of(checked.after);
    if (checked.wasFlagged) {
        if (Status ok = m_sets.clearFlag(checked.after.itemId); !ok)
            return ok;
        after.insert(QStringLiteral("reconfirmed"), true);
    }
    return m_kernel.audit(QStringLiteral("assessment.set"),
                          QStringLiteral("item:") + checked.after.itemId,
                          AuditJson::of(checked.before), after);
}

} // namespace seqohs
