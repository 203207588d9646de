// The pack, review and response commands of seqohs-tracker-cli, end to end.

#include "packtesthelpers.h"
#include "testsupport.h"

#include "pack/packmanifest.h"
#include "pack/packworkfolder.h"
#include "pack/review.h"
#include "workspace/workspace.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtEndian>

using namespace seqohs;

namespace {

QString fingerprintIn(const QString &text)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Fingerprint: ((?:[0-9A-F]{4} ){7}[0-9A-F]{4})"))
            .match(text);
    return m.captured(1);
}

} // namespace

TEST_CASE("CLI: pack, review and response from start to finish", "[pack][cli]")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("demo.seqohs"));
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), ws,
                          QStringLiteral("--today"), QStringLiteral("2026-03-01")})
                .exitCode == 0);

    const QString serviceKey = dir.filePath(QStringLiteral("keys/service.key"));
    const test::CliRun keygen = test::runCli(
        {QStringLiteral("pack"), QStringLiteral("keygen"), QStringLiteral("--out"), serviceKey});
    INFO(keygen.err.toStdString());
    REQUIRE(keygen.exitCode == 0);
    const QString serviceFingerprint = fingerprintIn(keygen.out);
    REQUIRE_FALSE(serviceFingerprint.isEmpty());
    CHECK(QFileInfo::exists(serviceKey + QStringLiteral(".pub")));

    const QString pack = dir.filePath(QStringLiteral("submission.zip"));
    const test::CliRun create =
        test::runCli({QStringLiteral("pack"), QStringLiteral("create"), QStringLiteral("-w"), ws,
                      QStringLiteral("--out"), pack, QStringLiteral("--key"), serviceKey},
                     120000);
    INFO(create.err.toStdString());
    REQUIRE(create.exitCode == 0);
    CHECK(fingerprintIn(create.out) == serviceFingerprint);

    const test::CliRun verify =
        test::runCli({QStringLiteral("pack"), QStringLiteral("verify"), pack,
                      QStringLiteral("--public-key"), serviceFingerprint});
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.contains(QStringLiteral("OK")));

    // Without a key named, the fingerprint warning comes once.
    const test::CliRun own = test::runCli({QStringLiteral("pack"), QStringLiteral("verify"), pack});
    CHECK(own.exitCode == 0);
    CHECK(own.out.count(serviceFingerprint) == 1);
    CHECK(own.out.count(QStringLiteral("check this fingerprint")) == 1);

    // The README gives the commands that print the key's fingerprint; the one that needs no
    // program prints the service's fingerprint from the key in the pack.
    const QString readme =
        QString::fromUtf8(packtest::zipEntry(pack, QStringLiteral("README.txt")));
    CHECK(readme.contains(QStringLiteral("seqohs-tracker-cli pack verify PACK.zip")));
    CHECK(readme.contains(QStringLiteral("It must read: ") + serviceFingerprint));
    CHECK(readme.contains(QStringLiteral("evidence-index.html")));
    {
        const qsizetype start = readme.indexOf(QStringLiteral("tail -n 1 signing-key"));
        REQUIRE(start > 0);
        const QString command =
            readme.mid(start, readme.indexOf(QStringLiteral("\n  It must"), start) - start)
                .replace(QStringLiteral("\\\n"), QString());
        test::TempDir unzipped;
        packtest::writeFile(unzipped.filePath(QStringLiteral("signing-key.minisign.pub")),
                            packtest::zipEntry(pack, QStringLiteral("signing-key.minisign.pub")));
        QProcess shell;
        shell.setWorkingDirectory(unzipped.path());
        shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
        REQUIRE(shell.waitForFinished(30000));
        INFO(command.toStdString()
             << QString::fromUtf8(shell.readAllStandardError()).toStdString());
        CHECK(QString::fromUtf8(shell.readAllStandardOutput()).trimmed() == serviceFingerprint);
    }

    // The evidence index lists every item: statements in full, links with their address, files
    // with their path in the pack, each with the criteria it supports.
    {
        auto workspace = Workspace::open(ws, Workspace::ReadOnly);
        REQUIRE(workspace.ok());
        const QList<EvidenceItem> items = *(*workspace)->evidence();
        const QString html =
            QString::fromUtf8(packtest::zipEntry(pack, QStringLiteral("evidence-index.html")));
        const QByteArray csv = packtest::zipEntry(pack, QStringLiteral("evidence-index.csv"));
        CHECK(csv.startsWith("\xEF\xBB\xBF"));
        CHECK(csv.count("\r\n") >= items.size() + 1);
        const QString csvText = QString::fromUtf8(csv);
        int statements = 0;
        int links = 0;
        for (const EvidenceItem &e : items) {
            INFO(e.title.toStdString());
            CHECK(html.contains(e.title.toHtmlEscaped()));
            CHECK(csvText.contains(e.title));
            if (e.kind == EvidenceItem::Kind::Statement) {
                ++statements;
                CHECK(html.contains(e.statement.toHtmlEscaped()));
                CHECK(csvText.contains(e.statement));
            } else if (e.kind == EvidenceItem::Kind::Link) {
                ++links;
                CHECK(html.contains(e.url.toHtmlEscaped()));
                CHECK(csvText.contains(e.url));
            } else {
                CHECK(html.contains(QStringLiteral("evidence/%1-").arg(e.id)));
                CHECK(html.contains(QString::fromLatin1(e.sha256)));
            }
            CHECK(html.contains(e.documentDate.toString(Qt::ISODate)));
        }
        CHECK(statements >= 2);
        CHECK(links >= 2);
        // A criterion a statement supports is named by code and title.
        const QList<EvidenceLink> wsLinks = *(*workspace)->links();
        for (const EvidenceLink &l : wsLinks) {
            const auto item = (*workspace)->standardsSet().findAssessable(l.itemId);
            REQUIRE(item);
            CHECK(html.contains(QStringLiteral("<b>%1</b></span> %2")
                                    .arg(item->code, item->title.toHtmlEscaped())));
        }
    }

    // A tampered copy fails, naming the file.
    const QString tampered = dir.filePath(QStringLiteral("tampered.zip"));
    QString evidence;
    for (const QString &name : packtest::zipNames(pack)) {
        if (name.startsWith(QLatin1String("evidence/")))
            evidence = name;
    }
    QByteArray content = packtest::zipEntry(pack, evidence);
    content[0] = char(content.at(0) ^ 0x20);
    packtest::rewriteZip(pack, tampered, {{evidence, content}});
    const test::CliRun bad =
        test::runCli({QStringLiteral("pack"), QStringLiteral("verify"), tampered,
                      QStringLiteral("--public-key"), serviceFingerprint});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(evidence + QStringLiteral(": Content does not match the manifest")));

    // The assessor.
    const QString review = dir.filePath(QStringLiteral("submission.review.json"));
    const test::CliRun open = test::runCli(
        {QStringLiteral("review"), QStringLiteral("open"), pack, QStringLiteral("--review"), review,
         QStringLiteral("--assessor"), QStringLiteral("Dr A. Assessor"),
         QStringLiteral("--public-key"), serviceKey + QStringLiteral(".pub")});
    INFO(open.out.toStdString() << open.err.toStdString());
    REQUIRE(open.exitCode == 0);
    Expected<Review> started = Review::load(review);
    REQUIRE(started.ok());
    const StandardFinding first = started->findings.first();
    const int standards = int(started->findings.size());
    REQUIRE(standards > 2); // so that the counts below are plural
    CHECK(
        open.out.endsWith(QStringLiteral("\nStarted the review %1 of %2: %3 standards to assess.\n")
                              .arg(review, started->serviceName)
                              .arg(standards)));

    const test::CliRun set =
        test::runCli({QStringLiteral("review"), QStringLiteral("set"), review, first.standardCode,
                      QStringLiteral("--finding"), QStringLiteral("not-met"),
                      QStringLiteral("--grade"), QStringLiteral("major-non-conformity"),
                      QStringLiteral("--comment"), QStringLiteral("No evidence of audit."),
                      QStringLiteral("--action"), QStringLiteral("Audit the service"),
                      QStringLiteral("--due"), QStringLiteral("2026-09-30")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.endsWith(
        QStringLiteral(" %1 standards still without a finding.\n").arg(standards - 1)));
    CHECK(test::runCli({QStringLiteral("review"), QStringLiteral("set"), review,
                        QStringLiteral("no-such-standard"), QStringLiteral("--finding"),
                        QStringLiteral("met")})
              .exitCode == 1);
    CHECK(test::runCli({QStringLiteral("review"), QStringLiteral("set"), review, first.standardId,
                        QStringLiteral("--finding"), QStringLiteral("splendid")})
              .exitCode == 2);
    REQUIRE(test::runCli({QStringLiteral("review"), QStringLiteral("recommend"), review,
                          QStringLiteral("defer-with-actions")})
                .exitCode == 0);

    const QString reportPdf = dir.filePath(QStringLiteral("assessor-report.pdf"));
    const test::CliRun report = test::runCli({QStringLiteral("review"), QStringLiteral("report"),
                                              review, QStringLiteral("--out"), reportPdf});
    if (report.exitCode == 0)
        CHECK(packtest::readFile(reportPdf).startsWith("%PDF"));

    const QString assessorKey = dir.filePath(QStringLiteral("keys/assessor.key"));
    const test::CliRun assessorKeygen = test::runCli(
        {QStringLiteral("pack"), QStringLiteral("keygen"), QStringLiteral("--out"), assessorKey});
    REQUIRE(assessorKeygen.exitCode == 0);
    const QString response = dir.filePath(QStringLiteral("response.json"));
    const test::CliRun respond =
        test::runCli({QStringLiteral("review"), QStringLiteral("respond"), review,
                      QStringLiteral("--out"), response, QStringLiteral("--key"), assessorKey});
    INFO(respond.err.toStdString());
    REQUIRE(respond.exitCode == 0);
    // One finding recorded: the singular; the standards left without one: the plural.
    CHECK(respond.out.contains(
        QStringLiteral(
            "Wrote the signed response %1: 1 finding, recommendation Defer with actions.\n")
            .arg(response)));
    CHECK(respond.out.contains(
        QStringLiteral("Note: %1 standards have no finding and are not in the response.\n")
            .arg(standards - 1)));

    // Back at the service.
    const test::CliRun import = test::runCli(
        {QStringLiteral("response"), QStringLiteral("import"), response, QStringLiteral("-w"), ws,
         QStringLiteral("--assessor-key"), fingerprintIn(assessorKeygen.out)});
    INFO(import.err.toStdString());
    REQUIRE(import.exitCode == 0);
    CHECK(import.out == QStringLiteral("Imported the response of Dr A. Assessor: Defer with "
                                       "actions, 1 finding, 1 required action added.\n"));
    const test::CliRun show = test::runCli(
        {QStringLiteral("response"), QStringLiteral("show"), QStringLiteral("-w"), ws});
    CHECK(show.exitCode == 0);
    CHECK(show.out.contains(QStringLiteral("Defer with actions")));
    CHECK(show.out.contains(first.standardCode));
    const test::CliRun item =
        test::runCli({QStringLiteral("response"), QStringLiteral("show"), QStringLiteral("-w"), ws,
                      QStringLiteral("--item"), first.criterionIds.first()});
    CHECK(item.out.contains(QStringLiteral("Major non-conformity")));

    // The readiness report shows the recommendation and the finding in every format: on the
    // cover, in its own section, and in a sheet of the workbook.
#ifdef SEQOHS_WITH_REPORTS
    {
        const QString pdf = dir.filePath(QStringLiteral("readiness.pdf"));
        const QString html = dir.filePath(QStringLiteral("readiness.html"));
        const QString odt = dir.filePath(QStringLiteral("readiness.odt"));
        const QString xlsx = dir.filePath(QStringLiteral("readiness.xlsx"));
        for (const QString &out : {pdf, html, odt}) {
            const test::CliRun written = test::runCli(
                {QStringLiteral("report"), QStringLiteral("-w"), ws, QStringLiteral("--out"), out},
                120000);
            INFO(written.err.toStdString());
            REQUIRE(written.exitCode == 0);
        }
        const test::CliRun exported = test::runCli(
            {QStringLiteral("export"), QStringLiteral("-w"), ws, QStringLiteral("--out"), xlsx});
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);

        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        REQUIRE(pdftotext.waitForFinished(60000));
        // pdftotext joins a word hyphenated at the end of a line ("non-" / "conformity"), and
        // reads each table cell line by line: compared with hyphens and line ends left out.
        auto flat = [](QString text) { return text.remove(QLatin1Char('-')).simplified(); };
        const QString pdfText = flat(QString::fromUtf8(pdftotext.readAllStandardOutput()));
        const QString htmlText = QString::fromUtf8(packtest::readFile(html));
        const QString odtText =
            QString::fromUtf8(packtest::zipEntry(odt, QStringLiteral("content.xml")));
        const QString xlsxStrings =
            QString::fromUtf8(packtest::zipEntry(xlsx, QStringLiteral("xl/sharedStrings.xml")));
        const QString workbook =
            QString::fromUtf8(packtest::zipEntry(xlsx, QStringLiteral("xl/workbook.xml")));
        // HTML and ODT as their readers show them: without the markup.
        auto shown = [&flat](QString markup) {
            return flat(markup.remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
        };
        for (const QString &text : {pdfText, shown(htmlText), shown(odtText)}) {
            CHECK(text.contains(QStringLiteral("Assessor's recommendation")));
            CHECK(text.contains(QStringLiteral("The assessor's response")));
            CHECK(text.contains(QStringLiteral("Defer with actions (Dr A. Assessor, response "
                                               "imported")));
            CHECK(text.contains(QStringLiteral("Not met \u00B7 Major nonconformity")));
            CHECK(text.contains(QStringLiteral("No evidence of audit.")));
            CHECK(text.contains(QStringLiteral("(not the official text), edition 2023")));
            CHECK(text.contains(QStringLiteral("Required: Audit the service (due 30 September "
                                               "2026)")));
            CHECK(text.contains(QStringLiteral("The assessor gave no finding for 14 of the 15 "
                                               "standards; the response says nothing about "
                                               "them.")));
            CHECK(text.contains(QStringLiteral("0 standards met, 1 not met, 0 need further "
                                               "evidence")));
        }
        CHECK(pdfText.contains(flat(first.standardCode)));
        // Comments and each required action on lines of their own.
        CHECK(htmlText.contains(QStringLiteral("No evidence of audit.<br>Required: Audit")));
        CHECK(xlsxStrings.contains(QStringLiteral("Audit the service (due 2026-09-30)")));
        CHECK(workbook.contains(QStringLiteral("name=\"Assessor's findings\"")));
        for (const QString &text :
             {QStringLiteral("Assessor's recommendation"), QStringLiteral("Defer with actions"),
              QStringLiteral("Major non-conformity"), QStringLiteral("No evidence of audit."),
              QStringLiteral("Audit the service (due 2026-09-30)")}) {
            INFO(text.toStdString());
            CHECK(xlsxStrings.contains(text));
        }
    }

#endif

    // The same response a second time is refused.
    CHECK(test::runCli({QStringLiteral("response"), QStringLiteral("import"), response,
                        QStringLiteral("-w"), ws})
              .exitCode == 1);
}

