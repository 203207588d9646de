#include "assessmentimport.h"

#include "workspace/sha256.h"

#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace seqohs {

namespace {

ErrorList naming(ErrorList errors, const QString &path)
{
    for (Error &e : errors) {
        if (e.file.isEmpty())
            e.file = path;
    }
    return errors;
}

} // namespace

Expected<AssessmentImport::Result>
AssessmentImport::createWorkspace(const AssessmentJson::Document &document, const QString &path,
                                  const Options &options)
{
    if (QFileInfo::exists(path)) {
        return Error{tr("The file already exists; importing never overwrites a workspace"), path,
                     QString(), tr("Choose a new file name, or move the existing file away.")};
    }
    const ScoringInput &input = document.input;
    Expected<std::unique_ptr<Workspace>> created =
        Workspace::create(path, input.profile, input.set);
    if (!created)
        return created.errors();
    Result result;
    result.workspace = std::move(created).value();
    Workspace &ws = *result.workspace;

    // Removes what was made, so a failed import leaves nothing half done behind.
    auto fail = [&](const ErrorList &errors) -> Expected<Result> {
        result.workspace.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return naming(errors, path);
    };

    // One unit of work: the file is complete or, with the rename at the end, absent.
    const Status imported = ws.change(tr("Importing the assessment failed"), [&]() -> Status {
        // The unit may be run again from the start.
        result.filesRestored = 0;
        result.filesPlaceholder = 0;
        result.notes.clear();
        for (const AssessableItem &item : input.set.assessables()) {
            const auto a = input.assessments.constFind(item.id);
            if (a == input.assessments.cend())
                continue;
            const Status set = ws.setAssessment(*a);
            if (!set)
                return set.errors();
        }

        QHash<qint64, QList<EvidenceLink>> linksOf;
        for (const EvidenceLink &link : input.links)
            linksOf[link.evidenceId].append(link);

        // In id order, so that a fresh workspace gives contiguous ids the same numbers.
        QList<EvidenceItem> evidence = input.evidence;
        std::stable_sort(evidence.begin(), evidence.end(),
                         [](const EvidenceItem &a, const EvidenceItem &b) { return a.id < b.id; });
        const QDir folder(options.evidenceFolder);
        for (const EvidenceItem &e : evidence) {
            QList<EvidenceLink> links = linksOf.value(e.id);
            for (EvidenceLink &l : links)
                l.evidenceId = 0;
            EvidenceItem meta = e;
            meta.id = 0;
            Expected<qint64> added = qint64(0);
            switch (e.kind) {
            case EvidenceItem::Kind::File: {
                const QString candidate = options.evidenceFolder.isEmpty()
                                              ? QString()
                                              : folder.filePath(QFileInfo(e.fileName).fileName());
                if (!candidate.isEmpty() && QFileInfo(candidate).isFile() &&
                    (e.sha256.isEmpty() || Sha256::hexHashOfFile(candidate) == e.sha256)) {
                    added = ws.addEvidenceFile(candidate, meta, links);
                    ++result.filesRestored;
                    break;
                }
                meta.kind = EvidenceItem::Kind::Statement;
                meta.statement =
                    tr("The file \"%1\" (SHA-256 %2) was listed in an exported assessment; its "
                       "content was not part of the export. Add the file to this item again.")
                        .arg(e.fileName, QString::fromLatin1(e.sha256));
                added = ws.addEvidenceStatement(meta.statement, meta, links);
                ++result.filesPlaceholder;
                result.notes << tr("\"%1\": add the file \"%2\" again.").arg(e.title, e.fileName);
                break;
            }
            case EvidenceItem::Kind::Link:
                added = ws.addEvidenceLink(e.url, meta, links);
                break;
            case EvidenceItem::Kind::Statement:
                added = ws.addEvidenceStatement(e.statement, meta, links);
                break;
            }
            if (!added)
                return added.errors();
        }

        QList<Action> actions = input.actions;
        std::stable_sort(actions.begin(), actions.end(),
                         [](const Action &a, const Action &b) { return a.id < b.id; });
        // New ids, in the same order; a repeating action's series is kept through them.
        QHash<qint64, qint64> newIds;
        for (Action a : actions) {
            const qint64 oldId = a.id;
            a.id = 0;
            a.follows = newIds.value(a.follows, 0);
            const Expected<qint64> added = ws.addAction(a);
            if (!added)
                return added.errors();
            newIds.insert(oldId, *added);
        }
        // The responses' required actions are among the actions above already: only the responses
        // themselves are stored, so that their findings show again.
        if (Status stored = AssessmentJson::storeAssessorResponses(ws, document.assessorResponses);
            !stored)
            return stored.errors();
        return success();
    });
    if (!imported)
        return fail(imported.errors());
    return result;
}

} // namespace seqohs
