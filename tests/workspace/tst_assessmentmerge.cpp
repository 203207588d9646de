#include "testsupport.h"

#include "workspace/assessmentmerge.h"

using namespace seqohs;
using Field = AssessmentMerge::Field;

TEST_CASE("Two changes of one assessment combine field by field; both changing a field is a "
          "conflict for the second to choose")
{
    Assessment base;
    base.itemId = QStringLiteral("t-a1-1");
    base.result = AssessmentResult::PartiallyMet;
    base.narrative = QStringLiteral("As it was");
    base.owner = QStringLiteral("Priya");

    Assessment mine = base;
    mine.narrative = QStringLiteral("My words");
    Assessment theirs = base;
    theirs.result = AssessmentResult::Met;
    theirs.owner = QStringLiteral("Sam");

    // Different fields: each keeps its change, nobody is asked.
    const AssessmentMerge apart(base, mine, theirs);
    CHECK(apart.theyChanged());
    CHECK(apart.conflicts().isEmpty());
    const Assessment both = apart.merged();
    CHECK(both.narrative == QLatin1String("My words"));
    CHECK(both.result == AssessmentResult::Met);
    CHECK(both.owner == QLatin1String("Sam"));

    // The same field changed alike is no conflict; changed differently it is.
    theirs.narrative = QStringLiteral("My words");
    CHECK(AssessmentMerge(base, mine, theirs).conflicts().isEmpty());
    theirs.narrative = QStringLiteral("Their words");
    const AssessmentMerge clash(base, mine, theirs);
    REQUIRE(clash.conflicts() == QList<Field>{Field::Narrative});
    CHECK(clash.merged().narrative == QLatin1String("My words"));
    CHECK(clash.merged({Field::Narrative}).narrative == QLatin1String("Their words"));
    CHECK(clash.merged({Field::Narrative}).result == AssessmentResult::Met);

    // Nothing changed by anyone else: nothing to combine.
    CHECK_FALSE(AssessmentMerge(base, mine, base).theyChanged());
    CHECK(AssessmentMerge::valueText(theirs, Field::Result) == resultDisplayName(theirs.result));
}