namespace {

// The work folders beside a pack, by name.
QStringList workFolders(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral(".seqohs-pack-*")},
                               QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Starts `pack create` and returns once it has begun copying into its work folder.
void startPackCreate(QProcess &process, const QStringList &args, const QString &outDir)
{
    REQUIRE_FALSE(test::cliProgram().isEmpty());
    process.start(test::cliProgram(), args);
    REQUIRE(process.waitForStarted());
    bool begun = false;
    for (int i = 0; i < 3000 && !begun && process.state() == QProcess::Running; ++i) {
        for (const QString &folder : workFolders(outDir)) {
            // More than its lock: the snapshot or an evidence file is being written.
            if (QDir(QDir(outDir).filePath(folder)).entryList(QDir::Files).size() > 1)
                begun = true;
        }
        if (!begun)
            process.waitForFinished(10);
    }
    REQUIRE(begun);
}

} // namespace

TEST_CASE("A work folder left empty and unlocked, by a pack killed between making and locking it, "
          "is cleared; one with content and no lock is kept for a while")
{
    test::TempDir dir;
    const QString pack = dir.filePath(QStringLiteral("out.zip"));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral(".seqohs-pack-killed")));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral(".seqohs-pack-oldone")));
    {
        QFile inside(dir.filePath(QStringLiteral(".seqohs-pack-oldone/snapshot.seqohs")));
        REQUIRE(inside.open(QIODevice::WriteOnly));
        REQUIRE(inside.write("copy") == 4);
    }
    CHECK(PackWorkFolder::clearStale(pack) == 1);
    CHECK(workFolders(dir.path()) == QStringList{QStringLiteral(".seqohs-pack-oldone")});
    // A pack made there clears the same, and leaves no lock of its own behind.
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral(".seqohs-pack-killed")));
    {
        Expected<std::unique_ptr<PackWorkFolder>> made = PackWorkFolder::create(pack);
        REQUIRE(made.ok());
        CHECK(workFolders(dir.path()).size() == 2); // its own and the one with content
    }
    CHECK(workFolders(dir.path()) == QStringList{QStringLiteral(".seqohs-pack-oldone")});
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("CLI: a killed pack create leaves nothing for long, an interrupted one nothing at all",
          "[pack][cli][interrupt]")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("demo.seqohs"));
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), ws}).exitCode == 0);
    // A large evidence file, so that the pack takes long enough to be stopped part-way.
    const QString big = dir.filePath(QStringLiteral("recordings.bin"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < 160; ++i) {
            for (qsizetype b = 0; b < block.size(); b += 4)
                qToUnaligned(quint32(QRandomGenerator::global()->generate()), block.data() + b);
            REQUIRE(file.write(block) == block.size());
        }
    }
    REQUIRE(test::runCli({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("-w"),
                          ws, big, QStringLiteral("--criteria"), QStringLiteral("s23-gov-01")},
                         120000)
                .exitCode == 0);
    const QString key = dir.filePath(QStringLiteral("service.key"));
    REQUIRE(test::runCli(
                {QStringLiteral("pack"), QStringLiteral("keygen"), QStringLiteral("--out"), key})
                .exitCode == 0);
    const QString outDir = dir.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(outDir));
    auto packArgs = [&](const QString &name) {
        return QStringList{
            QStringLiteral("pack"),  QStringLiteral("create"),    QStringLiteral("-w"),    ws,
            QStringLiteral("--out"), QDir(outDir).filePath(name), QStringLiteral("--key"), key};
    };

    // Killed outright: its work folders (a copy of the workspace, evidence) stay behind.
    {
        QProcess killed;
        startPackCreate(killed, packArgs(QStringLiteral("first.zip")), outDir);
        killed.kill();
        REQUIRE(killed.waitForFinished(30000));
    }
    const QStringList leftBehind = workFolders(outDir);
    REQUIRE_FALSE(leftBehind.isEmpty());
    CHECK_FALSE(QFileInfo::exists(QDir(outDir).filePath(QStringLiteral("first.zip"))));
    for (const QString &folder : leftBehind) {
        CHECK(QFileInfo(QDir(outDir).filePath(folder)).permissions() ==
              (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
               QFile::WriteUser | QFile::ExeUser));
    }

    // A folder another running pack holds is not touched.
    const QString live = QDir(outDir).filePath(QStringLiteral(".seqohs-pack-live01"));
    REQUIRE(QDir().mkpath(live));
    QLockFile liveLock(QDir(live).filePath(QStringLiteral("owner.lock")));
    REQUIRE(liveLock.tryLock(0));

    // The next pack clears what the killed one left, and is written.
    const test::CliRun next = test::runCli(packArgs(QStringLiteral("second.zip")), 120000);
    INFO(next.err.toStdString());
    REQUIRE(next.exitCode == 0);
    CHECK(workFolders(outDir) == QStringList{QStringLiteral(".seqohs-pack-live01")});
    CHECK(QFileInfo::exists(QDir(outDir).filePath(QStringLiteral("second.zip"))));

    // SIGTERM (and Ctrl-C alike) stops it cleanly: nothing written, nothing left, and it says so.
    {
        QProcess stopped;
        startPackCreate(stopped, packArgs(QStringLiteral("third.zip")), outDir);
        stopped.terminate();
        REQUIRE(stopped.waitForFinished(60000));
        CHECK(stopped.exitStatus() == QProcess::NormalExit);
        CHECK(stopped.exitCode() == 1);
        CHECK(QString::fromUtf8(stopped.readAllStandardError())
                  .contains(QStringLiteral("cancelled; nothing was written")));
    }
    CHECK(workFolders(outDir) == QStringList{QStringLiteral(".seqohs-pack-live01")});
    CHECK_FALSE(QFileInfo::exists(QDir(outDir).filePath(QStringLiteral("third.zip"))));
    liveLock.unlock();
}

