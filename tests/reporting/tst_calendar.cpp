// The calendar export, read back with libical's own parser and with Python's icalendar module.
#include "teamworkspace.h"
#include "testsupport.h"

#include "reporting/calendarexport.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <libical/ical.h>

#include <QFile>
#include <QMap>
#include <QProcess>

using namespace seqohs;

namespace {

const QDate Today(2026, 12, 1);

// UID -> start date of every event, parsed by libical.
QMap<QString, QDate> eventsOf(const QByteArray &ics)
{
    icalcomponent *calendar = icalparser_parse_string(ics.constData());
    REQUIRE(calendar);
    CHECK(icalcomponent_isa(calendar) == ICAL_VCALENDAR_COMPONENT);
    QMap<QString, QDate> events;
    for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        const icaltimetype start = icalcomponent_get_dtstart(e);
        CHECK(start.is_date == 1);
        const QString uid = QString::fromUtf8(icalcomponent_get_uid(e));
        CHECK_FALSE(events.contains(uid));
        events.insert(uid, QDate(start.year, start.month, start.day));
        CHECK(icalcomponent_get_first_component(e, ICAL_VALARM_COMPONENT));
    }
    icalcomponent_free(calendar);
    return events;
}

QString uidOf(const QMap<QString, QDate> &events, const QString &prefix)
{
    for (auto it = events.cbegin(); it != events.cend(); ++it) {
        if (it.key().startsWith(prefix + QLatin1Char('.')))
            return it.key();
    }
    return {};
}

} // namespace

TEST_CASE("The calendar holds review-by dates, open actions and the visit, each keeping its UID",
          "[engines]")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.seqohs"));
    auto created = DemoWorkspace::create(path, Today);
    REQUIRE(created.ok());
    const std::unique_ptr<Workspace> made = test::onThisEngine(std::move(*created), path);
    Workspace &ws = *made;
    const QList<EvidenceItem> evidence = *ws.evidence();
    const QList<Action> actions = *ws.actions();
    const ServiceProfile profile = *ws.profile();

    const Expected<CalendarExport::Calendar> first = CalendarExport::build(ws, {Today, 12});
    REQUIRE(first.ok());
    const QMap<QString, QDate> events = eventsOf(first->ics);
    CHECK(events.size() == first->events());
    const QDate horizon = Today.addMonths(12);
    int reviews = 0;
    for (const EvidenceItem &e : evidence) {
        const QString uid = uidOf(events, QStringLiteral("evidence-%1-review").arg(e.id));
        INFO("evidence " << e.id);
        if (e.reviewBy.isValid() && e.reviewBy <= horizon) {
            CHECK(events.value(uid) == e.reviewBy);
            ++reviews;
        } else {
            CHECK(uid.isEmpty());
        }
    }
    CHECK(reviews == first->evidenceReviews);
    CHECK(reviews > 0);
    int open = 0;
    for (const Action &a : actions) {
        if (a.status != Action::Status::Done && a.due.isValid() && a.due <= horizon) {
            CHECK(events.value(uidOf(events, QStringLiteral("action-%1-due").arg(a.id))) == a.due);
            ++open;
        }
    }
    CHECK(open == first->actions);
    CHECK(open > 0);
    CHECK(events.value(uidOf(events, QStringLiteral("assessment-visit"))) ==
          profile.plannedAssessment);

    // Exported again after changes: the same UIDs, the new dates, what is done left out.
    EvidenceItem moved = evidence.first();
    moved.reviewBy = Today.addMonths(2);
    REQUIRE(ws.updateEvidence(moved).ok());
    Action done = *std::find_if(actions.cbegin(), actions.cend(), [](const Action &a) {
        return a.status != Action::Status::Done && a.due.isValid();
    });
    done.status = Action::Status::Done;
    REQUIRE(ws.updateAction(done).ok());
    const QMap<QString, QDate> again = eventsOf(CalendarExport::build(ws, {Today, 12})->ics);
    const QString movedUid = uidOf(events, QStringLiteral("evidence-%1-review").arg(moved.id));
    REQUIRE_FALSE(movedUid.isEmpty());
    CHECK(again.value(movedUid) == moved.reviewBy);
    CHECK_FALSE(again.contains(uidOf(events, QStringLiteral("action-%1-due").arg(done.id))));
    CHECK(again.size() == events.size() - 1);
    for (auto it = again.cbegin(); it != again.cend(); ++it)
        CHECK(events.contains(it.key()));

    // A shorter horizon leaves out what lies beyond it, but never what is overdue.
    const QMap<QString, QDate> month = eventsOf(CalendarExport::build(ws, {Today, 1})->ics);
    CHECK(month.size() < again.size());
    for (const QDate &d : month)
        CHECK(d <= Today.addMonths(1));
    for (const EvidenceItem &e : *ws.evidence()) {
        if (e.reviewBy.isValid() && e.reviewBy < Today)
            CHECK(month.contains(uidOf(again, QStringLiteral("evidence-%1-review").arg(e.id))));
    }
}

TEST_CASE("calendar --out writes a file Python's icalendar module reads, and says what is in it",
          "[engines]")
{
    test::TempDir dir;
    const QString ws = dir.filePath(QStringLiteral("demo.seqohs"));
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), ws}).exitCode == 0);
    test::workspaceLocation(ws); // on the server run, the command below then names the server
    const QString ics = dir.filePath(QStringLiteral("dates.ics"));
    const test::CliRun run =
        test::runCli({QStringLiteral("calendar"), QStringLiteral("-w"), ws, QStringLiteral("--out"),
                      ics, QStringLiteral("--months"), QStringLiteral("24")});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("evidence reviews")));
    QFile file(ics);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QMap<QString, QDate> events = eventsOf(file.readAll());

    // Debian's python3-icalendar, as the setup script installs it.
    const QString python = QStringLiteral("/usr/bin/python3");
    INFO("scripts/setup installs python3 and python3-icalendar");
    REQUIRE(QFile::exists(python));
    QProcess p;
    p.start(python,
            {QStringLiteral("-c"),
             QStringLiteral("import sys, icalendar\n"
                            "c = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                            "for e in c.walk('VEVENT'):\n"
                            "    print(e['UID'], e['DTSTART'].dt.isoformat(), e['SUMMARY'])\n"),
             ics});
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    const QStringList lines =
        QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() == events.size());
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char(' '));
        REQUIRE(parts.size() >= 3);
        INFO(line.toStdString());
        CHECK(events.value(parts.at(0)) == QDate::fromString(parts.at(1), Qt::ISODate));
    }

    // A second export of the same workspace names the same entries.
    const QString second = dir.filePath(QStringLiteral("again.ics"));
    REQUIRE(
        test::runCli({QStringLiteral("calendar"), QStringLiteral("-w"), ws, QStringLiteral("--out"),
                      second, QStringLiteral("--months"), QStringLiteral("24")})
            .exitCode == 0);
    QFile again(second);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(eventsOf(again.readAll()).keys() == events.keys());

    // Bad input is refused before anything is written.
    const test::CliRun bad =
        test::runCli({QStringLiteral("calendar"), QStringLiteral("-w"), ws, QStringLiteral("--out"),
                      second, QStringLiteral("--months"), QStringLiteral("0")});
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.contains(QStringLiteral("--months")));
}
