#include "guitest.h"
#include "rollupfixture.h"
#include "testsupport.h"

#include "dialogs/prompts.h"
#include "windows/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

TEST_CASE("File > Roll-up across services reads the files added, shows them and saves the PDF",
          "[rollup]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    const QStringList services{
        test::demoService(dir, QStringLiteral("a.seqohs"), QStringLiteral("Alpha OH")),
        test::demoService(dir, QStringLiteral("b.seqohs"), QStringLiteral("Beta OH")),
        test::demoService(dir, QStringLiteral("c.seqohs"), QStringLiteral("Gamma OH"))};
    test::makeNewer(services.at(2));
    const QString pdf = dir.filePath(QStringLiteral("board.pdf"));

    Prompts::setRecordErrors(true);
    Prompts::clearRecordedErrors();
    MainWindow window;
    window.resize(1024, 700);
    window.show();

    QStringList names;
    QStringList gapCounts;
    QString summary;
    bool saveEnabledBefore = true;
    bool readTwo = false;
    bool readThree = false;
    bool saved = false;
    guitest::whenDialogOpens([&](QWidget *dialog) {
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("rollUpServices"));
        auto *gaps = dialog->findChild<QTableWidget *>(QStringLiteral("rollUpGaps"));
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("rollUpSummary"));
        QWidget *save = guitest::buttonWithText(dialog, QStringLiteral("Save PDF"));
        if (table && gaps && label && save) {
            saveEnabledBefore = save->isEnabled();
            // Two files at first, then the third (from a newer version) and one named again.
            Prompts::setNextFileNames({services.at(0), services.at(1)});
            QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Add workspaces")),
                              Qt::LeftButton);
            readTwo =
                QTest::qWaitFor([&] { return table->rowCount() == 2 && save->isEnabled(); }, 30000);
            Prompts::setNextFileNames({services.at(2), services.at(0)});
            QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Add workspaces")),
                              Qt::LeftButton);
            readThree =
                QTest::qWaitFor([&] { return table->rowCount() == 3 && save->isEnabled(); }, 30000);
            for (int row = 0; row < table->rowCount(); ++row)
                names << table->item(row, 0)->text();
            for (int row = 0; row < gaps->rowCount(); ++row)
                gapCounts << gaps->item(row, 1)->text();
            summary = label->text();
            // For a person to look at: SEQOHS_SCREENSHOTS names a folder for the picture.
            if (const QString out = qEnvironmentVariable("SEQOHS_SCREENSHOTS"); !out.isEmpty())
                dialog->grab().save(QDir(out).filePath(QStringLiteral("rollup-dialog.png")));
            Prompts::setNextFileNames({pdf});
            QTest::mouseClick(save, Qt::LeftButton);
            saved = QTest::qWaitFor(
                [&] { return label->text().contains(QStringLiteral("Saved the roll-up")); }, 30000);
        }
        QTest::mouseClick(guitest::buttonWithText(dialog, QStringLiteral("Close")), Qt::LeftButton);
    });
    guitest::triggerMenu(&window, QStringLiteral("File/Roll-up across services"));
    QApplication::processEvents();

    CHECK_FALSE(saveEnabledBefore);
    CHECK(readTwo);
    CHECK(readThree);
    CHECK(saved);
    CHECK(names == QStringList{QStringLiteral("Alpha OH"), QStringLiteral("Beta OH"),
                               QStringLiteral("c.seqohs")});
    CHECK(summary.contains(QStringLiteral("Not read:")));
    CHECK(summary.contains(QStringLiteral("newer version")));
    REQUIRE_FALSE(gapCounts.isEmpty());
    for (const QString &count : gapCounts)
        CHECK(count == QStringLiteral("2 of 2"));
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK(Prompts::recordedErrors().isEmpty());
}
