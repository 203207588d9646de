#include "signoffcoverage.h"

#include "catalogue/standardsset.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace seqohs {

namespace {

QString contentOf(const EvidenceItem &e)
{
    switch (e.kind) {
    case EvidenceItem::Kind::File:
        return QStringLiteral("file %1 %2").arg(e.version).arg(QString::fromLatin1(e.sha256));
    case EvidenceItem::Kind::Link:
        return QStringLiteral("link ") + e.url;
    case EvidenceItem::Kind::Statement:
        return QStringLiteral("statement ") +
               QString::fromLatin1(
                   QCryptographicHash::hash(e.statement.toUtf8(), QCryptographicHash::Sha256)
                       .toHex());
    }
    return {};
}

QString codeOf(const StandardsSet &set, const QString &itemId)
{
    const std::optional<AssessableItem> item = set.findAssessable(itemId);
    return item ? item->code : itemId;
}

QString resultName(const QJsonObject &item)
{
    const std::optional<AssessmentResult> r =
        resultFromString(item.value(QLatin1String("result")).toString());
    return resultDisplayName(r.value_or(AssessmentResult::NotAssessed));
}

} // namespace

Expected<QString> SignOffCoverage::resolveTarget(const StandardsSet &set, SignOff::Scope scope,
                                                 const QString &idOrCode)
{
    const auto same = [&](const QString &id, const QString &code) {
        return id.compare(idOrCode, Qt::CaseInsensitive) == 0 ||
               code.compare(idOrCode, Qt::CaseInsensitive) == 0;
    };
    switch (scope) {
    case SignOff::Scope::Whole:
        return QString();
    case SignOff::Scope::Criterion:
        for (const AssessableItem &item : set.assessables()) {
            if (same(item.id, item.code))
                return item.id;
        }
        break;
    case SignOff::Scope::Standard:
        for (const Domain &d : set.domains) {
            for (const Standard &s : d.standards) {
                if (same(s.id, s.code))
                    return s.id;
            }
        }
        break;
    case SignOff::Scope::Domain:
        for (const Domain &d : set.domains) {
            if (same(d.id, d.code))
                return d.id;
        }
        break;
    }
    return Error{tr("The standards set has no %1 '%2'.").arg(signOffScopeToString(scope), idOrCode),
                 QString(), QString(), tr("Give its id or its code as the navigator shows it.")};
}

QStringList SignOffCoverage::items(const StandardsSet &set, SignOff::Scope scope,
                                   const QString &target)
{
    QStringList ids;
    for (const AssessableItem &item : set.assessables()) {
        const Domain &d = set.domains.at(item.domainIndex);
        const Standard &s = d.standards.at(item.standardIndex);
        const bool covered = scope == SignOff::Scope::Whole ||
                             (scope == SignOff::Scope::Domain && d.id == target) ||
                             (scope == SignOff::Scope::Standard && s.id == target) ||
                             (scope == SignOff::Scope::Criterion && item.id == target);
        if (covered)
            ids << item.id;
    }
    return ids;
}

QByteArray SignOffCoverage::record(const StandardsSet &set, const QStringList &items,
                                   const State &state)
{
    QHash<qint64, const EvidenceItem *> evidence;
    for (const EvidenceItem &e : state.evidence)
        evidence.insert(e.id, &e);
    QHash<QString, QJsonObject> linked;
    QJsonObject titles;
    for (const EvidenceLink &l : state.links) {
        const EvidenceItem *e = evidence.value(l.evidenceId);
        if (!e)
            continue;
        linked[l.itemId].insert(QString::number(l.evidenceId), contentOf(*e));
        titles.insert(QString::number(l.evidenceId), e->title);
    }
    QJsonObject covered;
    for (const QString &id : items) {
        const Assessment a = state.assessments.value(id);
        QJsonObject item{{QStringLiteral("result"), resultToString(a.result)},
                         {QStringLiteral("narrative"), a.narrative},
                         {QStringLiteral("justification"), a.justification},
                         {QStringLiteral("evidence"), linked.value(id)}};
        covered.insert(id, item);
    }
    // Only the titles of what is covered, so the record stays the size of its scope.
    QJsonObject usedTitles;
    for (auto it = covered.constBegin(); it != covered.constEnd(); ++it) {
        const QJsonObject ev = it.value().toObject().value(QLatin1String("evidence")).toObject();
        for (auto e = ev.constBegin(); e != ev.constEnd(); ++e)
            usedTitles.insert(e.key(), titles.value(e.key()));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), covered},
                                     {QStringLiteral("titles"), usedTitles},
                                     {QStringLiteral("set"),
                                      QString(set.id + QLatin1Char(' ') + set.version)}})
        .toJson(QJsonDocument::Compact);
}

