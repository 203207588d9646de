#include "responseimport.h"

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

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ResponseImport", text, nullptr, n);
}

const QLatin1String IndexKey("responses");

QStringList responseIds(const Workspace &workspace)
{
    QStringList ids;
    const QJsonArray array =
        QJsonDocument::fromJson(workspace.metaValue(IndexKey).toString().toUtf8()).array();
    for (const QJsonValue &v : array)
        ids << v.toString();
    return ids;
}

} // namespace

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

    if (workspace.metaValue(QStringLiteral("pack.") + response->packRootHash)
            .toString()
            .isEmpty()) {
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
    const QString key = QStringLiteral("response.") + response->id;
    if (!workspace.metaValue(key).toString().isEmpty()) {
        return Error{tr("This response has been imported already"), path, QString(),
                     tr("Its findings are shown on the criteria; there is nothing to do.")};
    }

    // Actions first, the stored response last: the response's presence means "imported".
    int added = 0;
    for (const StandardFinding &f : response->findings) {
        for (const RequiredAction &required : f.actions) {
            Action action;
            // The action concerns the standard, not whichever criterion comes first in it.
            // Actions attach to assessable items only: a standard assessed as a whole takes
            // it, and so does the only criterion of a standard; otherwise the action names
            // the standard and waits to be attached to a criterion by whoever takes it on.
            action.text = tr("%1 (assessor, standard %2 %3)")
                              .arg(required.text, f.standardCode, f.standardTitle)
                              .trimmed();
            if (workspace.standardsSet().findAssessable(f.standardId))
                action.itemId = f.standardId;
            else if (f.criterionIds.size() == 1 &&
                     workspace.standardsSet().findAssessable(f.criterionIds.first()))
                action.itemId = f.criterionIds.first();
            // Nobody owns it until someone takes it.
            action.owner.clear();
            action.due = required.due;
            action.source = QStringLiteral("assessor");
            Expected<qint64> id = workspace.addAction(action);
            if (!id) {
                ErrorList errors = id.errors();
                errors.prepend(
                    Error{tr("Stopped after adding %n required action(s)", added), path, QString(),
                          tr("Remove the actions from source \"assessor\" and import again.")});
                return errors;
            }
            ++added;
        }
    }
    const QJsonObject stored{
        {QStringLiteral("imported"), Clock::now().toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("actionsAdded"), added},
        {QStringLiteral("document"), QJsonDocument::fromJson(document).object()}};
    if (Status s = workspace.setMetaValue(
            key, QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
        !s) {
        return s.errors();
    }
    QStringList ids = responseIds(workspace);
    ids << response->id;
    if (Status s = workspace.setMetaValue(
            IndexKey,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
        !s) {
        return s.errors();
    }
    return Result{*response, added};
}

QList<StoredResponse> ResponseImport::responses(const Workspace &workspace)
{
    QList<StoredResponse> out;
    const QStringList ids = responseIds(workspace);
    for (const QString &id : ids) {
        const QJsonObject stored =
            QJsonDocument::fromJson(
                workspace.metaValue(QStringLiteral("response.") + id).toString().toUtf8())
                .object();
        const QByteArray document =
            QJsonDocument(stored.value(QLatin1String("document")).toObject())
                .toJson(QJsonDocument::Compact);
        Expected<ResponseFile> response = ResponseFile::read(document);
        if (!response)
            continue;
        StoredResponse s;
        s.response = *response;
        s.imported = QDateTime::fromString(stored.value(QLatin1String("imported")).toString(),
                                           Qt::ISODateWithMs);
        s.actionsAdded = stored.value(QLatin1String("actionsAdded")).toInt();
        out.append(s);
    }
    return out;
}

QList<ImportedFinding> ResponseImport::findingsFor(const Workspace &workspace,
                                                   const QString &itemId)
{
    QList<ImportedFinding> out;
    const QList<StoredResponse> stored = responses(workspace);
    for (const StoredResponse &s : stored) {
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
            found.needsReReview = ReReviewRule::needsReReview(workspace, f, itemId, s.imported);
            out.append(found);
        }
    }
    std::sort(out.begin(), out.end(), [](const ImportedFinding &a, const ImportedFinding &b) {
        return a.imported > b.imported;
    });
    return out;
}

ResponseOverview ResponseImport::overview(const Workspace &workspace)
{
    ResponseOverview o;
    const QList<StoredResponse> stored = responses(workspace);
    if (stored.isEmpty())
        return o;
    const StoredResponse &latest = stored.last();
    o.any = true;
    o.assessor = latest.response.assessor;
    o.imported = latest.imported;
    o.recommendation = latest.response.recommendation;
    for (const StandardFinding &f : latest.response.findings) {
        o.met += f.result == FindingResult::Met ? 1 : 0;
        o.notMet += f.result == FindingResult::NotMet ? 1 : 0;
        o.furtherEvidence += f.result == FindingResult::FurtherEvidenceRequired ? 1 : 0;
        o.requiredActions += int(f.actions.size());
        o.needsReReview += ReReviewRule::needsReReview(workspace, f, latest.imported) ? 1 : 0;
    }
    return o;
}

} // namespace seqohs
