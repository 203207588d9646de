#include "migrationtesthelpers.h"
#include "testsupport.h"

#include "dialogs/migrationwizard.h"
#include "dialogs/prompts.h"
#include "models/workspacedocument.h"
#include "widgets/reconfirmationpanel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QSignalSpy>
#include <QTableWidget>

using namespace seqohs;

namespace {

struct RecordErrors
{
    RecordErrors()
    {
        Prompts::setRecordErrors(true);
        Prompts::clearRecordedErrors();
    }
    ~RecordErrors() { Prompts::setRecordErrors(false); }
};

} // namespace

TEST_CASE("Wizard: choose a set file and a crosswalk file, preview, then move")
{
    RecordErrors errors;
    test::TempDir dir;
    auto ws = test::createOldWorkspace(dir.filePath(QStringLiteral("ws.seqohs")));
    MigrationWizard wizard(*ws);
    wizard.show();
    REQUIRE(wizard.chooseSetFile(test::dataPath(QStringLiteral("migration/new-set.json"))));
    wizard.next();
    REQUIRE(wizard.currentId() == MigrationWizard::CrosswalkPageId);
    wizard.chooseCrosswalkFile(test::dataPath(QStringLiteral("migration/crosswalk.json")));
    wizard.next();
    INFO(Prompts::recordedErrors().join(QLatin1Char('\n')));
    REQUIRE(wizard.currentId() == MigrationWizard::PreviewPageId);
    REQUIRE(wizard.plan().has_value());
    QTableWidget *preview = wizard.previewTable();
    REQUIRE(preview->rowCount() == 8);
    CHECK(preview->item(2, MigrationWizard::RelationColumn)->text() == QStringLiteral("subset"));
    CHECK(preview->item(2, MigrationWizard::ReconfirmColumn)->text() == QStringLiteral("Yes"));
    CHECK(preview->item(0, MigrationWizard::ConfidenceColumn)->text() == QStringLiteral("high"));
    CHECK(ws->standardsSet().id == QStringLiteral("mig-old"));

    wizard.accept();
    CHECK(Prompts::recordedErrors().isEmpty());
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(ws->standardsSet().id == QStringLiteral("mig-new"));
    CHECK(wizard.appliedSnapshot().startsWith(QStringLiteral("Before move to")));
}

TEST_CASE("Wizard: suggestions can be rejected and changed before the move")
{
    RecordErrors errors;
    test::TempDir dir;
    auto ws = test::createOldWorkspace(dir.filePath(QStringLiteral("ws.seqohs")));
    MigrationWizard wizard(*ws);
    wizard.show();
    REQUIRE(wizard.chooseSetFile(test::dataPath(QStringLiteral("migration/new-set.json"))));
    wizard.next();
    wizard.chooseSuggestions();
    QTableWidget *table = wizard.suggestionTable();
    // One for each old criterion, and a second for Appraisal and for Supervision.
    REQUIRE(table->rowCount() == 10);
    // Reject every suggestion but the first.
    for (int row = 1; row < table->rowCount(); ++row)
        qobject_cast<QCheckBox *>(table->cellWidget(row, MigrationWizard::AcceptColumn))
            ->setChecked(false);
    wizard.next();
    INFO(Prompts::recordedErrors().join(QLatin1Char('\n')));
    REQUIRE(wizard.currentId() == MigrationWizard::PreviewPageId);
    CHECK(wizard.plan()->counts.mappings == 1);
    CHECK(wizard.plan()->notCarried.size() == 7);
}

TEST_CASE("Reconfirmation panel: confirm and change one by one")
{
    RecordErrors errors;
    test::TempDir dir;
    auto ws = test::createOldWorkspace(dir.filePath(QStringLiteral("ws.seqohs")));
    {
        MigrationWizard wizard(*ws);
        wizard.show();
        REQUIRE(wizard.chooseSetFile(test::dataPath(QStringLiteral("migration/new-set.json"))));
        wizard.next();
        wizard.chooseCrosswalkFile(test::dataPath(QStringLiteral("migration/crosswalk.json")));
        wizard.next();
        wizard.accept();
        REQUIRE(ws->standardsSet().id == QStringLiteral("mig-new"));
    }
    seqohs::Workspace *wsp = ws.get();
    WorkspaceDocument document(std::move(ws));
    ReconfirmationPanel panel;
    QSignalSpy cleared(&panel, &ReconfirmationPanel::itemCleared);
    panel.setDocument(&document);
    REQUIRE(panel.count() == 4);
    CHECK(panel.currentItemId() == QStringLiteral("n-3"));
    REQUIRE(panel.confirmCurrent());
    CHECK(panel.count() == 3);
    const Expected<Assessment> n3 = wsp->assessment(QStringLiteral("n-3"));
    REQUIRE(n3);
    CHECK(n3.value().result == AssessmentResult::Met);
    // The next item takes its place.
    CHECK(panel.currentItemId() == QStringLiteral("n-4"));
    REQUIRE(panel.changeCurrent(AssessmentResult::PartiallyMet));
    const Expected<Assessment> n4 = wsp->assessment(QStringLiteral("n-4"));
    REQUIRE(n4);
    CHECK(n4.value().result == AssessmentResult::PartiallyMet);
    CHECK(cleared.count() == 2);
    // An edit elsewhere clears the item here too.
    Expected<Assessment> n7 = wsp->assessment(QStringLiteral("n-7"));
    REQUIRE(n7);
    Assessment a = n7.value();
    a.result = AssessmentResult::Met;
    REQUIRE(wsp->setAssessment(a).ok());
    CHECK(panel.count() == 1);
    panel.setDocument(nullptr);
    CHECK(panel.count() == 0);
}
