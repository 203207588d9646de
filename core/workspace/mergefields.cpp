#include "mergefields.h"

#include <QLocale>

namespace seqohs {

namespace {

QString asText(const QString &text)
{
    return text;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

QList<FieldMerge<Assessment>::Field> MergeFields::assessment()
{
    using M = FieldMerge<Assessment>;
    return {M::member(tr("Result"), &Assessment::result, resultDisplayName),
            M::member(tr("Status"), &Assessment::workflow, workflowDisplayName),
            M::member(tr("Narrative"), &Assessment::narrative, asText),
            M::member(tr("Justification"), &Assessment::justification, asText),
            M::member(tr("Owner"), &Assessment::owner, asText)};
}

QList<FieldMerge<EvidenceItem>::Field> MergeFields::evidence()
{
    using M = FieldMerge<EvidenceItem>;
    return {M::member(tr("Title"), &EvidenceItem::title, asText),
            M::member(tr("Description"), &EvidenceItem::description, asText),
            M::member(tr("Owner"), &EvidenceItem::owner, asText),
            M::member(tr("Document date"), &EvidenceItem::documentDate, dateText),
            M::member(tr("Covers from"), &EvidenceItem::coversFrom, dateText),
            M::member(tr("Covers to"), &EvidenceItem::coversTo, dateText),
            M::member(tr("Review by"), &EvidenceItem::reviewBy, dateText),
            M::member(tr("Holds personal data"), &EvidenceItem::personalData,
                      [](bool yes) { return yes ? tr("Yes") : tr("No"); }),
            M::member(tr("Link"), &EvidenceItem::url, asText),
            M::member(tr("Statement"), &EvidenceItem::statement, asText)};
}

QList<FieldMerge<Action>::Field> MergeFields::action()
{
    using M = FieldMerge<Action>;
    M::Field status = M::member(tr("Status"), &Action::status, actionStatusDisplayName);
    // The date it was done is the status's: taking one person's status takes their date too.
    status.copy = [](Action &to, const Action &from) {
        to.status = from.status;
        to.completed = from.completed;
    };
    return {M::member(tr("Action"), &Action::text, asText),
            M::member(tr("Criterion"), &Action::itemId, asText),
            M::member(tr("Owner"), &Action::owner, asText),
            M::member(tr("Due"), &Action::due, dateText),
            status,
            M::member(tr("Repeats"), &Action::recurrence,
                      [](const Recurrence &r) { return r.describe(); }),
            M::member(tr("Answer to the assessor"), &Action::answer, asText)};
}

} // namespace seqohs
