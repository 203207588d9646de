// Follow-up packs through the windows, as a person does it: the service makes one from the main
// window's File menu and sees the rounds; the assessor opens it in the assessor's window.

#include "packtesthelpers.h"
#include "testsupport.h"

#include "dialogs/followuppackdialog.h"
#include "dialogs/prompts.h"
#include "guitest.h"
#include "pack/packmanifest.h"
#include "pack/packverifier.h"
#include "pack/responsefile.h"
#include "pack/responseimport.h"
#include "pack/review.h"
#include "windows/assessorwindow.h"
#include "windows/mainwindow.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBrowser>

using namespace seqohs;

TEST_CASE("A follow-up pack made from the main window's menu opens in the assessor's window",
          "[pack][gui][followup]")
{
    test::TempDir dir;
    const QString serviceKeyPath = dir.filePath(QStringLiteral("keys/service.key"));
    const SigningKey serviceKey = packtest::newKey();
    REQUIRE(serviceKey.save(serviceKeyPath).ok());
    const SigningKey assessorKey = packtest::newKey();
    const QString pack = dir.filePath(QStringLiteral("submission.zip"));
    const QString reviewPath = dir.filePath(QStringLiteral("submission.review.json"));
    QString wsPath;
    QString standardCode;
    QString newTitle = QStringLiteral("The signed governance policy");
    {
        // Round 1: the pack, the assessor's review (further evidence required, with an action)
        // and the response, imported.
        auto ws = packtest::demoWorkspace(dir.path());
        wsPath = ws->path();
        packtest::writePack(*ws, serviceKey, pack);
        const PackVerification verified = PackVerifier(pack).verify();
        REQUIRE(verified.ok());
        Review review = Review::begin(verified, pack, ws->standardsSet(), *ws->profile(),
                                      QStringLiteral("Dr A. Assessor"));
        StandardFinding &f = review.findings[0];
        standardCode = f.standardCode;
        f.result = FindingResult::FurtherEvidenceRequired;
        f.actions = {{QStringLiteral("Send the signed policy"), QDate(2026, 9, 30)}};
        f.recorded = QDateTime::currentDateTimeUtc();
        review.recommendation = Recommendation::DeferWithActions;
        REQUIRE(review.save(reviewPath).ok());
        Expected<ResponseFile> response = ResponseFile::fromReview(review);
        REQUIRE(response.ok());
        const QString responsePath = dir.filePath(QStringLiteral("response.json"));
        REQUIRE(response->save(responsePath, assessorKey).ok());
        REQUIRE(ResponseImport::importFile(*ws, responsePath).ok());
        // New evidence for the standard.
        const QString file = dir.filePath(QStringLiteral("signed-policy.txt"));
        packtest::writeFile(file, "Signed by the board.\n");
        EvidenceItem meta;
        meta.title = newTitle;
        REQUIRE(ws->addEvidenceFile(file, meta, {{0, f.criterionIds.first(), QString()}}).ok());
    }

    // ---- the service: File > Make follow-up pack ----
    MainWindow window;
    REQUIRE(window.openWorkspace(wsPath));
    const QString followUp = dir.filePath(QStringLiteral("follow-up.zip"));
    bool made = false;
    QString scopeText;
    guitest::whenDialogOpens([&](QWidget *dialog) {
        auto *followUpDialog = qobject_cast<FollowUpPackDialog *>(dialog);
        REQUIRE(followUpDialog);
        auto *scope = dialog->findChild<QWidget *>(QStringLiteral("followUpScope"));
        REQUIRE(scope);
        auto *answers = dialog->findChild<QTableWidget *>(QStringLiteral("followUpAnswers"));
        REQUIRE(answers);
        REQUIRE(answers->rowCount() == 1);
        CHECK(answers->item(0, 1)->text() == QStringLiteral("Send the signed policy"));
        answers->item(0, 2)->setText(QStringLiteral("Attached, signed by the board"));
        auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("followUpKey"));
        key->setText(serviceKeyPath);
        Q_EMIT key->editingFinished();
        dialog->findChild<QLineEdit *>(QStringLiteral("followUpDestination"))->setText(followUp);
        QSignalSpy finished(followUpDialog, &FollowUpPackDialog::packFinished);
        auto *create = qobject_cast<QAbstractButton *>(
            guitest::buttonWithText(dialog, QStringLiteral("Create follow-up pack")));
        REQUIRE(create);
        REQUIRE(create->isEnabled());
        create->click();
        REQUIRE(finished.wait(60000));
        made = finished.first().first().toBool();
        scopeText = dialog->findChild<QLabel *>(QStringLiteral("followUpStatus"))->text();
        auto *close = qobject_cast<QAbstractButton *>(
            guitest::buttonWithText(dialog, QStringLiteral("Close")));
        REQUIRE(close);
        close->click();
    });
    Prompts::setRecordErrors(true);
    guitest::triggerMenu(&window, QStringLiteral("File/Make follow-up pack"));
    INFO(Prompts::recordedErrors().join(QLatin1Char('\n')).toStdString());
    Prompts::setRecordErrors(false);
    REQUIRE(made);
    CHECK(scopeText.contains(QStringLiteral("round 2")));
    const QJsonObject manifest =
        QJsonDocument::fromJson(packtest::zipEntry(followUp, PackManifest::ManifestPath)).object();
    CHECK(manifest.value(QStringLiteral("kind")).toString() == QStringLiteral("follow-up"));
    CHECK(packtest::zipNames(followUp).filter(QStringLiteral("signed-policy")).size() == 1);

    // ---- View > Assessment rounds: the full pack and the follow-up ----
    int columns = -1;
    QString firstFinding;
    guitest::whenDialogOpens([&](QWidget *dialog) {
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("roundsTable"));
        if (table) {
            columns = table->columnCount();
            if (table->rowCount() > 0 && table->item(0, 0))
                firstFinding = table->item(0, 0)->text();
        }
        qobject_cast<QDialog *>(dialog)->reject();
    });
    guitest::triggerMenu(&window, QStringLiteral("View/Assessment rounds"));
    CHECK(columns == 2);
    CHECK(firstFinding == QStringLiteral("Further evidence required"));

    // ---- the assessor: the pack, then File > Open follow-up pack ----
    AssessorWindow assessor;
    QSignalSpy opened(&assessor, &AssessorWindow::packOpened);
    Prompts::setNextFileNames({pack});
    guitest::triggerMenu(&assessor, QStringLiteral("File/Open a submission pack"));
    REQUIRE(opened.wait(60000));
    REQUIRE(opened.first().first().toBool());
    CHECK(assessor.reviewPath() == reviewPath);
    Prompts::setRecordErrors(true);
    Prompts::setNextFileNames({followUp});
    guitest::triggerMenu(&assessor, QStringLiteral("File/Open follow-up pack"));
    INFO(Prompts::recordedErrors().join(QLatin1Char('\n')).toStdString());
    CHECK(Prompts::recordedErrors().isEmpty());
    Prompts::setRecordErrors(false);
    CHECK(assessor.review().round() == 2);
    REQUIRE(assessor.selectStandard(standardCode));
    const QString newSince =
        assessor.findChild<QTextBrowser *>(QStringLiteral("newSinceLastRound"))->toPlainText();
    CHECK(newSince.contains(QStringLiteral("New evidence")));
    CHECK(newSince.contains(newTitle));
    CHECK(newSince.contains(QStringLiteral("Attached, signed by the board")));
    CHECK(assessor.findChild<QLabel *>(QStringLiteral("earlierFinding"))
              ->text()
              .contains(QStringLiteral("Further evidence required")));
    // The finding waits for a new one, and the saved review kept the earlier one.
    Expected<Review> saved = Review::load(reviewPath);
    REQUIRE(saved.ok());
    CHECK(saved->finding(standardCode)->result == FindingResult::NotRecorded);
    REQUIRE(saved->earlierFinding(saved->finding(standardCode)->standardId));

    // Opening the same follow-up again is refused with the reason.
    Prompts::setRecordErrors(true);
    Prompts::setNextFileNames({followUp});
    guitest::triggerMenu(&assessor, QStringLiteral("File/Open follow-up pack"));
    CHECK(Prompts::recordedErrors()
              .join(QLatin1Char('\n'))
              .contains(QStringLiteral("in the review already")));
    Prompts::setRecordErrors(false);
}
