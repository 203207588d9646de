#include "packwriter.h"

#include "packarchive.h"
#include "packworkfolder.h"

#include "evidenceindex.h"

#include "minisignsignature.h"
#include "packcontents.h"
#include "packmanifest.h"
#include "signingkey.h"

#include "common/clock.h"
#include "workspace/sha256.h"
#include "workspace/signoffcoverage.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

constexpr qint64 ChunkSize = 1024 * 1024;

// SHA-256 and size of a file, streamed.
Expected<QPair<QByteArray, qint64>> hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the file: %1").arg(file.errorString()), path};
    Sha256 hash;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error{tr("Cannot read the file: %1").arg(file.errorString()), path};
        if (n == 0)
            break;
        hash.addData(buffer.constData(), n);
        total += n;
    }
    return qMakePair(hash.hexResult(), total);
}

QByteArray readme(const PackManifest &manifest)
{
    QString text =
        tr("SEQOHS submission pack\n"
           "======================\n"
           "\n"
           "Service: %1\n"
           "Standards set: %2 (version %3)\n"
           "Created: %4 (UTC)\n"
           "Signing key fingerprint: %5\n"
           "\n"
           "This zip file is a submission for SEQOHS accreditation, made with seqohs-tracker. It "
           "is\n"
           "read-only and tamper-evident: manifest.json lists every file in it with its size and\n"
           "SHA-256 hash, and manifest.json.minisig is a signature over manifest.json made with "
           "the\n"
           "service's key.\n"
           "\n"
           "What is inside\n"
           "  workspace.seqohs       the service's workspace (self-assessment, evidence, "
           "actions),\n"
           "                         a snapshot that seqohs-tracker opens read-only\n"
           "  evidence/              every evidence file, named <id>-<file name>\n"
           "  report/readiness.pdf   the readiness report, when the service included it\n"
           "  evidence-index.html    every evidence item: dates, the criteria it supports, a\n"
           "                         written statement's full text, a link's address\n"
           "  evidence-index.csv     the same as a table for a spreadsheet\n"
           "  manifest.json          the list of files with their hashes\n"
           "  manifest.json.minisig  the signature (minisign format)\n"
           "  signing-key.minisign.pub  the public key that made the signature\n"
           "\n"
           "Checking it\n"
           "  In seqohs-tracker: Submission > Review a submission pack, or\n"
           "      seqohs-tracker-cli pack verify PACK.zip --public-key \"FINGERPRINT\"\n"
           "  Without the program: unzip the pack into an empty folder, then\n"
           "      minisign -Vm manifest.json -p signing-key.minisign.pub\n"
           "  and compare each file's SHA-256 (sha256sum) with manifest.json.\n"
           "\n"
           "Ask the service to confirm the fingerprint above by a channel other than the one that\n"
           "brought you this file (for example by telephone): anyone can sign a pack with a key "
           "of\n"
           "their own, only the fingerprint tells you it is the service's.\n"
           "\n"
           "The fingerprint of the key in the pack\n"
           "  The service reads out its fingerprint from its key (shown when the key was made) or\n"
           "  from its own copy of this pack. To print the fingerprint of the key this pack\n"
           "  carries, so as to compare the two:\n"
           "      seqohs-tracker-cli pack verify PACK.zip\n"
           "  (the line \"Signed by key ...\"); or without the program, in the unzipped folder:\n"
           "      tail -n 1 signing-key.minisign.pub | base64 -d | tail -c 32 | sha256sum \\\n"
           "        | cut -c1-32 | tr a-f A-F | sed 's/..../& /g'\n"
           "  It must read: %5\n")
            .arg(manifest.serviceName, manifest.setId, manifest.setVersion,
                 manifest.created.toString(Qt::ISODate), manifest.signerFingerprint);
    return text.toUtf8();
}

} // namespace

PackWriter::PackWriter(const Workspace &workspace, const SigningKey &key)
    : m_workspace(workspace)
    , m_key(key)
{
}

