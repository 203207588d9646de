#include "testsupport.h"

#include <QDir>
#include <QProcess>

namespace test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(SEQOHS_TEST_DATA_DIR)).filePath(relative);
}

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

CliRun runCli(const QStringList &args, int timeoutMs, const QByteArray &stdinData)
{
    CliRun run;
#ifdef SEQOHS_CLI_PATH
    const QString program = QStringLiteral(SEQOHS_CLI_PATH);
#else
    const QString program;
#endif
    REQUIRE_FALSE(program.isEmpty());
    QProcess process;
    process.start(program, args);
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

} // namespace test
