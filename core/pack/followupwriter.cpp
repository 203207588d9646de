#include "followupwriter.h"

#include "packarchive.h"
#include "packmanifest.h"
#include "packworkfolder.h"
#include "signingkey.h"

#include "common/clock.h"
#include "workspace/sha256.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>

namespace seqohs {

namespace {

QByteArray readme(const PackManifest &m, const FollowUpPlan &plan)
{
    return FollowUpWriter::tr(
               "SEQOHS follow-up pack\n"
               "=====================\n"
               "\n"
               "Service: %1\n"
               "Standards set: %2 (version %3)\n"
               "Created: %4 (UTC)\n"
               "Signing key fingerprint: %5\n"
               "Round: %6\n"
               "Follows up the pack with root hash: %7\n"
               "Answers the response: %8\n"
               "\n"
               "This zip file answers the assessor's findings on an earlier submission pack (its "
               "base).\n"
               "It holds only what changed since: follow-up.json lists, for each standard whose "
               "finding\n"
               "was \"not met\" or \"further evidence required\", the earlier finding, the new or "
               "changed\n"
               "evidence, the assessments that changed and the answers to the required actions. "
               "New\n"
               "or changed evidence files are under evidence/.\n"
               "\n"
               "Checking it\n"
               "  In seqohs-tracker: open your review, then File > Open follow-up pack, or\n"
               "      seqohs-tracker-cli review followup FOLLOWUP.zip --review REVIEW\n"
               "  Without the program: unzip it into an empty folder, then\n"
               "      minisign -Vm manifest.json -p signing-key.minisign.pub\n"
               "  compare each file's SHA-256 (sha256sum) with manifest.json, and check that\n"
               "  \"followUp\".\"base\" in manifest.json is the root hash of the pack you "
               "reviewed last.\n")
        .arg(m.serviceName, m.setId, m.setVersion, m.created.toString(Qt::ISODate),
             m.signerFingerprint)
        .arg(plan.round())
        .arg(plan.base.rootHash, plan.response.id)
        .toUtf8();
}

} // namespace

FollowUpWriter::FollowUpWriter(const Workspace &workspace, const SigningKey &key)
    : m_workspace(workspace)
    , m_key(key)
{
}

Expected<PackSummary> FollowUpWriter::write(const FollowUpPlan &plan, const QString &packPath) const
{
    if (m_key.isNull())
        return Error{tr("No signing key was given for the follow-up pack"), packPath};
    if (!plan.base.signerFingerprint.isEmpty() &&
        plan.base.signerFingerprint != m_key.fingerprint()) {
        return Error{tr("The pack your assessor reviewed was signed with key %1, but this key is "
                        "%2")
                         .arg(plan.base.signerFingerprint, m_key.fingerprint()),
                     packPath, QString(),
                     tr("Sign the follow-up with the key that signed the pack, so that your "
                        "assessor can tell it is yours (--key KEYFILE).")};
    }
    if (!QFileInfo(QFileInfo(packPath).absolutePath()).isDir()) {
        return Error{tr("The folder for the pack does not exist"), packPath, QString(),
                     tr("Choose a folder that exists.")};
    }
    Expected<std::unique_ptr<PackWorkFolder>> madeWork = PackWorkFolder::create(packPath);
    if (!madeWork)
        return madeWork.errors();
    const PackWorkFolder &work = **madeWork;
    Expected<ServiceProfile> profile = m_workspace.profile();
    if (!profile)
        return profile.errors();
    Expected<qint64> auditCount = m_workspace.auditCount();
    if (!auditCount)
        return auditCount.errors();
    Expected<QString> auditHead = m_workspace.auditHead();
    if (!auditHead)
        return auditHead.errors();

    PackManifest manifest;
    manifest.kind = PackManifest::FollowUpKind;
    manifest.followUp = {plan.base.rootHash, plan.chain, plan.round(), plan.response.id};
    manifest.created = Clock::now().toUTC();
    // The sign-offs as they stand now: a follow-up that changes signed work shows the assessor
    // that the sign-off no longer holds.
    Expected<QList<PackManifest::SignOffEntry>> signOffs = PackWriter::signOffEntries(m_workspace);
    if (!signOffs)
        return signOffs.errors();
    manifest.signOffs = *signOffs;
    manifest.generator = QStringLiteral("seqohs-tracker %1").arg(QStringLiteral(SEQOHS_VERSION));
    manifest.serviceName = profile->name;
    manifest.organisation = profile->organisation;
    manifest.setId = m_workspace.standardsSet().id;
    manifest.setVersion = m_workspace.standardsSet().version;
    manifest.setContentHash = m_workspace.setContentHash();
    manifest.signerFingerprint = m_key.fingerprint();
    manifest.auditCount = *auditCount;
    manifest.auditHead = *auditHead;

    QHash<qint64, QStringList> itemsOf;
    for (const FollowUpContent::Standard &s : plan.content.standards) {
        for (const FollowUpContent::EvidenceChange &e : s.evidence)
            itemsOf[e.id] << e.items;
    }
    qint64 total = 0;
    QList<EvidenceItem> items;
    for (const qint64 id : plan.files) {
        Expected<std::optional<EvidenceItem>> item = m_workspace.evidenceItem(id);
        if (!item)
            return item.errors();
        if (!*item) {
            return Error{tr("Evidence %1 was removed while the follow-up was being made").arg(id),
                         m_workspace.path(), QString(), tr("Make the follow-up pack again.")};
        }
        items << **item;
        total += (*item)->size;
    }
    // Exporting and zipping each touch every byte once.
    total *= 2;
    qint64 done = 0;
    const Error cancelled{tr("Creating the pack was cancelled; nothing was written"), packPath};
    if (!QDir(work.path()).mkpath(QStringLiteral("evidence"))) {
        return Error{tr("Cannot create a temporary folder beside the pack"), work.path(), QString(),
                     tr("Check that you may write to the pack's folder and that it has free "
                        "space.")};
    }
    QList<PackArchive::DiskFile> diskFiles;
    int evidenceFiles = 0;
    for (const EvidenceItem &item : std::as_const(items)) {
        const QString path = QStringLiteral("evidence/%1-%2")
                                 .arg(item.id)
                                 .arg(PackWriter::safeFileName(item.fileName));
        const QString local = work.filePath(path);
        // The workspace checks the content's SHA-256 as it exports.
        if (Status s = m_workspace.exportEvidenceFile(item.id, local); !s) {
            ErrorList errors = s.errors();
            errors.prepend(Error{tr("Evidence \"%1\" (id %2) could not be exported for the pack")
                                     .arg(item.title)
                                     .arg(item.id),
                                 m_workspace.path()});
            return errors;
        }
        PackManifest::Entry e;
        e.path = path;
        e.size = item.size;
        e.sha256 = item.sha256;
        e.kind = QStringLiteral("evidence");
        e.evidenceId = item.id;
        e.evidenceTitle = item.title;
        e.fileName = item.fileName;
        e.evidenceVersion = item.version;
        e.items = itemsOf.value(item.id);
        e.items.removeDuplicates();
        e.items.sort();
        manifest.entries.append(e);
        diskFiles.append({path, local});
        ++evidenceFiles;
        done += item.size;
        if (m_progress && !m_progress(done, total))
            return cancelled;
    }
    const QByteArray followUpJson = plan.content.toJson();
    manifest.entries.append({PackManifest::FollowUpPath, followUpJson.size(),
                             Sha256::hexHash(followUpJson), QStringLiteral("follow-up")});
    const QByteArray readmeBytes = readme(manifest, plan);
    manifest.entries.append({PackManifest::ReadmePath, readmeBytes.size(),
                             Sha256::hexHash(readmeBytes), QStringLiteral("readme")});
    PackSummary summary;
    const auto summarise = [&] {
        summary.path = QFileInfo(packPath).absoluteFilePath();
        summary.rootHash = manifest.rootHash;
        summary.signerFingerprint = manifest.signerFingerprint;
        summary.evidenceFiles = evidenceFiles;
        summary.contentBytes = 0;
        for (const PackManifest::Entry &e : std::as_const(manifest.entries))
            summary.contentBytes += e.size;
        summary.contents = plan.contents.toJson();
    };
    if (Status s = PackArchive::write(
            m_key, manifest,
            {{PackManifest::FollowUpPath, followUpJson}, {PackManifest::ReadmePath, readmeBytes}},
            diskFiles, packPath, work.path(), m_progress, done, total,
            [&]() -> Status {
                summarise();
                return m_beforePublish ? m_beforePublish(summary) : success();
            });
        !s)
        return s.errors();
    summarise();
    return summary;
}

Expected<PackSummary> FollowUpWriter::write(const QString &workspacePath, const SigningKey &key,
                                            const FollowUpPlan &plan, const QString &packPath,
                                            const Progress &progress,
                                            const PasswordPrompt &askPassword)
{
    // SQLite connections stay on the thread that opens them: this one is the caller's own.
    Expected<std::unique_ptr<Workspace>> ws =
        Workspace::openAt(workspacePath, Workspace::ReadOnly, askPassword);
    if (!ws)
        return ws.errors();
    FollowUpWriter writer(**ws, key);
    writer.setProgress(progress);
    return writer.write(plan, packPath);
}

Status FollowUpWriter::record(Workspace &workspace, const FollowUpPlan &plan,
                              const PackSummary &summary)
{
    PackRecord record;
    record.rootHash = summary.rootHash;
    record.created = Clock::now().toUTC();
    record.fileName = QFileInfo(summary.path).fileName();
    record.signerFingerprint = summary.signerFingerprint;
    record.evidenceFiles = summary.evidenceFiles;
    record.kind = PackRecord::Kind::FollowUp;
    record.baseRootHash = plan.base.rootHash;
    record.contents = summary.contents;
    return workspace.recordPack(record);
}

} // namespace seqohs
