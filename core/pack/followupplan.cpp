#include "followupplan.h"

#include "packwriter.h"
#include "responseimport.h"

#include "workspace/workspace.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace seqohs {

namespace {

// The action the import made of a required action: the assessor's, on the standard, whose text
// is the required action's followed by the standard it concerns in brackets; the newest when a
// later round required it again.
const Action *actionFor(const QList<Action> &actions, const QString &standardId,
                        const RequiredAction &required)
{
    const QString text = required.text.trimmed();
    const Action *found = nullptr;
    for (const Action &a : actions) {
        const bool same = a.text == text || a.text.startsWith(text + QLatin1String(" ("));
        if (a.source == QLatin1String("assessor") && a.itemId == standardId && same &&
            (!found || a.id > found->id))
            found = &a;
    }
    return found;
}

} // namespace

Expected<FollowUpPlan> FollowUpPlan::make(const Workspace &workspace, const QString &responseId)
{
    Expected<QList<StoredResponse>> stored = ResponseImport::responses(workspace);
    if (!stored)
        return stored.errors();
    if (stored->isEmpty()) {
        return Error{tr("No assessor's response has been imported, so there is nothing to follow "
                        "up"),
                     workspace.path(), QString(),
                     tr("Import the assessor's response first (response import).")};
    }
    const ResponseFile &latest = stored->last().response;
    if (!responseId.isEmpty() && responseId != latest.id) {
        const bool known = std::any_of(stored->cbegin(), stored->cend(),
                                       [&](const auto &s) { return s.response.id == responseId; });
        return Error{known ? tr("Response %1 is not the latest one imported (%2): a follow-up "
                                "answers the latest response, as the assessor reviews on from it")
                                 .arg(responseId, latest.id)
                           : tr("No response %1 has been imported").arg(responseId),
                     workspace.path(), QString(),
                     tr("Leave out --response to answer the latest response.")};
    }
    FollowUpPlan plan;
    plan.response = latest;

    // The base and the chain back to the first full pack.
    QString at = latest.packRootHash;
    QList<PackRecord> chain;
    while (!at.isEmpty()) {
        Expected<std::optional<PackRecord>> pack = workspace.pack(at);
        if (!pack)
            return pack.errors();
        if (!*pack) {
            return Error{tr("The workspace has no record of pack %1, which the follow-up would "
                            "build on")
                             .arg(at.left(16)),
                         workspace.path(), QString(),
                         tr("Make a full pack (pack create) and send that to your assessor.")};
        }
        chain.prepend(**pack);
        if ((*pack)->kind != PackRecord::Kind::FollowUp)
            break;
        at = (*pack)->baseRootHash;
        if (chain.size() > 1000)
            return Error{tr("The record of earlier packs loops"), workspace.path()};
    }
    plan.base = chain.last();
    for (const PackRecord &p : std::as_const(chain))
        plan.chain << p.rootHash;
    if (plan.base.contents.isEmpty()) {
        // Without the record, every item would look new; a full pack says that more honestly.
        return Error{
            tr("The pack the response answers (%1, made %2) was made by an earlier "
               "release, which did not record what it held, so a follow-up cannot tell "
               "what changed since")
                .arg(plan.base.fileName, plan.base.created.toLocalTime().toString(Qt::ISODate)),
            workspace.path(), QString(),
            tr("Make a full pack instead (pack create) and send that to your "
               "assessor; follow-ups can answer the response to it.")};
    }
    Expected<PackContents> baseContents =
        PackContents::fromJson(plan.base.contents, plan.base.fileName);
    if (!baseContents)
        return baseContents.errors();

    Expected<QList<EvidenceItem>> evidence = workspace.evidence();
    if (!evidence)
        return evidence.errors();
    Expected<QList<EvidenceLink>> links = workspace.links();
    if (!links)
        return links.errors();
    Expected<QHash<QString, Assessment>> assessments = workspace.assessments();
    if (!assessments)
        return assessments.errors();
    Expected<QList<Action>> actions = workspace.actions();
    if (!actions)
        return actions.errors();
    QHash<qint64, QStringList> itemsOf;
    for (const EvidenceLink &link : std::as_const(*links))
        itemsOf[link.evidenceId].append(link.itemId);

    plan.contents = *baseContents;
    plan.contents.scope.clear();
    plan.content.base = plan.base.rootHash;
    plan.content.round = int(chain.size()) + 1;
    plan.content.response = latest.id;
    const StandardsSet &set = workspace.standardsSet();
    QSet<qint64> files;
    for (const StandardFinding &finding : latest.findings) {
        if (finding.result != FindingResult::NotMet &&
            finding.result != FindingResult::FurtherEvidenceRequired)
            continue;
        FollowUpContent::Standard s;
        s.standardId = finding.standardId;
        s.standardCode = finding.standardCode;
        s.standardTitle = finding.standardTitle;
        s.earlier = finding;
        QStringList items = finding.criterionIds;
        if (!items.contains(finding.standardId))
            items << finding.standardId;
        const QSet<QString> itemSet(items.cbegin(), items.cend());

        for (const EvidenceItem &item : std::as_const(*evidence)) {
            const QStringList linked = itemsOf.value(item.id);
            QStringList here;
            for (const QString &i : linked) {
                if (itemSet.contains(i))
                    here << i;
            }
            if (here.isEmpty())
                continue;
            here.sort();
            const auto before = baseContents->evidence.constFind(item.id);
            QString change;
            if (before == baseContents->evidence.cend()) {
                change = QStringLiteral("new");
            } else if (before->sha256 != PackContents::digestOf(item)) {
                change = QStringLiteral("changed");
            } else {
                for (const QString &i : std::as_const(here)) {
                    if (!before->items.contains(i))
                        change = QStringLiteral("linked");
                }
            }
            if (change.isEmpty())
                continue;
            if (item.personalData) {
                if (!plan.leftOut.contains(item.id)) {
                    plan.leftOut << item.id;
                    plan.warnings << tr("Evidence %1 \"%2\" is marked as containing personal "
                                        "data and was left out; send it in a full pack if the "
                                        "assessor must see it.")
                                         .arg(item.id)
                                         .arg(item.title);
                }
                continue;
            }
            FollowUpContent::EvidenceChange e;
            e.id = item.id;
            e.kind = evidenceKindToString(item.kind);
            e.change = change;
            e.title = item.title;
            e.description = item.description;
            e.items = here;
            switch (item.kind) {
            case EvidenceItem::Kind::File:
                e.fileName = item.fileName;
                e.sha256 = item.sha256;
                e.version = item.version;
                e.baseVersion = before == baseContents->evidence.cend() ? 0 : before->version;
                // The assessor has the file already when only its links changed.
                if (change != QLatin1String("linked")) {
                    e.path = QStringLiteral("evidence/%1-%2")
                                 .arg(item.id)
                                 .arg(PackWriter::safeFileName(item.fileName));
                    files.insert(item.id);
                }
                break;
            case EvidenceItem::Kind::Link:
                e.url = item.url;
                break;
            case EvidenceItem::Kind::Statement:
                e.statement = item.statement;
                break;
            }
            s.evidence.append(e);
            plan.contents.evidence.insert(item.id, PackContents::entryOf(item, linked));
        }

        for (const QString &itemId : std::as_const(items)) {
            const auto found = assessments->constFind(itemId);
            const PackContents::Assessed now =
                found == assessments->cend()
                    ? PackContents::Assessed{resultToString(AssessmentResult::NotAssessed), {}}
                    : PackContents::entryOf(*found);
            const PackContents::Assessed before = baseContents->assessments.value(
                itemId, PackContents::Assessed{resultToString(AssessmentResult::NotAssessed), {}});
            if (now == before)
                continue;
            const std::optional<AssessableItem> assessable = set.findAssessable(itemId);
            s.assessments.append({itemId, assessable ? assessable->code : itemId, before.result,
                                  now.result, before.narrative, now.narrative, before.justification,
                                  now.justification});
            plan.contents.assessments.insert(itemId, now);
        }

        for (const RequiredAction &required : finding.actions) {
            FollowUpContent::Answer answer;
            answer.requiredAction = required.text;
            answer.due = required.due;
            if (const Action *a = actionFor(*actions, finding.standardId, required)) {
                answer.actionId = a->id;
                answer.status = actionStatusToString(a->status);
                answer.answer = a->answer;
            }
            if (answer.answer.trimmed().isEmpty()) {
                plan.warnings << tr("%1: the required action \"%2\" has no answer yet.")
                                     .arg(finding.standardCode, required.text);
            }
            s.answers.append(answer);
        }
        plan.contents.scope << s.standardId;
        plan.content.standards.append(s);
    }
    if (plan.content.standards.isEmpty()) {
        return Error{tr("The latest response finds every standard met, or records no finding "
                        "that asks for more: there is nothing to follow up"),
                     workspace.path(), QString(),
                     tr("Make a full pack (pack create) if the assessor asked for one.")};
    }
    // A follow-up with nothing new would cost the assessor a round for nothing.
    const bool anything =
        std::any_of(plan.content.standards.cbegin(), plan.content.standards.cend(),
                    [](const FollowUpContent::Standard &s) {
                        return !s.evidence.isEmpty() || !s.assessments.isEmpty() ||
                               std::any_of(s.answers.cbegin(), s.answers.cend(),
                                           [](const FollowUpContent::Answer &a) {
                                               return !a.answer.isEmpty();
                                           });
                    });
    if (!anything) {
        QStringList codes;
        for (const FollowUpContent::Standard &s : std::as_const(plan.content.standards))
            codes << s.standardCode;
        return Error{tr("Nothing has changed for %1 since the pack the assessor reviewed: no "
                        "evidence, no assessment and no answer to a required action")
                         .arg(codes.join(QStringLiteral(", "))),
                     workspace.path(), QString(),
                     tr("Add or update the evidence the assessor asked for, or answer the required "
                        "actions ('actions answer'), then make the follow-up pack.")};
    }
    plan.files = QList<qint64>(files.cbegin(), files.cend());
    std::sort(plan.files.begin(), plan.files.end());
    return plan;
}

} // namespace seqohs
