#include "teamfixture.h"

#include "testsupport.h"

#include "server/serveraddress.h"

#include <QSqlError>
#include <QSqlQuery>

namespace test {

TeamFixture::TeamFixture(TestServer &server, bool grantLogging)
    : server(server)
{
    owner = server.createLogin(QStringLiteral("owner_"), QString(), true);
    database = server.createDatabase(owner);
    if (grantLogging) {
        server.runAsSuperuser(
            QStringLiteral("postgres"),
            {QStringLiteral("GRANT SET ON PARAMETER log_parameter_max_length, "
                            "log_min_error_statement, log_error_verbosity TO \"%1\"")
                 .arg(owner)});
    }
    const CliRun init =
        runCli({QStringLiteral("server"), QStringLiteral("init"), server.url(database, owner)});
    INFO(init.out.toStdString() << init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    initOutput = init.out;
    lead = server.createLogin(QStringLiteral("lead_"), database + QStringLiteral("_lead"));
    contributor =
        server.createLogin(QStringLiteral("contrib_"), database + QStringLiteral("_contributor"));
    otherContributor =
        server.createLogin(QStringLiteral("contrib_"), database + QStringLiteral("_contributor"));
    viewer = server.createLogin(QStringLiteral("viewer_"), database + QStringLiteral("_viewer"));
    assessor =
        server.createLogin(QStringLiteral("assessor_"), database + QStringLiteral("_assessor"));
}

std::unique_ptr<seqohs::ServerConnection> TeamFixture::connect(const QString &login) const
{
    auto address = seqohs::ServerAddress::parse(server.url(database, login));
    REQUIRE(address.ok());
    auto connection = seqohs::ServerConnection::open(*address);
    INFO(connection.errorString().toStdString());
    REQUIRE(connection.ok());
    return std::move(*connection);
}

CliRun serverCli(const QStringList &args)
{
    CliRun run = runCli(args, 120000);
    UNSCOPED_INFO(args.join(QLatin1Char(' ')).toStdString()
                  << '\n'
                  << run.out.toStdString() << run.err.toStdString());
    return run;
}

bool tryExec(seqohs::ServerConnection &connection, const QString &sql, const QVariantList &values,
             QString *code, int *rows)
{
    QSqlQuery query(connection.database());
    bool ran = false;
    if (values.isEmpty()) {
        // Not every statement can be prepared (TRUNCATE cannot).
        ran = query.exec(sql);
    } else {
        ran = query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        ran = ran && query.exec();
    }
    if (code)
        *code = ran ? QString() : query.lastError().nativeErrorCode();
    if (rows)
        *rows = ran ? query.numRowsAffected() : -1;
    return ran;
}

} // namespace test
