#include "calendarexport.h"

#include "common/savefile.h"
#include "workspace/sha256.h"
#include "workspace/workspace.h"

#include <libical/ical.h>

#include <QHash>

#include <cstdlib>
#include <ctime>
#include <memory>

namespace seqohs {

namespace {

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype allDay(const QDate &date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

// One all-day event with a reminder a week before. The calendar owns it once added.
void addEvent(icalcomponent *calendar, const QString &uid, const QDate &date,
              const QString &summary, const QString &description, const icaltimetype &stamp)
{
    icalcomponent *event = icalcomponent_new_vevent();
    icalcomponent_add_property(event, icalproperty_new_uid(uid.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(event, icalproperty_new_dtstart(allDay(date)));
    icalcomponent_add_property(event, icalproperty_new_dtend(allDay(date.addDays(1))));
    icalcomponent_add_property(event, icalproperty_new_summary(summary.toUtf8().constData()));
    icalcomponent_add_property(event,
                               icalproperty_new_description(description.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_categories("SEQOHS"));
    // A deadline, not an appointment: it does not make anyone look busy.
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));

    icalcomponent *alarm = icalcomponent_new_valarm();
    icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    icaltriggertype trigger;
    trigger.time = icaltime_null_time();
    trigger.duration = icaldurationtype_from_int(-7 * 24 * 3600);
    icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
    icalcomponent_add_property(alarm, icalproperty_new_description(summary.toUtf8().constData()));
    icalcomponent_add_component(event, alarm);
    icalcomponent_add_component(calendar, event);
}

} // namespace

Expected<CalendarExport::Calendar> CalendarExport::build(const Workspace &ws,
                                                         const Options &options)
{
    const Expected<ServiceProfile> profile = ws.profile();
    if (!profile)
        return profile.errors();
    const Expected<QList<EvidenceItem>> evidence = ws.evidence();
    if (!evidence)
        return evidence.errors();
    const Expected<QList<EvidenceLink>> links = ws.links();
    if (!links)
        return links.errors();
    const Expected<QList<Action>> actions = ws.actions();
    if (!actions)
        return actions.errors();
    const Expected<QVariant> created = ws.metaValue(QStringLiteral("workspace.created"));
    if (!created)
        return created.errors();

    // The workspace's identity: when it was created, which never changes and which copies and
    // backups share, so that they feed the same calendar entries.
    const QByteArray identity =
        Sha256::hexHash(created->toString().toUtf8() + QByteArray(1, '\0') + profile->name.toUtf8())
            .left(16);
    const auto uid = [&](const QString &what) {
        return QStringLiteral("%1.%2@seqohs-tracker").arg(what, QString::fromLatin1(identity));
    };
    const QDate horizon = options.today.addMonths(options.months);
    const auto inRange = [&](const QDate &d) { return d.isValid() && d <= horizon; };

    QHash<qint64, QStringList> criteria;
    for (const EvidenceLink &l : *links)
        criteria[l.evidenceId] << l.itemId;

    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//seqohs-tracker//Calendar//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const QString calendarName = tr("SEQOHS: %1").arg(profile->name);
    icalproperty *name = icalproperty_new_x(calendarName.toUtf8().constData());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), name);
    const icaltimetype stamp =
        icaltime_from_timet_with_zone(std::time(nullptr), 0, icaltimezone_get_utc_timezone());

    Calendar result;
    for (const EvidenceItem &e : *evidence) {
        if (!inRange(e.reviewBy))
            continue;
        QString description =
            tr("Evidence item %1, \u201c%2\u201d, is due for review.").arg(e.id).arg(e.title);
        if (!criteria.value(e.id).isEmpty())
            description +=
                QLatin1Char(' ') +
                tr("It supports %1.").arg(criteria.value(e.id).join(QStringLiteral(", ")));
        if (!e.owner.isEmpty())
            description += QLatin1Char(' ') + tr("Owner: %1.").arg(e.owner);
        addEvent(calendar.get(), uid(QStringLiteral("evidence-%1-review").arg(e.id)), e.reviewBy,
                 tr("Review evidence: %1").arg(e.title), description, stamp);
        ++result.evidenceReviews;
    }
    for (const Action &a : *actions) {
        if (a.status == Action::Status::Done || !inRange(a.due))
            continue;
        QString description = tr("Action %1: %2").arg(a.id).arg(a.text);
        if (!a.itemId.isEmpty())
            description += QLatin1Char(' ') + tr("For %1.").arg(a.itemId);
        if (!a.owner.isEmpty())
            description += QLatin1Char(' ') + tr("Owner: %1.").arg(a.owner);
        addEvent(calendar.get(), uid(QStringLiteral("action-%1-due").arg(a.id)), a.due,
                 tr("Action due: %1").arg(a.text), description, stamp);
        ++result.actions;
    }
    if (inRange(profile->plannedAssessment)) {
        addEvent(calendar.get(), uid(QStringLiteral("assessment-visit")),
                 profile->plannedAssessment, tr("SEQOHS assessment visit"),
                 tr("The planned SEQOHS assessment visit for %1.").arg(profile->name), stamp);
        ++result.serviceDates;
    }
    if (inRange(profile->annualReturn)) {
        addEvent(calendar.get(), uid(QStringLiteral("annual-return")), profile->annualReturn,
                 tr("SEQOHS annual return due"),
                 tr("The SEQOHS annual return for %1 is due.").arg(profile->name), stamp);
        ++result.serviceDates;
    }

    char *text = icalcomponent_as_ical_string_r(calendar.get());
    if (!text) {
        return Error{tr("The calendar could not be written: %1")
                         .arg(QString::fromUtf8(icalerror_strerror(icalerrno))),
                     ws.path(), QString(), tr("Please report this fault in seqohs-tracker.")};
    }
    result.ics = QByteArray(text);
    std::free(text);
    return result;
}

Expected<CalendarExport::Calendar> CalendarExport::write(const Workspace &ws, const QString &path,
                                                         const Options &options)
{
    Expected<Calendar> calendar = build(ws, options);
    if (!calendar)
        return calendar;
    if (Status saved = saveFileAtomically(path, calendar->ics); !saved)
        return saved.errors();
    return calendar;
}

} // namespace seqohs
