#include "servertables.h"

#include <QSqlQuery>

namespace seqohs {

namespace {

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '));
}

} // namespace

const QList<ServerTables::Table> &ServerTables::all()
{
    static const QList<Table> tables{
        {QStringLiteral("meta"), words("key value"), words("key")},
        {QStringLiteral("profile"),
         words("id name organisation sites serves_nhs extra_tags planned_assessment "
               "annual_return"),
         words("id")},
        {QStringLiteral("standards_set"), words("id set_id version content_hash json"),
         words("id")},
        {QStringLiteral("set_history"),
         words("id set_id version title content_hash json replaced replaced_by crosswalk_id"),
         words("id")},
        {QStringLiteral("blob"), words("id sha256 size"), words("id")},
        {QStringLiteral("blob_chunk"), words("blob_id seq data"), words("blob_id seq")},
        {QStringLiteral("evidence"),
         words("id kind title description owner document_date covers_from covers_to review_by "
               "added url statement personal_data"),
         words("id")},
        {QStringLiteral("evidence_version"),
         words("evidence_id version file_name blob_id added added_by"),
         words("evidence_id version")},
        {QStringLiteral("evidence_link"), words("evidence_id item_id note"),
         words("evidence_id item_id")},
        {QStringLiteral("assessment"),
         words("item_id result workflow narrative justification owner last_reviewed"),
         words("item_id")},
        {QStringLiteral("action"),
         words("id text item_id owner due status completed source recurrence follows answer"),
         words("id")},
        {QStringLiteral("snapshot"), words("name created json"), words("name")},
        {QStringLiteral("archived_assessment"),
         words("history_id item_id result workflow narrative justification owner "
               "last_reviewed"),
         words("history_id item_id")},
        {QStringLiteral("archived_link"), words("history_id evidence_id item_id note"),
         words("history_id evidence_id item_id")},
        {QStringLiteral("archived_action"), words("history_id action_id item_id"),
         words("history_id action_id")},
        {QStringLiteral("reconfirmation"),
         words("item_id history_id reason suggested_result sources flagged"), words("item_id")},
        {QStringLiteral("pack"),
         words("root_hash created file_name signer_fingerprint evidence_files audit_count "
               "audit_head kind base_root_hash contents"),
         words("root_hash")},
        {QStringLiteral("response"),
         words("id position pack_root_hash imported actions_added document"), words("id")},
        {QStringLiteral("signoff"),
         words("id scope target signer comment signed covered covered_hash voided void_reason"),
         words("id")},
        {QStringLiteral("assignment"), words("member scope_id"), words("member scope_id")},
        {QStringLiteral("audit"), words("seq at who what target before after prev_hash hash state"),
         words("seq")},
        {QStringLiteral("row_digest"), words("tbl k1 k2 k3 digest"), words("tbl k1 k2 k3")},
    };
    return tables;
}

QString ServerTables::selectSql(const Table &table)
{
    QStringList columns;
    for (const QString &c : table.columns)
        columns << quoted(c);
    QStringList key;
    for (const QString &c : table.key)
        key << quoted(c);
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(columns.join(QLatin1String(", ")), quoted(table.name), key.join(QLatin1String(", ")));
}

QString ServerTables::insertSql(const Table &table)
{
    QStringList columns;
    QStringList marks;
    for (const QString &c : table.columns) {
        columns << quoted(c);
        marks << QStringLiteral("?");
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(quoted(table.name), columns.join(QLatin1String(", ")),
             marks.join(QLatin1String(", ")));
}

QVariant ServerTables::valueAt(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return {};
    QVariant value = query.value(column);
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
        return QByteArray("");
    return value;
}

} // namespace seqohs
