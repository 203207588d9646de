#pragma once

#include "common/expected.h"
#include "followupcontent.h"
#include "packverifier.h"

#include <QCoreApplication>
#include <QString>

namespace seqohs {

struct Review;

// A follow-up pack as the assessor opens it: verified as any pack is (PackVerifier: signature,
// manifest, every file's SHA-256), against the key that signed the pack under review, and its
// follow-up.json read. Whether it belongs to the review is Review::applyFollowUp's to decide.
struct FollowUpRead
{
    PackVerification verification;
    FollowUpContent content;
};

class FollowUpReader
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::FollowUpReader)

public:
    // expectedKey: the service's fingerprint or key as the user named it; when empty, the key
    // that signed the pack under review (review.packSigner). Fails with every problem found,
    // each naming the file in the pack, when the pack does not verify or is not a follow-up.
    static Expected<FollowUpRead> read(const QString &path, const Review &review,
                                       const QString &expectedKey = {},
                                       const PackVerifier::Progress &progress = {});
};

} // namespace seqohs
