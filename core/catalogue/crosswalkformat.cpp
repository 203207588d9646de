#include "crosswalkformat.h"

#include "jsonsupport.h"
#include "standardsset.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace seqohs {

Expected<Crosswalk> CrosswalkFormat::read(const QByteArray &data, const QString &fileName)
{
    const Expected<QJsonObject> parsed = json::parseDocument(data, fileName);
    if (!parsed)
        return parsed.errors();
    const QJsonObject &root = *parsed;
    const QString path = QStringLiteral("$");
    json::SchemaReader schema(fileName);

    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != QLatin1String(FormatName)) {
        schema.error(json::member(path, QStringLiteral("format")),
                     format.isUndefined()
                         ? tr("The \"format\" field is missing")
                         : tr("This is not a crosswalk (format \"%1\")").arg(format.toString()),
                     format.toString() == QLatin1String("seqohs-standards")
                         ? tr("This is a standards set, not a crosswalk.")
                         : tr("A crosswalk starts with \"format\": \"seqohs-crosswalk\"."));
        return schema.errors();
    }
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    const double number = version.toDouble(std::nan(""));
    if (!version.isDouble() || number != std::floor(number) || number < 1) {
        schema.error(json::member(path, QStringLiteral("formatVersion")),
                     tr("\"formatVersion\" must be a whole number from 1"),
                     tr("This version reads format version %1.").arg(Crosswalk::FormatVersion));
        return schema.errors();
    }
    if (number > Crosswalk::FormatVersion) {
        schema.error(json::member(path, QStringLiteral("formatVersion")),
                     tr("The file was written by a newer version of seqohs-tracker (format "
                        "version %1; this version reads up to %2)")
                         .arg(QString::number(number, 'f', 0))
                         .arg(Crosswalk::FormatVersion),
                     tr("Update seqohs-tracker to load it."));
        return schema.errors();
    }

    schema.checkMembers(root, path,
                        {QStringLiteral("format"), QStringLiteral("formatVersion"),
                         QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("fromSet"),
                         QStringLiteral("toSet"), QStringLiteral("version"),
                         QStringLiteral("attribution"), QStringLiteral("mappings")});
    Crosswalk crosswalk;
    crosswalk.id = schema.identifier(root, path, QStringLiteral("id"));
    crosswalk.title = schema.string(root, path, QStringLiteral("title"), true);
    crosswalk.fromSetId = schema.identifier(root, path, QStringLiteral("fromSet"));
    crosswalk.toSetId = schema.identifier(root, path, QStringLiteral("toSet"));
    crosswalk.version = schema.string(root, path, QStringLiteral("version"), false);
    crosswalk.attribution = schema.string(root, path, QStringLiteral("attribution"), false);

    const QString mappingsPath = json::member(path, QStringLiteral("mappings"));
    const QJsonArray mappings = schema.array(root, path, QStringLiteral("mappings"), false);
    QHash<QPair<QString, QString>, QString> seen;
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        const auto object = schema.objectAt(mappings, mappingsPath, i);
        if (!object)
            continue;
        const QString at = json::index(mappingsPath, i);
        schema.checkMembers(*object, at,
                            {QStringLiteral("from"), QStringLiteral("to"),
                             QStringLiteral("relation"), QStringLiteral("note")});
        Crosswalk::Mapping mapping;
        mapping.from = schema.identifier(*object, at, QStringLiteral("from"));
        mapping.to = schema.identifier(*object, at, QStringLiteral("to"));
        mapping.note = schema.string(*object, at, QStringLiteral("note"), false);
        const QJsonValue relationValue = object->value(QStringLiteral("relation"));
        const QString relation = schema.string(*object, at, QStringLiteral("relation"), true);
        if (relationValue.isString() && !relation.trimmed().isEmpty()) {
            if (const auto parsedRelation = relationFromString(relation)) {
                mapping.relation = *parsedRelation;
            } else {
                schema.error(json::member(at, QStringLiteral("relation")),
                             tr("Unknown relation \"%1\"").arg(relation),
                             tr("Use equal, subset (the source covers part of the target), "
                                "superset (all of it and more) or intersect (they overlap)."));
            }
        }
        if (!mapping.from.isEmpty() && !mapping.to.isEmpty()) {
            const QPair<QString, QString> key(mapping.from, mapping.to);
            const auto it = seen.constFind(key);
            if (it != seen.constEnd()) {
                schema.error(at,
                             tr("The mapping from \"%1\" to \"%2\" is listed twice; it is "
                                "already at %3")
                                 .arg(mapping.from, mapping.to, *it),
                             tr("Keep one of them."));
            } else {
                seen.insert(key, at);
            }
        }
        crosswalk.mappings << mapping;
    }
    if (schema.hasErrors())
        return schema.errors();
    return crosswalk;
}

