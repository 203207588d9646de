#include "testsupport.h"

#include "common/clock.h"
#include "common/expected.h"
#include "common/savefile.h"

#include <QFile>

using namespace seqohs;

TEST_CASE("Error names the file, the place and what to do")
{
    const Error e{QStringLiteral("unknown level \"may\""), QStringLiteral("set.json"),
                  QStringLiteral("$.domains[0].level"), QStringLiteral("Use must or should.")};
    CHECK(
        e.toString() ==
        QStringLiteral("set.json: $.domains[0].level: unknown level \"may\". Use must or should."));
    CHECK(Error{QStringLiteral("plain")}.toString() == QStringLiteral("plain"));
}

TEST_CASE("Expected carries a value or its errors")
{
    Expected<int> good(42);
    REQUIRE(good.ok());
    CHECK(*good == 42);
    Expected<int> bad(ErrorList{Error{QStringLiteral("a")}, Error{QStringLiteral("b")}});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errors().size() == 2);
    CHECK(bad.errorString() == QStringLiteral("a\nb"));
}

TEST_CASE("Clock can be fixed and released")
{
    Clock::setFixed(QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC));
    CHECK(Clock::today() == QDate(2024, 2, 29));
    Clock::setFixed(QDateTime());
    CHECK(Clock::today() == QDate::currentDate());
}

TEST_CASE("A failing writer leaves the old file untouched")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    REQUIRE(saveFileAtomically(path, QByteArrayLiteral("first")).ok());

    const Status failed = saveFileAtomically(path, [](QIODevice &device) -> Status {
        device.write("half of the second");
        return Error{QStringLiteral("the writer gave up")};
    });
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().file == path);

    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArrayLiteral("first"));
}

TEST_CASE("Saving into a folder that does not exist is an error that names the file")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/out.txt"));
    const Status result = saveFileAtomically(path, QByteArrayLiteral("x"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().file == path);
}