TEST_CASE("CLI: evidence marked as personal data stays out of the pack and its snapshot, unless "
          "included with a reason",
          "[pack][cli]")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("demo.seqohs"));
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), ws}).exitCode == 0);
    const QString key = dir.filePath(QStringLiteral("service.key"));
    REQUIRE(test::runCli(
                {QStringLiteral("pack"), QStringLiteral("keygen"), QStringLiteral("--out"), key})
                .exitCode == 0);
    // A clinic list with an NHS number and a marker no other file holds.
    const QByteArray marker("MARKER-7f3a9c-CLINIC-LIST");
    const QString list = dir.filePath(QStringLiteral("clinic-list.txt"));
    {
        QFile f(list);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Clinic list\nPatient NHS number 943 476 5919 seen 3 May\n" + marker + '\n');
    }
    const auto cli = [](const QStringList &args) { return test::runCli(args, 120000); };
    const test::CliRun refused =
        cli({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("-w"), ws, list,
             QStringLiteral("--criteria"), QStringLiteral("s23-gov-01")});
    CHECK(refused.exitCode == 1);
    const test::CliRun added =
        cli({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("-w"), ws, list,
             QStringLiteral("--criteria"), QStringLiteral("s23-gov-01"),
             QStringLiteral("--allow-personal-data")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("(marked as containing personal data)")));
    const qint64 id = QRegularExpression(QStringLiteral("Added evidence (\\d+)"))
                          .match(added.out)
                          .captured(1)
                          .toLongLong();
    REQUIRE(id > 0);

    const auto bytesOf = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QString pack = dir.filePath(QStringLiteral("pack.zip"));
    const test::CliRun made = cli({QStringLiteral("pack"), QStringLiteral("create"),
                                   QStringLiteral("-w"), ws, QStringLiteral("--out"), pack,
                                   QStringLiteral("--key"), key, QStringLiteral("--no-report")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("Left out 1 evidence item")));
    // Not in the pack, not in its copy of the workspace (compacted, so not in freed pages
    // either), and the manifest says one was left out.
    CHECK_FALSE(bytesOf(pack).contains(marker));
    const QByteArray snapshot = packtest::zipEntry(pack, QStringLiteral("workspace.seqohs"));
    REQUIRE_FALSE(snapshot.isEmpty());
    CHECK_FALSE(snapshot.contains(marker));
    const QString snapshotPath = dir.filePath(QStringLiteral("snapshot.seqohs"));
    {
        QFile f(snapshotPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(snapshot);
    }
    const test::CliRun snapshotCheck =
        cli({QStringLiteral("integrity"), QStringLiteral("-w"), snapshotPath});
    INFO(snapshotCheck.err.toStdString());
    CHECK(snapshotCheck.exitCode == 0);
    const QByteArray manifest = packtest::zipEntry(pack, QStringLiteral("manifest.json"));
    const QJsonObject personal =
        QJsonDocument::fromJson(manifest).object().value(QStringLiteral("personalData")).toObject();
    CHECK(personal.value(QStringLiteral("leftOut")).toString() == QStringLiteral("1"));
    CHECK(personal.value(QStringLiteral("included")).toArray().isEmpty());
    CHECK(cli({QStringLiteral("pack"), QStringLiteral("verify"), pack}).exitCode == 0);

    // Included by id with a reason: in the pack, in the manifest and in the audit trail.
    const QString withPack = dir.filePath(QStringLiteral("with.zip"));
    const test::CliRun with =
        cli({QStringLiteral("pack"), QStringLiteral("create"), QStringLiteral("-w"), ws,
             QStringLiteral("--out"), withPack, QStringLiteral("--key"), key,
             QStringLiteral("--no-report"), QStringLiteral("--include-personal-data"),
             QStringLiteral("%1=The assessor asked for the signed list").arg(id)});
    INFO(with.err.toStdString());
    REQUIRE(with.exitCode == 0);
    CHECK(bytesOf(withPack).contains(marker));
    CHECK(packtest::zipEntry(withPack, QStringLiteral("manifest.json"))
              .contains("The assessor asked for the signed list"));
    {
        auto opened = Workspace::open(ws, Workspace::ReadOnly);
        REQUIRE(opened.ok());
        const QList<AuditEntry> trail = *(*opened)->auditTrail();
        CHECK(std::any_of(trail.cbegin(), trail.cend(), [](const AuditEntry &e) {
            return e.after.contains("The assessor asked for the signed list");
        }));
    }

    // No reason, or an item that is not marked: refused before anything is written.
    CHECK(cli({QStringLiteral("pack"), QStringLiteral("create"), QStringLiteral("-w"), ws,
               QStringLiteral("--out"), dir.filePath(QStringLiteral("x.zip")),
               QStringLiteral("--key"), key, QStringLiteral("--include-personal-data"),
               QString::number(id)})
              .exitCode == 2);
    const test::CliRun unmarked =
        cli({QStringLiteral("pack"), QStringLiteral("create"), QStringLiteral("-w"), ws,
             QStringLiteral("--out"), dir.filePath(QStringLiteral("y.zip")),
             QStringLiteral("--key"), key, QStringLiteral("--no-report"),
             QStringLiteral("--include-personal-data"), QStringLiteral("1=because")});
    CHECK(unmarked.exitCode == 1);
    CHECK(unmarked.err.contains(QStringLiteral("is not marked as containing personal data")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("y.zip"))));

    // The mark can be taken away by hand; the next pack then holds the file.
    REQUIRE(cli({QStringLiteral("evidence"), QStringLiteral("personal-data"), QStringLiteral("-w"),
                 ws, QString::number(id), QStringLiteral("off")})
                .exitCode == 0);
    const QString plain = dir.filePath(QStringLiteral("plain.zip"));
    REQUIRE(cli({QStringLiteral("pack"), QStringLiteral("create"), QStringLiteral("-w"), ws,
                 QStringLiteral("--out"), plain, QStringLiteral("--key"), key,
                 QStringLiteral("--no-report")})
                .exitCode == 0);
    CHECK(bytesOf(plain).contains(marker));
}