QString PackWriter::safeFileName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                           c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_');
        out.append(plain ? c : QLatin1Char('_'));
    }
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    if (out.size() > 100)
        out = out.right(100); // keep the suffix, which says what kind of file it is
    return out.isEmpty() ? QStringLiteral("file") : out;
}

Expected<PackSummary> PackWriter::write(const QString &packPath) const
{
    if (m_key.isNull())
        return Error{tr("No signing key was given for the pack"), packPath};
    const QFileInfo target(packPath);
    const QString targetPath = target.absoluteFilePath();
    if (!QFileInfo(target.absolutePath()).isDir()) {
        return Error{tr("The folder for the pack does not exist"), packPath, QString(),
                     tr("Choose a folder that exists.")};
    }
    // Temporary files beside the target, so renaming is atomic and the space is on that disk;
    // work folders left by killed runs go first.
    Expected<std::unique_ptr<PackWorkFolder>> madeWork = PackWorkFolder::create(packPath);
    if (!madeWork)
        return madeWork.errors();
    const PackWorkFolder &work = **madeWork;

    Expected<QList<EvidenceItem>> readEvidence = m_workspace.evidence();
    if (!readEvidence)
        return readEvidence.errors();
    Expected<ServiceProfile> readProfile = m_workspace.profile();
    if (!readProfile)
        return readProfile.errors();
    Expected<QList<EvidenceLink>> readLinks = m_workspace.links();
    if (!readLinks)
        return readLinks.errors();
    // Read with the rest, before anything is written: what the contents record must be what the
    // snapshot holds.
    Expected<QHash<QString, Assessment>> assessments = m_workspace.assessments();
    if (!assessments)
        return assessments.errors();
    // Evidence with personal data stays out unless the lead included it, with a reason.
    QList<qint64> leftOut;
    QList<QPair<qint64, QString>> included;
    QList<EvidenceItem> evidence;
    for (const EvidenceItem &item : std::as_const(*readEvidence)) {
        if (!item.personalData) {
            evidence << item;
        } else if (m_personalDataIncluded.contains(item.id)) {
            evidence << item;
            included.append({item.id, m_personalDataIncluded.value(item.id)});
        } else {
            leftOut << item.id;
        }
    }
    for (auto it = m_personalDataIncluded.cbegin(); it != m_personalDataIncluded.cend(); ++it) {
        const bool marked =
            std::any_of(readEvidence->cbegin(), readEvidence->cend(),
                        [&](const EvidenceItem &e) { return e.id == it.key() && e.personalData; });
        if (!marked) {
            return Error{tr("Evidence %1 is not marked as containing personal data, so there is "
                            "nothing to include.")
                             .arg(it.key()),
                         m_workspace.path(), QString(),
                         tr("List the evidence to see which items are marked.")};
        }
        if (it.value().trimmed().isEmpty()) {
            return Error{
                tr("Evidence %1 holds personal data: including it needs a reason.").arg(it.key()),
                m_workspace.path(), QString(),
                tr("Say why the assessor must see it; the reason goes into the audit "
                   "trail.")};
        }
    }
    qint64 contentTotal = QFileInfo(m_workspace.path()).size();
    for (const EvidenceItem &item : evidence) {
        if (item.kind == EvidenceItem::Kind::File)
            contentTotal += item.size;
    }
    // Exporting and zipping each touch every byte once.
    const qint64 total = 2 * contentTotal;
    qint64 done = 0;
    auto report = [&](qint64 at) { return !m_progress || m_progress(at, total); };
    const Error cancelled{tr("Creating the pack was cancelled; nothing was written"), packPath};

    PackManifest manifest;
    manifest.created = Clock::now().toUTC();
    manifest.generator = QStringLiteral("seqohs-tracker %1").arg(QStringLiteral(SEQOHS_VERSION));
    const ServiceProfile &profile = *readProfile;
    manifest.serviceName = profile.name;
    manifest.organisation = profile.organisation;
    manifest.setId = m_workspace.standardsSet().id;
    manifest.setVersion = m_workspace.standardsSet().version;
    manifest.setContentHash = m_workspace.setContentHash();
    Expected<qint64> auditCount = m_workspace.auditCount();
    if (!auditCount)
        return auditCount.errors();
    Expected<QString> auditHead = m_workspace.auditHead();
    if (!auditHead)
        return auditHead.errors();
    manifest.auditCount = *auditCount;
    manifest.auditHead = *auditHead;
    manifest.signerFingerprint = m_key.fingerprint();
    manifest.personalDataLeftOut = int(leftOut.size());
    manifest.personalDataIncluded = included;
    Expected<QList<PackManifest::SignOffEntry>> signOffs = signOffEntries(m_workspace);
    if (!signOffs)
        return signOffs.errors();
    manifest.signOffs = *signOffs;

    // path in the pack -> file on disk
    QList<QPair<QString, QString>> files;

    const QString snapshot = work.filePath(PackManifest::WorkspacePath);
    if (Status s = m_workspace.backupWithout(
            snapshot, leftOut,
            tr("Left out of a submission pack: marked as containing personal data."));
        !s)
        return s.errors();
    {
        Expected<QPair<QByteArray, qint64>> h = hashFile(snapshot);
        if (!h)
            return h.errors();
        manifest.entries.append(
            {PackManifest::WorkspacePath, h->second, h->first, QStringLiteral("workspace")});
        files.append({PackManifest::WorkspacePath, snapshot});
        done += h->second;
        if (!report(done))
            return cancelled;
    }

    QHash<qint64, QStringList> itemsOf;
    QList<EvidenceLink> links;
    for (const EvidenceLink &link : std::as_const(*readLinks)) {
        if (leftOut.contains(link.evidenceId))
            continue;
        links << link;
        itemsOf[link.evidenceId].append(link.itemId);
    }

    // Without this folder every export below would fail with a message about the file instead.
    if (!QDir(work.path()).mkpath(QStringLiteral("evidence"))) {
        return Error{tr("Cannot create a temporary folder beside the pack"),
                     work.filePath(QStringLiteral("evidence")), QString(),
                     tr("Check that you may write to the pack's folder and that it has free "
                        "space.")};
    }
    int evidenceFiles = 0;
    for (const EvidenceItem &item : evidence) {
        if (item.kind != EvidenceItem::Kind::File)
            continue; // links and statements are in the workspace snapshot
        const QString path =
            QStringLiteral("evidence/%1-%2").arg(item.id).arg(safeFileName(item.fileName));
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
        if (QFileInfo(local).size() != item.size) {
            return Error{
                tr("Evidence \"%1\" (id %2) was exported with the wrong size")
                    .arg(item.title)
                    .arg(item.id),
                m_workspace.path(), QString(),
                tr("Check the workspace (use Workspace > Check integrity in the window, or "
                   "seqohs-tracker-cli integrity) to find damaged content.")};
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
        e.items.sort();
        manifest.entries.append(e);
        files.append({path, local});
        ++evidenceFiles;
        done += item.size;
        if (!report(done))
            return cancelled;
    }

    if (!m_reportPdf.isEmpty()) {
        Expected<QPair<QByteArray, qint64>> h = hashFile(m_reportPdf);
        if (!h)
            return h.errors();
        manifest.entries.append(
            {PackManifest::ReportPath, h->second, h->first, QStringLiteral("report")});
        files.append({PackManifest::ReportPath, m_reportPdf});
    }

    // The evidence index: statements and links exist nowhere else outside the snapshot.
    QHash<qint64, QString> packPaths;
    for (const PackManifest::Entry &e : std::as_const(manifest.entries)) {
        if (e.kind == QLatin1String("evidence"))
            packPaths.insert(e.evidenceId, e.path);
    }
    EvidenceIndex evidenceIndex(profile.name, m_workspace.standardsSet(), evidence, links);
    evidenceIndex.setPackPaths(packPaths);
    const QByteArray indexHtml = evidenceIndex.html();
    const QByteArray indexCsv = evidenceIndex.csv();
    manifest.entries.append({EvidenceIndex::HtmlPath, indexHtml.size(), Sha256::hexHash(indexHtml),
                             QStringLiteral("index")});
    manifest.entries.append({EvidenceIndex::CsvPath, indexCsv.size(), Sha256::hexHash(indexCsv),
                             QStringLiteral("index")});

    const QByteArray readmeBytes = readme(manifest);
    manifest.entries.append({PackManifest::ReadmePath, readmeBytes.size(),
                             Sha256::hexHash(readmeBytes), QStringLiteral("readme")});
    // The signed zip, written and put in place as every pack is (PackArchive); the summary is
    // made before it takes its name, for the step that records it.
    QList<PackArchive::DiskFile> diskFiles;
    for (const auto &[name, local] : std::as_const(files))
        diskFiles.append({name, local});
    PackSummary summary;
    const auto summarise = [&] {
        summary.contents = PackContents::of(evidence, links, *assessments).toJson();
        summary.path = targetPath;
        summary.rootHash = manifest.rootHash;
        summary.signerFingerprint = manifest.signerFingerprint;
        summary.evidenceFiles = evidenceFiles;
        summary.personalDataLeftOut = manifest.personalDataLeftOut;
        summary.personalDataIncluded = manifest.personalDataIncluded;
        summary.contentBytes = 0;
        for (const PackManifest::Entry &e : std::as_const(manifest.entries))
            summary.contentBytes += e.size;
    };
    if (Status s = PackArchive::write(m_key, manifest,
                                      {{PackManifest::ReadmePath, readmeBytes},
                                       {EvidenceIndex::HtmlPath, indexHtml},
                                       {EvidenceIndex::CsvPath, indexCsv}},
                                      diskFiles, packPath, work.path(), m_progress, done, total,
                                      [&]() -> Status {
                                          summarise();
                                          return m_beforePublish ? m_beforePublish(summary)
                                                                 : success();
                                      });
        !s)
        return s.errors();
    summarise();
    return summary;
}

Expected<QList<PackManifest::SignOffEntry>> PackWriter::signOffEntries(const Workspace &workspace)
{
    Expected<QList<SignOff>> signOffs = workspace.signOffs();
    if (!signOffs)
        return signOffs.errors();
    QList<PackManifest::SignOffEntry> entries;
    for (const SignOff &s : std::as_const(*signOffs)) {
        PackManifest::SignOffEntry entry{
            SignOffCoverage::describe(workspace.standardsSet(), s.scope, s.target),
            s.signer,
            s.signedAt,
            s.coveredHash,
            !s.isVoid(),
            {}};
        if (s.isVoid()) {
            Expected<QStringList> changes = workspace.signOffChanges(s);
            if (!changes)
                return changes.errors();
            entry.changes = *changes;
        }
        entries << entry;
    }
    return entries;
}

Status PackWriter::recordCreatedPack(Workspace &workspace, const PackSummary &summary)
{
    PackRecord record;
    record.rootHash = summary.rootHash;
    record.created = Clock::now().toUTC();
    record.fileName = QFileInfo(summary.path).fileName();
    record.signerFingerprint = summary.signerFingerprint;
    record.evidenceFiles = summary.evidenceFiles;
    record.contents = summary.contents;
    if (summary.personalDataLeftOut == 0 && summary.personalDataIncluded.isEmpty())
        return workspace.recordPack(record);
    // Who let personal data into a pack, and why, is a question the trail must answer.
    QJsonArray included;
    for (const auto &[id, reason] : summary.personalDataIncluded) {
        included.append(
            QJsonObject{{QStringLiteral("evidenceId"), id}, {QStringLiteral("reason"), reason}});
    }
    const QString personal = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("leftOut"), summary.personalDataLeftOut},
                                  {QStringLiteral("included"), included}})
            .toJson(QJsonDocument::Compact));
    return workspace.change(tr("Recording the pack failed"), [&]() -> Status {
        if (Status recorded = workspace.recordPack(record); !recorded)
            return recorded;
        return workspace.setMetaValue(QStringLiteral("pack.%1.personalData").arg(summary.rootHash),
                                      personal);
    });
}

} // namespace seqohs
