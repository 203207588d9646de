#include "workspacefile.h"

#include "auditjson.h"
#include "catalogue/standardsformat.h"
#include "common/clock.h"
#include "profilestore.h"
#include "serviceprofile.h"
#include "setstore.h"
#include "sqlitekernel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace seqohs {

Expected<std::unique_ptr<StorageKernel>>
WorkspaceFile::create(const QString &path, const ServiceProfile &profile, const StandardsSet &set)
{
    if (profile.name.trimmed().isEmpty() && !QFileInfo::exists(path)) {
        return Error{tr("The service needs a name."), path, QString(),
                     tr("Give the name of the occupational health service.")};
    }
    Expected<std::unique_ptr<SqliteKernel>> kernel =
        SqliteKernel::create(path, [&](StorageKernel &k) -> Status {
            if (Status ok = ProfileStore(k).insert(profile); !ok)
                return ok;
            if (Status ok = SetStore(k).insertCurrent(set); !ok)
                return ok;
            if (Status ok = k.setMeta(QStringLiteral("workspace.created"),
                                      Clock::now().toUTC().toString(Qt::ISODateWithMs));
                !ok)
                return ok;
            QJsonObject after = AuditJson::of(profile);
            after.insert(QStringLiteral("standardsSet"), set.id);
            after.insert(QStringLiteral("standardsVersion"), set.version);
            after.insert(QStringLiteral("standardsHash"),
                         QString::fromLatin1(StandardsFormat::contentHash(set)));
            return k.audit(QStringLiteral("workspace.create"), QStringLiteral("workspace"),
                           QJsonObject(), after);
        });
    if (!kernel)
        return kernel.errors();
    return std::unique_ptr<StorageKernel>(std::move(*kernel));
}

Expected<std::unique_ptr<StorageKernel>> WorkspaceFile::open(const QString &path, bool readOnly)
{
    Expected<std::unique_ptr<SqliteKernel>> kernel = SqliteKernel::open(path, readOnly, false);
    if (!kernel)
        return kernel.errors();
    return std::unique_ptr<StorageKernel>(std::move(*kernel));
}

Expected<std::unique_ptr<StorageKernel>> WorkspaceFile::openCompanion(const QString &path)
{
    if (!SqliteKernel::isHeld(path)) {
        return Error{tr("The workspace is not open for editing in this program."), path, QString(),
                     tr("Open it first; a companion connection shares that lock.")};
    }
    Expected<std::unique_ptr<SqliteKernel>> kernel = SqliteKernel::open(path, false, true);
    if (!kernel)
        return kernel.errors();
    return std::unique_ptr<StorageKernel>(std::move(*kernel));
}

Expected<WorkspaceFile::FollowedSet> WorkspaceFile::followedSet(StorageKernel &kernel)
{
    Expected<SetStore::Stored> stored = SetStore(kernel).current();
    if (!stored)
        return stored.errors();
    Expected<StandardsSet> set = StandardsFormat::read(stored->json, kernel.location());
    if (!set.ok()) {
        ErrorList errors{Error{tr("The standards set stored in the workspace cannot be read."),
                               kernel.location(), QString(),
                               tr("Restore the workspace from a backup.")}};
        errors << set.errors();
        return errors;
    }
    return FollowedSet{std::move(*set), stored->contentHash};
}

} // namespace seqohs
