#pragma once

#include "storagekernel.h"

#include <QCoreApplication>
#include <memory>

QT_BEGIN_NAMESPACE
class QLockFile;
QT_END_NAMESPACE

struct sqlite3;

namespace seqohs {

class BlobStore;
class Checkpointer;

// The storage kernel for a workspace file (.seqohs, SQLite): the lock file beside it, the
// read-only look at the whole file before anything may write to it, the schema and its upgrades,
// write-ahead logging with its checkpointer, content kept as chunks in the file, SQLite's own
// checks and its backup API. Nothing outside this class and BlobStore knows the engine is SQLite.
class SqliteKernel final : public StorageKernel
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::SqliteKernel)

public:
    // Builds the new file under a temporary name with the current schema, runs initialise in the
    // same transaction (profile, standards set, first audit row), renames it into place and opens
    // it for writing. Fails, leaving nothing behind, when path exists.
    static Expected<std::unique_ptr<SqliteKernel>>
    create(const QString &path, const std::function<Status(StorageKernel &)> &initialise);

    // Opens an existing file after checking it read-only. A writer takes the lock (a companion
    // shares the lock this process holds) and upgrades an older file in one transaction.
    static Expected<std::unique_ptr<SqliteKernel>> open(const QString &path, bool readOnly,
                                                        bool companion);
    // Whether this process has path open for writing (a companion may then join it).
    static bool isHeld(const QString &path);

    ~SqliteKernel() override;

    BlobStore &blobs() override { return *m_blobs; }
    const BlobStore &blobs() const override { return *m_blobs; }
    [[nodiscard]] ErrorList engineProblems() const override;
    [[nodiscard]] Status backupTo(const QString &path) const override;
    [[nodiscard]] Status compact() override;
    void keepLogOnClose() override;
    [[nodiscard]] ErrorList rowProblems() const override;
    [[nodiscard]] Expected<std::unique_ptr<RowCursor>>
    scan(const QString &sql, const QVariantList &values, const QString &what) const override;

protected:
    [[nodiscard]] Status begin(const QString &what, Sync sync) override;
    [[nodiscard]] Status commit(const QString &what) override;
    void rollback(const QString &what) override;
    [[nodiscard]] Expected<RowSeal> sealRows(const QByteArray &previousState) override;
    [[nodiscard]] Expected<bool> unitTouched(const QStringList &tables) const override;

private:
    SqliteKernel(const QString &path, bool readOnly);
    static Expected<std::unique_ptr<SqliteKernel>> openChecked(const QString &path, bool readOnly,
                                                               std::unique_ptr<QLockFile> lock,
                                                               int fileVersion);
    [[nodiscard]] Status execSql(const QString &sql, const QString &what) const;
    void close();
    bool enterJournalMode();
    void leaveJournalMode();
    void startCheckpointer();

    QString m_connection;
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<BlobStore> m_blobs;
    std::unique_ptr<Checkpointer> m_checkpointer;
    Sync m_sync = Sync::AtCommit;
    // A bulk unit is being written through a rollback journal rather than the log.
    bool m_journalled = false;
};

} // namespace seqohs
