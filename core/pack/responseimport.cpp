#include "responseimport.h"

#include "calibration.h"
#include "packcontents.h"
#include "rereviewrule.h"

#include "common/clock.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace seqohs {

QString ImportedFinding::displayText() const
{
    QString text = tr("Assessor (%1, %2): %3")
                       .arg(assessor, imported.toLocalTime().date().toString(Qt::ISODate),
                            findingResultDisplayName(finding.result));
    if (finding.grade != FindingGrade::None)
        text += QStringLiteral(" - ") + findingGradeDisplayName(finding.grade);
    text += QLatin1Char('.');
    if (!finding.comments.isEmpty())
        text += QLatin1Char(' ') + finding.comments;
    if (needsReReview)
        text += QLatin1Char(' ') + tr("(Changed since the response: needs re-review.)");
    return text;
}

Expected<ResponseImport::Result>
ResponseImport::importFile(Workspace &workspace, const QString &path,
                           const QString &expectedAssessorFingerprint)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the response file: %1").arg(file.errorString()), path};
    if (file.size() > 64 * 1024 * 1024)
        return Error{tr("This is not a response file (it is far too large)"), path};
    const QByteArray document = file.readAll();
    Expected<ResponseFile> response =
        ResponseFile::read(document, path, expectedAssessorFingerprint);
    if (!response)
        return response.errors();

    Expected<std::optional<PackRecord>> pack = workspace.pack(response->packRootHash);
    if (!pack)
        return pack.errors();
    if (!*pack) {
        return Error{tr("The response answers a pack (root hash %1) that this workspace did not "
                        "create")
                         .arg(response->packRootHash.left(16)),
                     path, QString(), tr("Import it into the workspace the pack was made from.")};
    }
    if (response->setId != workspace.standardsSet().id) {
        return Error{tr("The response is about standards set %1, but the workspace follows %2")
                         .arg(response->setId, workspace.standardsSet().id),
                     path};
    }
    // A response to a follow-up carries the findings of every round; only those of the standards
    // the follow-up answered are new, and only their required actions become actions again.
    std::optional<QStringList> scope;
    if ((*pack)->kind == PackRecord::Kind::FollowUp) {
        Expected<PackContents> contents =
            PackContents::fromJson((*pack)->contents, (*pack)->fileName);
        if (!contents)
            return contents.errors();
        scope = contents->scope;
    }
    Expected<bool> imported = workspace.hasResponse(response->id);
    if (!imported)
        return imported.errors();
    if (*imported) {
        return Error{tr("This response has been imported already"), path, QString(),
                     tr("Its findings are shown on the criteria; there is nothing to do.")};
    }

    // The actions and the stored response are one unit of work: an interruption leaves
    // neither, so importing again after one starts from a clean workspace.
    int added = 0;
    Status done = workspace.change(tr("Importing the response failed"), [&]() -> Status {
        added = 0; // the unit may be run again from the start
        for (const StandardFinding &f : response->findings) {
            if (scope && !scope->contains(f.standardId))
                continue;
            for (const RequiredAction &required : f.actions) {
                Action action;
                // The action concerns the standard, not whichever criterion comes first in it.
                action.text = tr("%1 (assessor, standard %2 %3)")
                                  .arg(required.text, f.standardCode, f.standardTitle)
                                  .trimmed();
                action.itemId = f.standardId;
                // Nobody owns it until someone takes it.
                action.owner.clear();
                action.due = required.due;
                action.source = QStringLiteral("assessor");
                Expected<qint64> id = workspace.addAction(action);
                if (!id)
                    return id.errors();
                ++added;
            }
        }
        ResponseRecord record;
        record.id = response->id;
        record.packRootHash = response->packRootHash;
        record.imported = Clock::now().toUTC();
        record.actionsAdded = added;
        record.document = document;
        return workspace.putResponse(record);
    });
    if (!done) {
        ErrorList errors = done.errors();
        errors.prepend(Error{tr("Nothing was imported"), path, QString(),
                             tr("Fix the cause below and import the response again.")});
        return errors;
    }
    Result result{*response, added, QString(), QString()};
    if (Expected<QList<StoredResponse>> earlier = responses(workspace); earlier) {
        for (const StoredResponse &e : std::as_const(*earlier)) {
            if (e.response.id != response->id &&
                e.response.assessorKey.fingerprint() != response->assessorKey.fingerprint()) {
                result.keyWarning =
                    tr("This response is signed with key %1, but an earlier response came from "
                       "key %2 (%3). If your assessor did not tell you of a new key, check the "
                       "fingerprint with them before acting on it.")
                        .arg(response->assessorKey.fingerprint(),
                             e.response.assessorKey.fingerprint(), e.response.assessor);
                break;
            }
        }
    }
    // The pack (and so the response) carries where the audit trail stood when the pack was
    // made: a record kept outside this file, which a rewritten history cannot match.
    if (response->packAuditCount > 0) {
        Expected<std::optional<QString>> hash = workspace.auditHashAt(response->packAuditCount);
        if (!hash)
            return hash.errors();
        if (!*hash || **hash != response->packAuditHead) {
            result.historyWarning =
                tr("The workspace's audit trail no longer holds row %1 as it was when the pack "
                   "was made: its history was rewritten since, outside seqohs-tracker. If "
                   "nobody here restored an older copy, keep the file as it is and compare it "
                   "with the pack.")
                    .arg(response->packAuditCount);
        }
    }
    return result;
}