Expected<Crosswalk> CrosswalkFormat::readFile(const QString &path)
{
    const Expected<QByteArray> data = json::readFileBytes(path);
    if (!data)
        return data.errors();
    return read(*data, path);
}

QByteArray CrosswalkFormat::write(const Crosswalk &crosswalk)
{
    json::Writer w;
    w.beginObject();
    w.value(QStringLiteral("format"), QString::fromLatin1(FormatName));
    w.value(QStringLiteral("formatVersion"), Crosswalk::FormatVersion);
    w.value(QStringLiteral("id"), crosswalk.id);
    w.value(QStringLiteral("title"), crosswalk.title);
    w.value(QStringLiteral("fromSet"), crosswalk.fromSetId);
    w.value(QStringLiteral("toSet"), crosswalk.toSetId);
    if (!crosswalk.version.isEmpty())
        w.value(QStringLiteral("version"), crosswalk.version);
    if (!crosswalk.attribution.isEmpty())
        w.value(QStringLiteral("attribution"), crosswalk.attribution);
    w.beginArray(QStringLiteral("mappings"));
    for (const Crosswalk::Mapping &mapping : crosswalk.mappings) {
        w.beginObject();
        w.value(QStringLiteral("from"), mapping.from);
        w.value(QStringLiteral("to"), mapping.to);
        w.value(QStringLiteral("relation"), relationToString(mapping.relation));
        if (!mapping.note.isEmpty())
            w.value(QStringLiteral("note"), mapping.note);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

ErrorList CrosswalkFormat::validate(const Crosswalk &crosswalk, const StandardsSet &from,
                                    const StandardsSet &to, const QString &fileName)
{
    ErrorList errors;
    const QString path = QStringLiteral("$");
    if (crosswalk.fromSetId != from.id) {
        errors << Error{tr("The crosswalk maps from \"%1\", but it was checked against \"%2\"")
                            .arg(crosswalk.fromSetId, from.id),
                        fileName, json::member(path, QStringLiteral("fromSet")),
                        tr("Check it against the set it names.")};
    }
    if (crosswalk.toSetId != to.id) {
        errors << Error{tr("The crosswalk maps to \"%1\", but it was checked against \"%2\"")
                            .arg(crosswalk.toSetId, to.id),
                        fileName, json::member(path, QStringLiteral("toSet")),
                        tr("Check it against the set it names.")};
    }
    QSet<QString> fromIds;
    for (const AssessableItem &item : from.assessables())
        fromIds.insert(item.id);
    QSet<QString> toIds;
    for (const AssessableItem &item : to.assessables())
        toIds.insert(item.id);

    const QString mappingsPath = json::member(path, QStringLiteral("mappings"));
    for (qsizetype i = 0; i < crosswalk.mappings.size(); ++i) {
        const Crosswalk::Mapping &mapping = crosswalk.mappings.at(i);
        const QString at = json::index(mappingsPath, i);
        if (!fromIds.contains(mapping.from)) {
            errors << Error{
                tr("\"%1\" is not an assessable item of \"%2\"").arg(mapping.from, from.id),
                fileName, json::member(at, QStringLiteral("from")),
                tr("Use the id of a criterion, or of a standard without criteria.")};
        }
        if (!toIds.contains(mapping.to)) {
            errors << Error{tr("\"%1\" is not an assessable item of \"%2\"").arg(mapping.to, to.id),
                            fileName, json::member(at, QStringLiteral("to")),
                            tr("Use the id of a criterion, or of a standard without criteria.")};
        }
    }
    return errors;
}

} // namespace seqohs
