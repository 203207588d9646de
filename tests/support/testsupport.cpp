#include "testsupport.h"

#include "teamworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(SEQOHS_TEST_DATA_DIR)).filePath(relative);
}

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

void runSql(const QString &workspacePath, const QStringList &statements)
{
    const QString name = QStringLiteral("test-sql");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(workspacePath);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(q.exec(sql));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString cliProgram()
{
#ifdef SEQOHS_CLI_PATH
    return QStringLiteral(SEQOHS_CLI_PATH);
#else
    return QString();
#endif
}

CliRun runCli(const QStringList &args, int timeoutMs, const QByteArray &stdinData)
{
    CliRun run;
    const QString program = cliProgram();
    REQUIRE_FALSE(program.isEmpty());
    // On the server run a workspace file a test made is a team workspace: name that instead.
    QStringList named;
    for (const QString &arg : args) {
        const QString url = serverUrl(arg);
        named << (url.isEmpty() ? arg : url);
    }
    QProcess process;
    process.start(program, named);
    REQUIRE(process.waitForStarted());
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(timeoutMs));
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString makeMixedEvidenceFolder(const TempDir &dir)
{
    QString folder = dir.filePath(QStringLiteral("evidence folder"));
    const QStringList files{
        // Taken.
        QStringLiteral("minutes.txt"),
        QStringLiteral("policy.md"),
        QStringLiteral("sub/audit.txt"),
        // Left out: hidden, or a workspace's own.
        QStringLiteral(".hidden.txt"),
        QStringLiteral(".git/config"),
        QStringLiteral("sub/.DS_Store"),
        QStringLiteral("Clinic.seqohs"),
        QStringLiteral("Clinic.seqohs-wal"),
        QStringLiteral("Clinic.seqohs-shm"),
        QStringLiteral("Clinic.seqohs-journal"),
        QStringLiteral("Clinic.seqohs.lock"),
        QStringLiteral("sub/OLD.SEQOHS"),
    };
    for (const QString &name : files) {
        const QString path = QDir(folder).filePath(name);
        REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        // Different content per file, so that none is taken for a copy of another.
        REQUIRE(file.write(QStringLiteral("Content of %1.\n").arg(name).toUtf8()) > 0);
    }
    return folder;
}

QStringList mixedEvidenceFolderTaken()
{
    return {QStringLiteral("audit.txt"), QStringLiteral("minutes.txt"),
            QStringLiteral("policy.md")};
}

} // namespace test
