// A full disk must never pass for success: every command that writes a file exits non-zero,
// says that the disk is full and names the file, and leaves the previous file as it was.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStorageInfo>

#include <iostream>

namespace {

// A tiny tmpfs, filled to the last byte once the inputs are in place.
class FullDisk
{
public:
    explicit FullDisk(const QString &size = QStringLiteral("512k"))
    {
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                       QStringLiteral("-o"), QStringLiteral("size=") + size,
                                       QStringLiteral("tmpfs"), m_dir.path()}) == 0;
    }
    ~FullDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    bool mounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Fills what is left, so the next write of any size fails.
    void fill()
    {
        QFile filler(filePath(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) {
        }
        const QByteArray byte(1, 'f');
        while (filler.write(byte) == 1) {
        }
        filler.close();
        CHECK(QStorageInfo(m_dir.path()).bytesAvailable() == 0);
    }
    void release() { QFile::remove(filePath(QStringLiteral("filler"))); }

private:
    test::TempDir m_dir;
    bool m_mounted = false;
};

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

TEST_CASE("Every command that writes a file fails clearly on a full disk and keeps the old file")
{
    FullDisk disk;
    if (!disk.mounted()) {
        std::cout << "SKIPPED: a small tmpfs cannot be mounted here (that needs root)\n";
        return;
    }
    test::TempDir work;
    const QString ws = work.filePath(QStringLiteral("demo.seqohs"));
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), ws}).exitCode == 0);
    const QString json = work.filePath(QStringLiteral("demo.json"));
    REQUIRE(test::runCli({QStringLiteral("export"), QStringLiteral("-w"), ws,
                          QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("--out"), json})
                .exitCode == 0);

    // The assessor's side: a pack, a review with a finding and a recommendation, keys.
    const QString key = work.filePath(QStringLiteral("service.key"));
    REQUIRE(test::runCli(
                {QStringLiteral("pack"), QStringLiteral("keygen"), QStringLiteral("--out"), key})
                .exitCode == 0);
    const QString pack = work.filePath(QStringLiteral("pack.zip"));
    REQUIRE(test::runCli({QStringLiteral("pack"), QStringLiteral("create"), QStringLiteral("-w"),
                          ws, QStringLiteral("--out"), pack, QStringLiteral("--key"), key,
                          QStringLiteral("--no-report")},
                         120000)
                .exitCode == 0);
    const QString review = work.filePath(QStringLiteral("review.json"));
    REQUIRE(test::runCli({QStringLiteral("review"), QStringLiteral("open"), pack,
                          QStringLiteral("--review"), review, QStringLiteral("--assessor"),
                          QStringLiteral("Dr A. Assessor")})
                .exitCode == 0);
    REQUIRE(test::runCli({QStringLiteral("review"), QStringLiteral("set"), review,
                          QStringLiteral("S23-GOV-T1"), QStringLiteral("--finding"),
                          QStringLiteral("met")})
                .exitCode == 0);
    REQUIRE(test::runCli({QStringLiteral("review"), QStringLiteral("recommend"), review,
                          QStringLiteral("accredit")})
                .exitCode == 0);

    struct Case
    {
        QString name;
        QStringList args;  // %OUT% stands for the target
        bool previous;     // a file is there already and must survive
        QString seed = {}; // the previous file's content comes from here (a file it edits)
    };
    const QString out = QStringLiteral("%OUT%");
    const QList<Case> cases{
        {QStringLiteral("template.csv"),
         {QStringLiteral("standards"), QStringLiteral("template"), QStringLiteral("--out"), out},
         true},
        {QStringLiteral("report.pdf"),
         {QStringLiteral("report"), QStringLiteral("-w"), ws, QStringLiteral("--format"),
          QStringLiteral("pdf"), QStringLiteral("--out"), out},
         true},
        {QStringLiteral("report.html"),
         {QStringLiteral("report"), QStringLiteral("-w"), ws, QStringLiteral("--format"),
          QStringLiteral("html"), QStringLiteral("--out"), out},
         true},
        {QStringLiteral("report.odt"),
         {QStringLiteral("report"), QStringLiteral("-w"), ws, QStringLiteral("--format"),
          QStringLiteral("odt"), QStringLiteral("--out"), out},
         true},
        {QStringLiteral("book.xlsx"),
         {QStringLiteral("export"), QStringLiteral("-w"), ws, QStringLiteral("--format"),
          QStringLiteral("xlsx"), QStringLiteral("--out"), out},
         true},
        {QStringLiteral("dates.ics"),
         {QStringLiteral("calendar"), QStringLiteral("-w"), ws, QStringLiteral("--out"), out},
         true},
        {QStringLiteral("table.csv"),
         {QStringLiteral("export"), QStringLiteral("-w"), ws, QStringLiteral("--format"),
          QStringLiteral("csv"), QStringLiteral("--out"), out},
         true},
        {QStringLiteral("all.json"),
         {QStringLiteral("export"), QStringLiteral("-w"), ws, QStringLiteral("--format"),
          QStringLiteral("json"), QStringLiteral("--out"), out},
         true},
        {QStringLiteral("crosswalk.json"),
         {QStringLiteral("crosswalk"), QStringLiteral("suggest"), QStringLiteral("--from"),
          QStringLiteral("seqohs-2015-summary"), QStringLiteral("--to"),
          QStringLiteral("seqohs-2023-summary"), QStringLiteral("--out"), out},
         true},
        {QStringLiteral("copy.seqohs"),
         {QStringLiteral("backup"), QStringLiteral("-w"), ws, QStringLiteral("--out"), out},
         false},
        {QStringLiteral("new.seqohs"),
         {QStringLiteral("import"), json, QStringLiteral("--out"), out},
         false},
        {QStringLiteral("demo2.seqohs"),
         {QStringLiteral("demo"), QStringLiteral("--out"), out},
         false},
        {QStringLiteral("evidence.bin"),
         {QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("-w"), ws,
          QStringLiteral("1"), QStringLiteral("--out"), out},
         false},
        {QStringLiteral("pack2.zip"),
         {QStringLiteral("pack"), QStringLiteral("create"), QStringLiteral("-w"), ws,
          QStringLiteral("--out"), out, QStringLiteral("--key"), key,
          QStringLiteral("--no-report")},
         true},
        {QStringLiteral("other.key"),
         {QStringLiteral("pack"), QStringLiteral("keygen"), QStringLiteral("--out"), out},
         false},
        {QStringLiteral("review2.json"),
         {QStringLiteral("review"), QStringLiteral("open"), pack, QStringLiteral("--review"), out,
          QStringLiteral("--assessor"), QStringLiteral("Dr A. Assessor")},
         false},
        {QStringLiteral("edited.review.json"),
         {QStringLiteral("review"), QStringLiteral("set"), out, QStringLiteral("S23-GOV-T2"),
          QStringLiteral("--finding"), QStringLiteral("met"), QStringLiteral("--comment"),
          QStringLiteral("A long enough comment to need more room than the disk has left.")},
         true,
         review},
        {QStringLiteral("response.json"),
         {QStringLiteral("review"), QStringLiteral("respond"), review, QStringLiteral("--out"), out,
          QStringLiteral("--key"), key},
         true},
        {QStringLiteral("assessor.pdf"),
         {QStringLiteral("review"), QStringLiteral("report"), review, QStringLiteral("--out"), out},
         true},
    };

    for (const Case &c : cases) {
#ifndef SEQOHS_WITH_REPORTS
        // This build has no report renderer: no readiness report, no assessor report.
        if (c.args.first() == QStringLiteral("report") ||
            (c.args.first() == QStringLiteral("review") &&
             c.args.value(1) == QStringLiteral("report")))
            continue;
#endif
        const QString target = disk.filePath(c.name);
        const QByteArray before = c.seed.isEmpty()
                                      ? QByteArray("the previous file, which must survive\n")
                                      : contentOf(c.seed);
        if (c.previous) {
            QFile prev(target);
            REQUIRE(prev.open(QIODevice::WriteOnly));
            prev.write(before);
        }
        disk.fill();
        QStringList args = c.args;
        args.replaceInStrings(out, target);
        const test::CliRun run = test::runCli(args);
        disk.release();
        INFO(c.name.toStdString() << ": exit " << run.exitCode << "\n"
                                  << run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(QStringLiteral("disk is full"), Qt::CaseInsensitive));
        CHECK(run.err.contains(c.name));
        if (c.previous)
            CHECK(contentOf(target) == before);
        else
            CHECK_FALSE(QFile::exists(target));
        // Nothing half-written is left behind beside it.
        const QStringList left =
            QDir(disk.filePath(QString())).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : left)
            CHECK((name == c.name && c.previous));
        QFile::remove(target);
    }
}

