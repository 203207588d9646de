#pragma once

#include "common/expected.h"
#include "packmanifest.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace seqohs {

class SigningKey;
class Workspace;

// What a written pack is: the service records it and tells its assessor the fingerprint.
struct PackSummary
{
    QString path;
    QString rootHash;
    QString signerFingerprint;
    int evidenceFiles = 0;
    qint64 contentBytes = 0; // the files inside, before any compression
    // Evidence marked as containing personal data: left out, and included with a reason.
    int personalDataLeftOut = 0;
    QList<QPair<qint64, QString>> personalDataIncluded;
    // What the pack showed the assessor (PackContents::toJson), recorded with it so that a
    // follow-up can tell what changed since.
    QByteArray contents;
};

// Writes a submission pack (docs/pack-format.md): a zip that any archive tool opens, holding
// manifest.json, its minisign signature, the signer's public key, a read-only snapshot of the
// workspace, every evidence file (current version), the readiness report PDF when given, and
// README.txt.
//
// Evidence is exported from the workspace to temporary files beside the target (so they are
// streamed, never held in memory) and stored uncompressed; the zip itself is written under a
// temporary name and renamed over the target only when complete and synced.
//
// The workspace may be open read-only: the writer only reads it. Run it on the thread that
// opened the workspace (a worker thread may open its own read-only Workspace).
class PackWriter
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::PackWriter)

public:
    // Bytes done and total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    PackWriter(const Workspace &workspace, const SigningKey &key);

    // The readiness report, rendered beforehand by the caller (rendering needs Qt Gui, which
    // the core does not link).
    void setReadinessReportPdf(const QString &path) { m_reportPdf = path; }
    // Evidence marked as containing personal data is left out of the pack (its files, its
    // entries in the index and, compacted away, the workspace snapshot) unless it is here, by
    // id, with the reason the lead gave for including it.
    void setPersonalDataIncluded(const QHash<qint64, QString> &reasons)
    {
        m_personalDataIncluded = reasons;
    }
    void setProgress(const Progress &progress) { m_progress = progress; }
    // Run once the pack is complete and synced, before it takes its name: the pack appears
    // under packPath only if this succeeds. Recording the pack in the workspace here means a
    // process killed at any moment never leaves a signed pack the workspace does not know.
    using BeforePublish = std::function<Status(const PackSummary &summary)>;
    void setBeforePublish(const BeforePublish &check) { m_beforePublish = check; }

    // Writes the pack to packPath, replacing any file there only on success. Fails naming the
    // evidence item or file that could not be read or written; on cancel or failure nothing is
    // left behind.
    Expected<PackSummary> write(const QString &packPath) const;

    // Remembers in the workspace that it created this pack, so that a response about it can
    // later be recognised; evidence with personal data that was included, with the reasons, and
    // how much was left out go into the audit trail too.
    static Status recordCreatedPack(Workspace &workspace, const PackSummary &summary);

    // The workspace's sign-offs as a manifest lists them, each void one with what changed.
    static Expected<QList<PackManifest::SignOffEntry>> signOffEntries(const Workspace &workspace);

    // The evidence file name as stored in the pack: letters, digits, '.', '-' and '_' only.
    static QString safeFileName(const QString &name);

private:
    const Workspace &m_workspace;
    const SigningKey &m_key;
    QString m_reportPdf;
    Progress m_progress;
    BeforePublish m_beforePublish;
    QHash<qint64, QString> m_personalDataIncluded;
};

} // namespace seqohs
