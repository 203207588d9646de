#include "packjob.h"

#include "packworkfolder.h"
#include "reporting/signoffsection.h"

#include "common/clock.h"
#include "reporting/readinessreportbuilder.h"
#include "scoring/scorer.h"
#include "workspace/scoringinputbuilder.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <memory>

namespace seqohs {

Expected<PackJob::Key> PackJob::signingKey(const QString &keyPath)
{
    Key result;
    result.path = keyPath;
    if (result.path.isEmpty()) {
        result.path = SigningKey::defaultPath();
        if (!QFileInfo::exists(result.path)) {
            Expected<SigningKey> fresh = SigningKey::generate();
            if (!fresh)
                return fresh.errors();
            if (Status s = fresh->save(result.path); !s)
                return s.errors();
            result.created = true;
        }
    }
    Expected<SigningKey> key = SigningKey::load(result.path);
    if (!key)
        return key.errors();
    result.key = *key;
    return result;
}

Expected<ReadinessReport> PackJob::readinessReport(const Workspace &workspace)
{
    const Expected<ScoringInput> read = scoringInputFor(workspace, Clock::today());
    if (!read)
        return read.errors();
    const ScoringInput &input = *read;
    ReportOptions options;
    Expected<QList<ReadinessReport::SignOffLine>> signOffs = SignOffSection::of(workspace);
    if (!signOffs)
        return signOffs.errors();
    options.signOffs = *signOffs;
    return ReadinessReportBuilder::build(input, Scorer::score(input), options);
}

PackJob::PackJob(const SigningKey &key)
    : m_key(key)
{
}

Expected<PackSummary> PackJob::write(const Workspace &workspace, const QString &packPath) const
{
    PackWriter writer(workspace, m_key);
    // The report is made in a private work folder (0700) beside the pack that goes when the
    // pack is written, or at the next run when this one is killed.
    Expected<std::unique_ptr<PackWorkFolder>> reportDir = PackWorkFolder::create(packPath);
    if (!reportDir)
        return reportDir.errors();
    if (m_reportWriter) {
        const QString pdf = (*reportDir)->filePath(QStringLiteral("readiness.pdf"));
        if (Status s = m_reportWriter(pdf); !s)
            return s.errors();
        writer.setReadinessReportPdf(pdf);
    }
    writer.setProgress(m_progress);
    writer.setBeforePublish(m_beforePublish);
    writer.setPersonalDataIncluded(m_personalDataIncluded);
    return writer.write(packPath);
}

Expected<PackSummary> PackJob::write(const QString &workspacePath, const QString &packPath,
                                     const PasswordPrompt &askPassword) const
{
    // SQLite connections stay on the thread that opens them: this one is the caller's own.
    Expected<std::unique_ptr<Workspace>> ws =
        Workspace::openAt(workspacePath, Workspace::ReadOnly, askPassword);
    if (!ws)
        return ws.errors();
    return write(**ws, packPath);
}

Status PackJob::record(Workspace &workspace, const PackSummary &summary)
{
    return PackWriter::recordCreatedPack(workspace, summary);
}

} // namespace seqohs