TEST_CASE("A healthy workspace on a read-only disk can be read and says why it cannot be changed")
{
    FullDisk disk(QStringLiteral("128m"));
    if (!disk.mounted()) {
        std::cout << "SKIPPED: a small tmpfs cannot be mounted here (that needs root)\n";
        return;
    }
    const QString ws = disk.filePath(QStringLiteral("demo.seqohs"));
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), ws}).exitCode == 0);
    REQUIRE(QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-o"), QStringLiteral("remount,ro"),
                               disk.filePath(QString())}) == 0);
    for (const QString &command :
         {QStringLiteral("info"), QStringLiteral("score"), QStringLiteral("integrity")}) {
        const test::CliRun run = test::runCli({command, QStringLiteral("-w"), ws});
        INFO(command.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK_FALSE(run.err.contains(QStringLiteral("damaged")));
    }
    const test::CliRun write = test::runCli({QStringLiteral("assess"), QStringLiteral("-w"), ws,
                                             QStringLiteral("s23-gov-01"),
                                             QStringLiteral("--result"), QStringLiteral("met")});
    INFO(write.err.toStdString());
    CHECK(write.exitCode == 1);
    CHECK(write.err.contains(QStringLiteral("read-only disk")));
    CHECK_FALSE(write.err.contains(QStringLiteral("damaged")));
    QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,rw"),
                                                disk.filePath(QString())});
}