Expected<QList<StoredResponse>> ResponseImport::responses(const Workspace &workspace)
{
    Expected<QList<ResponseRecord>> records = workspace.responses();
    if (!records)
        return records.errors();
    QList<StoredResponse> out;
    for (const ResponseRecord &r : *records) {
        Expected<ResponseFile> response = ResponseFile::read(r.document);
        if (!response)
            continue;
        StoredResponse s;
        s.response = *response;
        s.imported = r.imported;
        s.actionsAdded = r.actionsAdded;
        out.append(s);
    }
    return out;
}

Expected<QList<ImportedFinding>> ResponseImport::findingsFor(const Workspace &workspace,
                                                             const QString &itemId)
{
    QList<ImportedFinding> out;
    Expected<QList<StoredResponse>> stored = responses(workspace);
    if (!stored)
        return stored.errors();
    for (const StoredResponse &s : *stored) {
        for (const StandardFinding &f : s.response.findings) {
            if (f.standardId != itemId && !f.criterionIds.contains(itemId))
                continue;
            ImportedFinding found;
            found.responseId = s.response.id;
            found.assessor = s.response.assessor;
            found.assessorFingerprint = s.response.assessorKey.fingerprint();
            found.recommendation = s.response.recommendation;
            found.imported = s.imported;
            found.finding = f;
            const Expected<bool> reReview =
                ReReviewRule::needsReReview(workspace, f, itemId, s.imported);
            if (!reReview)
                return reReview.errors();
            found.needsReReview = *reReview;
            out.append(found);
        }
    }
    std::sort(out.begin(), out.end(), [](const ImportedFinding &a, const ImportedFinding &b) {
        return a.imported > b.imported;
    });
    return out;
}