QByteArray SignOffCoverage::withAssessments(const QByteArray &record,
                                            const QHash<QString, Assessment> &assessments)
{
    QJsonObject o = QJsonDocument::fromJson(record).object();
    QJsonObject items = o.value(QLatin1String("items")).toObject();
    for (auto it = items.begin(); it != items.end(); ++it) {
        const Assessment a = assessments.value(it.key());
        QJsonObject item = it.value().toObject();
        item.insert(QStringLiteral("result"), resultToString(a.result));
        item.insert(QStringLiteral("narrative"), a.narrative);
        item.insert(QStringLiteral("justification"), a.justification);
        it.value() = item;
    }
    o.insert(QStringLiteral("items"), items);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString SignOffCoverage::hash(const QByteArray &record)
{
    // Titles are for the words only: renaming evidence changes nothing that was signed.
    QJsonObject covered = QJsonDocument::fromJson(record).object();
    covered.remove(QStringLiteral("titles"));
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(covered).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QStringList SignOffCoverage::changes(const StandardsSet &set, const QByteArray &before,
                                     const QByteArray &now)
{
    const QJsonObject b = QJsonDocument::fromJson(before).object();
    const QJsonObject n = QJsonDocument::fromJson(now).object();
    const QJsonObject bItems = b.value(QLatin1String("items")).toObject();
    const QJsonObject nItems = n.value(QLatin1String("items")).toObject();
    // A move to another standards set changes every item: one line says so.
    const QString bSet = b.value(QLatin1String("set")).toString();
    const QString nSet = n.value(QLatin1String("set")).toString();
    if (!bSet.isEmpty() && !nSet.isEmpty() && bSet != nSet) {
        return {tr("The workspace moved from the standards set %1 to %2: what was signed off "
                   "was assessed against the earlier set.")
                    .arg(bSet, nSet)};
    }
    const QJsonObject bTitles = b.value(QLatin1String("titles")).toObject();
    const QJsonObject nTitles = n.value(QLatin1String("titles")).toObject();
    const auto title = [&](const QString &id) {
        const QString t = nTitles.value(id).toString(bTitles.value(id).toString());
        return t.isEmpty() ? tr("evidence item %1").arg(id) : QStringLiteral("'%1'").arg(t);
    };
    // In the set's order, then anything the set no longer has.
    QStringList order;
    for (const AssessableItem &item : set.assessables()) {
        if (bItems.contains(item.id) || nItems.contains(item.id))
            order << item.id;
    }
    for (const QString &id : bItems.keys()) {
        if (!order.contains(id))
            order << id;
    }
    QStringList list;
    for (const QString &id : std::as_const(order)) {
        const QString code = codeOf(set, id);
        if (!nItems.contains(id)) {
            list << tr("%1: no longer covered (the standards set changed)").arg(code);
            continue;
        }
        const QJsonObject was = bItems.value(id).toObject();
        const QJsonObject is = nItems.value(id).toObject();
        if (was.isEmpty()) {
            list << tr("%1: newly covered").arg(code);
            continue;
        }
        if (was.value(QLatin1String("result")) != is.value(QLatin1String("result"))) {
            list << tr("%1: the result changed from %2 to %3")
                        .arg(code, resultName(was), resultName(is));
        }
        if (was.value(QLatin1String("narrative")) != is.value(QLatin1String("narrative")))
            list << tr("%1: the narrative was edited").arg(code);
        if (was.value(QLatin1String("justification")) != is.value(QLatin1String("justification")))
            list << tr("%1: the justification was edited").arg(code);
        const QJsonObject wasEv = was.value(QLatin1String("evidence")).toObject();
        const QJsonObject isEv = is.value(QLatin1String("evidence")).toObject();
        for (auto it = wasEv.constBegin(); it != wasEv.constEnd(); ++it) {
            if (!isEv.contains(it.key()))
                list << tr("%1: evidence %2 is no longer linked").arg(code, title(it.key()));
            else if (isEv.value(it.key()) != it.value())
                list << tr("%1: evidence %2 has new content").arg(code, title(it.key()));
        }
        for (auto it = isEv.constBegin(); it != isEv.constEnd(); ++it) {
            if (!wasEv.contains(it.key()))
                list << tr("%1: evidence %2 was linked").arg(code, title(it.key()));
        }
    }
    return list;
}

QString SignOffCoverage::describe(const StandardsSet &set, SignOff::Scope scope,
                                  const QString &target)
{
    switch (scope) {
    case SignOff::Scope::Whole:
        return tr("the whole self-assessment");
    case SignOff::Scope::Criterion:
        if (const std::optional<AssessableItem> item = set.findAssessable(target))
            return tr("criterion %1 (%2)").arg(item->code, item->title);
        break;
    case SignOff::Scope::Standard:
        for (const Domain &d : set.domains) {
            for (const Standard &s : d.standards) {
                if (s.id == target)
                    return tr("standard %1 (%2)").arg(s.code, s.title);
            }
        }
        break;
    case SignOff::Scope::Domain:
        for (const Domain &d : set.domains) {
            if (d.id == target)
                return tr("domain %1 (%2)").arg(d.code, d.title);
        }
        break;
    }
    return tr("%1 %2 (no longer in the standards set)").arg(signOffScopeToString(scope), target);
}

QHash<QString, SignOffCoverage::ItemSignOffs>
SignOffCoverage::byItem(const StandardsSet &set, const QList<SignOff> &signOffs)
{
    QHash<QString, ItemSignOffs> map;
    for (const SignOff &s : signOffs) {
        for (const QString &id : items(set, s.scope, s.target)) {
            ItemSignOffs &entry = map[id];
            (s.isVoid() ? entry.voided : entry.holding) << s;
        }
    }
    return map;
}

QStringList SignOffCoverage::ownedBy(const QStringList &items, const State &state,
                                     const QString &signer)
{
    // Owners are often written with their role ("Dr Priya Shah, Clinical Lead"): the name is
    // what comes before the first comma, and either form of the signer's name matches.
    const auto name = [](const QString &person) {
        return person.section(QLatin1Char(','), 0, 0).simplified();
    };
    QStringList owned;
    const QString who = signer.simplified();
    if (who.isEmpty())
        return owned;
    for (const QString &id : items) {
        const auto it = state.assessments.constFind(id);
        if (it == state.assessments.constEnd() || it->owner.trimmed().isEmpty())
            continue;
        const QString owner = it->owner.simplified();
        if (owner.compare(who, Qt::CaseInsensitive) == 0 ||
            name(owner).compare(name(who), Qt::CaseInsensitive) == 0)
            owned << id;
    }
    return owned;
}

} // namespace seqohs