TEST_CASE("Evidence added until the disk is full is kept, backed up whole, and folded into the "
          "file when space returns")
{
    FullDisk disk(QStringLiteral("20m"));
    if (!disk.mounted()) {
        std::cout << "SKIPPED: a small tmpfs cannot be mounted here (that needs root)\n";
        return;
    }
    test::TempDir inputs;
    QStringList files;
    for (int i = 0; i < 12; ++i) {
        const QString path = inputs.filePath(QStringLiteral("minutes-%1.bin").arg(i));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray bytes(2'000'000, '\0');
        for (qsizetype b = 0; b < bytes.size(); ++b)
            bytes[b] = char((b * 7919 + i * 104729) >> 3);
        REQUIRE(f.write(bytes) == bytes.size());
        files << path;
    }
    const QString ws = disk.filePath(QStringLiteral("w.seqohs"));
    REQUIRE(test::runCli(
                {QStringLiteral("init"), ws, QStringLiteral("--name"), QStringLiteral("Test OH")})
                .exitCode == 0);
    const test::CliRun add = test::runCli(
        QStringList{QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("-w"), ws}
        << files << QStringList{QStringLiteral("--criteria"), QStringLiteral("s23-gov-01")});
    INFO(add.out.toStdString() << add.err.toStdString());
    // Some fitted, the rest were refused for the reason they were.
    CHECK(add.exitCode == 1);
    CHECK(add.err.contains(QStringLiteral("the disk is full")));
    CHECK_FALSE(add.err.contains(QStringLiteral("cannot be locked")));
    const int added = int(add.out.count(QStringLiteral("Added")));
    REQUIRE(added > 0);
    REQUIRE(added < files.size());

    // A backup taken now, onto another disk, holds everything committed in one file.
    test::TempDir elsewhere;
    const QString copy = elsewhere.filePath(QStringLiteral("copy.seqohs"));
    const test::CliRun backup = test::runCli(
        {QStringLiteral("backup"), QStringLiteral("-w"), ws, QStringLiteral("--out"), copy});
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    CHECK_FALSE(QFile::exists(copy + QStringLiteral("-wal")));
    const test::CliRun copied =
        test::runCli({QStringLiteral("integrity"), QStringLiteral("-w"), copy});
    INFO(copied.out.toStdString() << copied.err.toStdString());
    CHECK(copied.exitCode == 0);
    CHECK(copied.out.contains(QStringLiteral("%1 evidence items").arg(added)));

    // Space returns: the next change folds the log into the file, which then stands alone.
    REQUIRE(QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-o"), QStringLiteral("remount,size=64m"),
                               disk.filePath(QString())}) == 0);
    REQUIRE(test::runCli({QStringLiteral("assess"), QStringLiteral("-w"), ws,
                          QStringLiteral("s23-gov-02"), QStringLiteral("--result"),
                          QStringLiteral("met")})
                .exitCode == 0);
    CHECK_FALSE(QFile::exists(ws + QStringLiteral("-wal")));
    const test::CliRun alone =
        test::runCli({QStringLiteral("integrity"), QStringLiteral("-w"), ws});
    CHECK(alone.exitCode == 0);
    CHECK(alone.out.contains(QStringLiteral("%1 evidence items").arg(added)));
}
