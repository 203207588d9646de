// What falls due, and what passed while the workspace was closed.
#include "testsupport.h"

#include "reporting/deadlines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace seqohs;

namespace {

ScoringInput inputWithDates(const QDate &today)
{
    ScoringInput input;
    const auto evidence = [&](qint64 id, int days) {
        EvidenceItem e;
        e.id = id;
        e.title = QStringLiteral("Evidence %1").arg(id);
        e.reviewBy = days == 0 && id == 99 ? QDate() : today.addDays(days);
        input.evidence << e;
    };
    const auto action = [&](qint64 id, int days, Action::Status status) {
        Action a;
        a.id = id;
        a.text = QStringLiteral("Action %1").arg(id);
        a.due = today.addDays(days);
        a.status = status;
        input.actions << a;
    };
    evidence(1, 10);
    evidence(2, 45);
    evidence(3, 90);
    evidence(4, 91);
    evidence(5, -3);
    evidence(6, 0);
    evidence(99, 0); // no review-by date
    action(1, 30, Action::Status::Open);
    action(2, 31, Action::Status::InProgress);
    action(3, 60, Action::Status::Done);
    action(4, -1, Action::Status::Open);
    action(5, -40, Action::Status::Open);
    return input;
}

QList<qint64> ids(const QList<Deadlines::Deadline> &list)
{
    QList<qint64> out;
    for (const Deadlines::Deadline &d : list)
        out << (d.kind == Deadlines::Deadline::Kind::EvidenceReview ? d.id : -d.id);
    return out;
}

} // namespace

TEST_CASE("Due soon falls into 30, 60 and 90 day bands from today; done actions are not due")
{
    const QDate today(2026, 12, 1);
    const Deadlines::Soon soon = Deadlines::dueSoon(inputWithDates(today), today);
    // Evidence by its id, actions by minus their id; earliest first.
    CHECK(ids(soon.within30) == QList<qint64>{6, 1, -1});
    CHECK(ids(soon.within60) == QList<qint64>{-2, 2});
    CHECK(ids(soon.within90) == QList<qint64>{3});
    CHECK(soon.size() == 6);
    CHECK(soon.within30.first().describe() == QStringLiteral("Review evidence: Evidence 6"));
    CHECK(soon.within30.last().describe() == QStringLiteral("Action due: Action 1"));
}

TEST_CASE("What passed since the workspace was last opened runs from that day to yesterday")
{
    const QDate today(2026, 12, 1);
    const ScoringInput input = inputWithDates(today);
    CHECK(ids(Deadlines::passedSince(input, today.addDays(-5), today)) == QList<qint64>{5, -4});
    CHECK(ids(Deadlines::passedSince(input, today.addDays(-60), today)) ==
          QList<qint64>{-5, 5, -4});
    // Opened already today, never before, or a date in the future: nothing to say.
    CHECK(Deadlines::passedSince(input, today, today).isEmpty());
    CHECK(Deadlines::passedSince(input, QDate(), today).isEmpty());
    CHECK(Deadlines::passedSince(input, today.addDays(3), today).isEmpty());
}

TEST_CASE("due --since lists the bands and what passed, as text and JSON")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("demo.seqohs"));
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), ws}).exitCode == 0);
    const QString since = QDate::currentDate().addMonths(-3).toString(Qt::ISODate);
    const test::CliRun text = test::runCli(
        {QStringLiteral("due"), QStringLiteral("-w"), ws, QStringLiteral("--since"), since});
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Within 30 days:")));
    CHECK(text.out.contains(QStringLiteral("Expired or overdue since %1:").arg(since)));
    const test::CliRun json =
        test::runCli({QStringLiteral("due"), QStringLiteral("-w"), ws, QStringLiteral("--since"),
                      since, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("today")).toString() ==
          QDate::currentDate().toString(Qt::ISODate));
    const QJsonArray passed = o.value(QStringLiteral("passed")).toArray();
    // The demo has evidence and actions that lapsed in the last months.
    CHECK_FALSE(passed.isEmpty());
    int listed = 0;
    for (const char *band : {"within30", "within60", "within90"}) {
        for (const auto &v : o.value(QLatin1String(band)).toArray()) {
            const QDate d = QDate::fromString(v.toObject().value(QStringLiteral("date")).toString(),
                                              Qt::ISODate);
            CHECK(d >= QDate::currentDate());
            CHECK(d <= QDate::currentDate().addDays(90));
            ++listed;
        }
    }
    CHECK(listed > 0);
    CHECK(test::runCli({QStringLiteral("due"), QStringLiteral("-w"), ws, QStringLiteral("--since"),
                        QStringLiteral("yesterday")})
              .exitCode == 2);
}
