#include "testsupport.h"

#include "workspace/fieldmerge.h"
#include "workspace/mergefields.h"

using namespace seqohs;

namespace {

// Places in MergeFields' lists.
constexpr int AssessmentResultField = 0;
constexpr int AssessmentNarrativeField = 2;
constexpr int EvidenceTitleField = 0;
constexpr int ActionOwnerField = 2;
constexpr int ActionStatusField = 4;

} // namespace

TEST_CASE("Two changes of one assessment combine field by field; both changing a field is a "
          "conflict for the second to choose")
{
    using Merge = FieldMerge<Assessment>;
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
    const Merge apart(MergeFields::assessment(), base, mine, theirs);
    CHECK(apart.theyChanged());
    CHECK(apart.conflicts().isEmpty());
    const Assessment both = apart.merged();
    CHECK(both.narrative == QLatin1String("My words"));
    CHECK(both.result == AssessmentResult::Met);
    CHECK(both.owner == QLatin1String("Sam"));

    // The same field changed alike is no conflict; changed differently it is.
    theirs.narrative = QStringLiteral("My words");
    CHECK(Merge(MergeFields::assessment(), base, mine, theirs).conflicts().isEmpty());
    theirs.narrative = QStringLiteral("Their words");
    const Merge clash(MergeFields::assessment(), base, mine, theirs);
    REQUIRE(clash.conflicts() == QList<int>{AssessmentNarrativeField});
    CHECK(clash.field(AssessmentNarrativeField).name == QLatin1String("Narrative"));
    CHECK(clash.merged().narrative == QLatin1String("My words"));
    CHECK(clash.merged({AssessmentNarrativeField}).narrative == QLatin1String("Their words"));
    CHECK(clash.merged({AssessmentNarrativeField}).result == AssessmentResult::Met);

    // Nothing changed by anyone else: nothing to combine.
    CHECK_FALSE(Merge(MergeFields::assessment(), base, mine, base).theyChanged());
    CHECK(clash.theirsText(AssessmentResultField) == resultDisplayName(theirs.result));
}

TEST_CASE("Two changes of one evidence item's details combine field by field, and what people "
          "do not edit stays as stored")
{
    using Merge = FieldMerge<EvidenceItem>;
    EvidenceItem base;
    base.id = 7;
    base.title = QStringLiteral("Fire policy");
    base.description = QStringLiteral("Old");
    base.reviewBy = QDate(2027, 1, 31);
    base.version = 1;

    EvidenceItem mine = base;
    mine.description = QStringLiteral("Mine");
    EvidenceItem theirs = base;
    theirs.reviewBy = QDate(2028, 1, 31);
    theirs.version = 2; // a new version of the file came in meanwhile
    theirs.sha256 = QByteArrayLiteral("abc");

    const Merge apart(MergeFields::evidence(), base, mine, theirs);
    CHECK(apart.conflicts().isEmpty());
    const EvidenceItem both = apart.merged();
    CHECK(both.description == QLatin1String("Mine"));
    CHECK(both.reviewBy == QDate(2028, 1, 31));
    CHECK(both.version == 2);
    CHECK(both.sha256 == QByteArrayLiteral("abc"));

    mine.title = QStringLiteral("My title");
    theirs.title = QStringLiteral("Their title");
    const Merge clash(MergeFields::evidence(), base, mine, theirs);
    REQUIRE(clash.conflicts() == QList<int>{EvidenceTitleField});
    CHECK(clash.merged().title == QLatin1String("My title"));
    CHECK(clash.merged({EvidenceTitleField}).title == QLatin1String("Their title"));
    CHECK(clash.merged({EvidenceTitleField}).description == QLatin1String("Mine"));
    CHECK(clash.mineText(EvidenceTitleField) == QLatin1String("My title"));
}

TEST_CASE("Two changes of one action combine field by field; the date it was done goes with "
          "its status")
{
    using Merge = FieldMerge<Action>;
    Action base;
    base.id = 3;
    base.text = QStringLiteral("Update the policy");
    base.owner = QStringLiteral("Priya");
    base.due = QDate(2027, 2, 1);

    Action mine = base;
    mine.status = Action::Status::Done;
    mine.completed = QDate(2026, 12, 1);
    Action theirs = base;
    theirs.owner = QStringLiteral("Sam");

    const Merge apart(MergeFields::action(), base, mine, theirs);
    CHECK(apart.conflicts().isEmpty());
    const Action both = apart.merged();
    CHECK(both.status == Action::Status::Done);
    CHECK(both.completed == QDate(2026, 12, 1));
    CHECK(both.owner == QLatin1String("Sam"));

    mine.owner = QStringLiteral("Me");
    theirs.status = Action::Status::InProgress;
    const Merge clash(MergeFields::action(), base, mine, theirs);
    REQUIRE(clash.conflicts() == (QList<int>{ActionOwnerField, ActionStatusField}));
    const Action taken = clash.merged({ActionStatusField});
    CHECK(taken.status == Action::Status::InProgress);
    CHECK_FALSE(taken.completed.isValid());
    CHECK(taken.owner == QLatin1String("Me"));
    CHECK(clash.theirsText(ActionStatusField) == QLatin1String("In progress"));
}
