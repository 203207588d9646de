#include "rollupjson.h"

#include <QJsonArray>

namespace seqohs {

namespace {

QJsonValue share(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject figures(const Figures &f)
{
    return {{QStringLiteral("score"), share(f.score())},
            {QStringLiteral("coverage"), share(f.coverage())},
            {QStringLiteral("applicable"), f.applicable},
            {QStringLiteral("met"), f.count(AssessmentResult::Met)},
            {QStringLiteral("mustApplicable"), f.mustApplicable},
            {QStringLiteral("mustMet"), f.mustMet}};
}

QJsonArray indexes(const QList<int> &list)
{
    QJsonArray a;
    for (int i : list)
        a << i;
    return a;
}

} // namespace

QJsonObject rollUpJson(const RollUp &rollUp)
{
    QJsonArray services;
    for (int s = 0; s < rollUp.services.size(); ++s) {
        const RollUp::Service &service = rollUp.services.at(s);
        QJsonObject o{{QStringLiteral("path"), service.path},
                      {QStringLiteral("name"), service.name},
                      {QStringLiteral("read"), service.read}};
        if (!service.read) {
            QJsonArray errors;
            for (const Error &e : service.errors)
                errors << e.toString();
            o.insert(QStringLiteral("errors"), errors);
            services << o;
            continue;
        }
        o.insert(QStringLiteral("set"), service.setId);
        o.insert(QStringLiteral("setVersion"), service.setVersion);
        o.insert(QStringLiteral("plannedVisit"), date(service.plannedVisit));
        o.insert(QStringLiteral("verdict"), verdictToString(service.verdict));
        o.insert(QStringLiteral("overall"), figures(service.overall));
        QJsonObject domains;
        const RollUp::Set *set = rollUp.setOf(s);
        for (int d = 0; set && d < set->domains.size(); ++d) {
            const std::optional<Figures> &f = service.domains.value(d);
            domains.insert(set->domains.at(d).id,
                           f ? QJsonValue(figures(*f)) : QJsonValue(QJsonValue::Null));
        }
        o.insert(QStringLiteral("domains"), domains);
        services << o;
    }
    QJsonArray sets;
    for (const RollUp::Set &set : rollUp.sets) {
        QJsonArray domains;
        for (const RollUp::DomainColumn &d : set.domains) {
            domains << QJsonObject{{QStringLiteral("id"), d.id},
                                   {QStringLiteral("code"), d.code},
                                   {QStringLiteral("title"), d.title}};
        }
        sets << QJsonObject{{QStringLiteral("id"), set.id},
                            {QStringLiteral("title"), set.title},
                            {QStringLiteral("versions"), QJsonArray::fromStringList(set.versions)},
                            {QStringLiteral("services"), indexes(set.services)},
                            {QStringLiteral("domains"), domains}};
    }
    QJsonArray gaps;
    for (const RollUp::SharedGap &g : rollUp.sharedGaps) {
        gaps << QJsonObject{{QStringLiteral("set"), g.setId},
                            {QStringLiteral("item"), g.itemId},
                            {QStringLiteral("code"), g.code},
                            {QStringLiteral("title"), g.title},
                            {QStringLiteral("level"), levelToString(g.level)},
                            {QStringLiteral("services"), indexes(g.services)},
                            {QStringLiteral("notMet"), indexes(g.notMet)}};
    }
    QJsonArray expiring;
    for (const RollUp::ExpiringEvidence &e : rollUp.expiring) {
        expiring << QJsonObject{{QStringLiteral("service"), e.service},
                                {QStringLiteral("evidence"), e.evidenceId},
                                {QStringLiteral("title"), e.title},
                                {QStringLiteral("owner"), e.owner},
                                {QStringLiteral("reviewBy"), date(e.reviewBy)},
                                {QStringLiteral("beforeVisit"), e.beforeVisit}};
    }
    return {{QStringLiteral("asOf"), date(rollUp.asOf)},
            {QStringLiteral("expiringWithinDays"), RollUp::expiringWithinDays},
            {QStringLiteral("services"), services},
            {QStringLiteral("sets"), sets},
            {QStringLiteral("sharedGaps"), gaps},
            {QStringLiteral("expiring"), expiring}};
}

} // namespace seqohs
