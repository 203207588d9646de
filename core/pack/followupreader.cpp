#include "followupreader.h"

#include "packmanifest.h"
#include "review.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace seqohs {

Expected<FollowUpRead> FollowUpReader::read(const QString &path, const Review &review,
                                            const QString &expectedKey,
                                            const PackVerifier::Progress &progress)
{
    QTemporaryDir extract;
    if (!extract.isValid()) {
        return Error{tr("Cannot create a private temporary folder: %1").arg(extract.errorString()),
                     path};
    }
    PackVerifier verifier(path);
    // The same signer as the pack under review, unless the user named a key.
    verifier.setExpectedKey(expectedKey.isEmpty() ? review.packSigner : expectedKey);
    verifier.setExtractTo(extract.path(), {PackManifest::FollowUpPath});
    verifier.setProgress(progress);
    FollowUpRead read;
    read.verification = verifier.verify();
    const PackVerification &v = read.verification;
    if (!v.ok()) {
        ErrorList errors{Error{tr("The follow-up pack did not verify and was not applied"), path,
                               QString(), tr("Ask the service to send it again.")}};
        if (v.problems.isEmpty())
            errors.append(Error{v.summary(), path});
        errors.append(v.problems);
        return errors;
    }
    if (!v.manifest.isFollowUp()) {
        return Error{tr("This is a full pack, not a follow-up"), path, QString(),
                     tr("Start a new review of it (review open) instead.")};
    }
    QFile file(QDir(extract.path()).filePath(PackManifest::FollowUpPath));
    if (!v.manifest.entry(PackManifest::FollowUpPath) || !file.open(QIODevice::ReadOnly)) {
        return Error{
            tr("The follow-up pack has no list of changes (%1)").arg(PackManifest::FollowUpPath),
            path, QString(), tr("Ask the service to make the follow-up pack again.")};
    }
    Expected<FollowUpContent> content =
        FollowUpContent::fromJson(file.readAll(), PackManifest::FollowUpPath);
    if (!content)
        return content.errors();
    // Both are signed, but they must say the same, or the pack contradicts itself.
    if (content->base != v.manifest.followUp.base || content->round != v.manifest.followUp.round ||
        content->response != v.manifest.followUp.response) {
        return Error{tr("The follow-up's list of changes names another base, round or response "
                        "than its manifest"),
                     PackManifest::FollowUpPath, QString(),
                     tr("Ask the service to make the follow-up pack again.")};
    }
    read.content = *content;
    return read;
}

} // namespace seqohs
