// The review reader: the assessor's own working file ("review set", "review respond", the
// assessor window). A review that reads must write and read back.

#include "fuzzsupport.h"
#include "pack/review.h"

using namespace seqohs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("fuzz.review");
    const Expected<Review> review = Review::fromJson(fuzz::bytes(data, size), name);
    if (!review)
        return 0;
    (void)review->unrecorded();
    const Expected<Review> again = Review::fromJson(review->toJson(), name);
    if (!again)
        fuzz::fail("a review that was read does not read back after writing:", again.errorString());
    return 0;
}
