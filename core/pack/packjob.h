#pragma once

#include "common/expected.h"
#include "packwriter.h"
#include "signingkey.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace seqohs {

struct ReadinessReport;
class Workspace;

// Building a submission pack, written once for the window and the command line: which key
// signs it, which readiness report goes in, writing it (evidence selection, hashing and
// signing are PackWriter's) and recording it in the workspace so that the assessor's response
// can be matched to it. Rendering the report needs Qt Gui, which the core does not link, so
// the caller hands in a function that writes the PDF.
class PackJob
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::PackJob)

public:
    // Writes the readiness report PDF to the path it is given.
    using ReportWriter = std::function<Status(const QString &pdfPath)>;

    struct Key
    {
        SigningKey key;
        QString path;
        bool created = false; // the default key did not exist and was made for this pack
    };

    // The signing key at keyPath; with an empty keyPath the user's default key
    // (SigningKey::defaultPath()), created on first use.
    static Expected<Key> signingKey(const QString &keyPath);

    // The readiness report that goes into a pack of the workspace: scored today. Fails when
    // the workspace cannot be read.
    static Expected<ReadinessReport> readinessReport(const Workspace &workspace);

    // Copied: SigningKey has no move (each copy owns, and wipes, its own secret).
    explicit PackJob(const SigningKey &key);

    // Without a report writer the pack has no readiness report.
    void setReportWriter(const ReportWriter &writer) { m_reportWriter = writer; }
    void setProgress(const PackWriter::Progress &progress) { m_progress = progress; }
    // See PackWriter::setBeforePublish.
    void setBeforePublish(const PackWriter::BeforePublish &check) { m_beforePublish = check; }
    // See PackWriter::setPersonalDataIncluded.
    void setPersonalDataIncluded(const QHash<qint64, QString> &reasons)
    {
        m_personalDataIncluded = reasons;
    }

    // Writes the pack of an open workspace (read-only is enough) to packPath: the report
    // first, into a private temporary folder, then the pack. On the thread that opened the
    // workspace. Fails naming what could not be written; nothing is left behind.
    Expected<PackSummary> write(const Workspace &workspace, const QString &packPath) const;

    // The same with a read-only connection of its own to the workspace (a file or a team
    // workspace's address, askPassword as for Workspace::openServer), for a worker thread.
    using PasswordPrompt = std::function<QString(const QString &server)>;
    Expected<PackSummary> write(const QString &workspacePath, const QString &packPath,
                                const PasswordPrompt &askPassword = {}) const;

    // Remembers in the workspace that it created the pack. Without the record the response
    // cannot be matched to the pack, so a failure here means "create the pack again".
    static Status record(Workspace &workspace, const PackSummary &summary);

private:
    SigningKey m_key;
    ReportWriter m_reportWriter;
    PackWriter::Progress m_progress;
    PackWriter::BeforePublish m_beforePublish;
    QHash<qint64, QString> m_personalDataIncluded;
};

} // namespace seqohs
