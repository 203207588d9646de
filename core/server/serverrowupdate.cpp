#include "serverrowupdate.h"

#include "serverconnection.h"

#include <QSqlQuery>
#include <QStringList>

namespace seqohs {

Expected<ServerRowUpdate::Outcome>
ServerRowUpdate::update(ServerConnection &connection, const QString &table,
                        const QString &keyColumn, const QVariant &key, qint64 rowVersion,
                        const QList<QPair<QString, QVariant>> &values)
{
    const QString what = tr("Saving a change to %1").arg(table);
    QStringList assignments;
    QVariantList bound;
    for (const auto &[column, value] : values) {
        assignments << connection.quoted(column) + QStringLiteral(" = ?");
        bound << value;
    }
    bound << key << rowVersion;
    auto updated =
        connection.run(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ? AND row_version = ?")
                           .arg(connection.quoted(table), assignments.join(QLatin1String(", ")),
                                connection.quoted(keyColumn)),
                       bound, what);
    if (!updated)
        return updated.errors();
    if (updated->numRowsAffected() > 0)
        return Outcome::Updated;
    updated->finish();
    // Everyone may read every row, so what is read now is what the update saw.
    auto current = connection.run(QStringLiteral("SELECT row_version FROM %1 WHERE %2 = ?")
                                      .arg(connection.quoted(table), connection.quoted(keyColumn)),
                                  {key}, what);
    if (!current)
        return current.errors();
    if (!current->next())
        return Outcome::Removed;
    return current->value(0).toLongLong() == rowVersion ? Outcome::NotPermitted
                                                        : Outcome::ChangedElsewhere;
}

QString ServerRowUpdate::describe(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Updated:
        return tr("Saved.");
    case Outcome::ChangedElsewhere:
        return tr("Someone else changed this since you opened it; nothing was saved.");
    case Outcome::Removed:
        return tr("Someone else removed this since you opened it; nothing was saved.");
    case Outcome::NotPermitted:
        return tr("Your role does not allow you to change this; nothing was saved.");
    }
    return {};
}

} // namespace seqohs