namespace {

// The latest response as the report shows it, with its counts.
Expected<ReadinessReport::AssessorResponse> summarise(const Workspace &workspace,
                                                      const StoredResponse &latest)
{
    ReadinessReport::AssessorResponse out;
    out.assessor = latest.response.assessor;
    out.imported = latest.imported.toLocalTime().date();
    if (latest.response.recommendation != Recommendation::None)
        out.recommendation = recommendationDisplayName(latest.response.recommendation);
    out.summary = latest.response.summary;
    for (const Domain &domain : workspace.standardsSet().domains)
        out.standards += int(domain.standards.size());
    for (const StandardFinding &f : latest.response.findings) {
        ReadinessReport::AssessorResponse::Finding row;
        row.standardCode = f.standardCode;
        row.standardTitle = f.standardTitle;
        using Outcome = ReadinessReport::AssessorResponse::Outcome;
        switch (f.result) {
        case FindingResult::NotRecorded:
            row.outcome = Outcome::NotRecorded;
            break;
        case FindingResult::Met:
            row.outcome = Outcome::Met;
            break;
        case FindingResult::NotMet:
            row.outcome = Outcome::NotMet;
            break;
        case FindingResult::FurtherEvidenceRequired:
            row.outcome = Outcome::FurtherEvidence;
            break;
        }
        row.result = findingResultDisplayName(f.result);
        if (f.grade != FindingGrade::None)
            row.grade = findingGradeDisplayName(f.grade);
        row.comments = f.comments;
        for (const RequiredAction &a : f.actions)
            row.requiredActions << ReadinessReport::AssessorResponse::Finding::RequiredAction{
                a.text, a.due};
        const Expected<bool> reReview = ReReviewRule::needsReReview(workspace, f, latest.imported);
        if (!reReview)
            return reReview.errors();
        row.needsReReview = *reReview;
        out.met += row.outcome == Outcome::Met ? 1 : 0;
        out.notMet += row.outcome == Outcome::NotMet ? 1 : 0;
        out.furtherEvidence += row.outcome == Outcome::FurtherEvidence ? 1 : 0;
        out.notRecorded += row.outcome == Outcome::NotRecorded ? 1 : 0;
        out.requiredActions += int(f.actions.size());
        out.needsReReview += row.needsReReview ? 1 : 0;
        out.findings << row;
    }
    Expected<Calibration> calibration = ResponseImport::calibrationOf(workspace, latest);
    if (!calibration)
        return calibration.errors();
    for (ReadinessReport::AssessorResponse::Finding &row : out.findings) {
        for (const Calibration::StandardRow &s : calibration->standards) {
            if (s.code == row.standardCode) {
                row.serviceView = Calibration::serviceViewDisplayName(s.service);
                row.comparison = Calibration::comparisonDisplayName(s.comparison);
            }
        }
    }
    if (!calibration->isEmpty()) {
        for (const Calibration::DomainRow &d : calibration->domains) {
            out.calibration << ReadinessReport::AssessorResponse::CalibrationRow{
                d.code + QLatin1Char(' ') + d.title, d.reviewed, d.agreed, d.moreOptimistic,
                d.moreCautious};
        }
        const Calibration::DomainRow &t = calibration->total;
        out.calibration << ReadinessReport::AssessorResponse::CalibrationRow{
            t.title, t.reviewed, t.agreed, t.moreOptimistic, t.moreCautious};
    }
    return out;
}

} // namespace

Expected<Calibration> ResponseImport::calibrationOf(const Workspace &workspace,
                                                    const StoredResponse &response)
{
    Expected<QHash<QString, Assessment>> assessments = workspace.assessments();
    if (!assessments)
        return assessments.errors();
    return Calibration::compute(workspace.standardsSet(), *assessments, response.response.findings);
}

Expected<std::optional<Calibration>> ResponseImport::calibration(const Workspace &workspace)
{
    Expected<QList<StoredResponse>> stored = responses(workspace);
    if (!stored)
        return stored.errors();
    if (stored->isEmpty())
        return std::optional<Calibration>();
    Expected<Calibration> c = calibrationOf(workspace, stored->last());
    if (!c)
        return c.errors();
    return std::optional<Calibration>(*std::move(c));
}

Expected<ResponseOverview> ResponseImport::overview(const Workspace &workspace)
{
    ResponseOverview o;
    Expected<QList<StoredResponse>> stored = responses(workspace);
    if (!stored)
        return stored.errors();
    if (stored->isEmpty())
        return o;
    const StoredResponse &latest = stored->last();
    Expected<ReadinessReport::AssessorResponse> section = summarise(workspace, latest);
    if (!section)
        return section.errors();
    o.any = true;
    o.assessor = latest.response.assessor;
    o.imported = latest.imported;
    o.recommendation = latest.response.recommendation;
    o.met = section->met;
    o.notMet = section->notMet;
    o.furtherEvidence = section->furtherEvidence;
    o.requiredActions = section->requiredActions;
    o.needsReReview = section->needsReReview;
    return o;
}

Expected<std::optional<ReadinessReport::AssessorResponse>>
ResponseImport::reportSection(const Workspace &workspace)
{
    Expected<QList<StoredResponse>> stored = responses(workspace);
    if (!stored)
        return stored.errors();
    if (stored->isEmpty())
        return std::optional<ReadinessReport::AssessorResponse>();
    Expected<ReadinessReport::AssessorResponse> section = summarise(workspace, stored->last());
    if (!section)
        return section.errors();
    return std::optional<ReadinessReport::AssessorResponse>(std::move(*section));
}

} // namespace seqohs
