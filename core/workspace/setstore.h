#pragma once

#include "catalogue/standardsset.h"
#include "common/expected.h"
#include "reconfirmation.h"
#include "sethistoryentry.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <optional>

namespace seqohs {

class StorageKernel;

// The standards set the workspace follows, the sets it followed before with what was archived
// when it moved on, and the items flagged for a fresh look after a move (docs/migration.md).
class SetStore
{
    Q_DECLARE_TR_FUNCTIONS(SetStore)

public:
    struct Stored
    {
        QByteArray json;
        QString contentHash;
    };

    explicit SetStore(StorageKernel &kernel)
        : m_kernel(kernel)
    {
    }

    [[nodiscard]] Expected<Stored> current() const;
    [[nodiscard]] Status insertCurrent(const StandardsSet &set);
    [[nodiscard]] Status replaceCurrent(const StandardsSet &set);

    [[nodiscard]] Expected<QList<SetHistoryEntry>> history() const;
    [[nodiscard]] Expected<std::optional<QByteArray>> historicJson(qint64 historyId) const;
    // Archives the current set with its assessments, links and the items actions serve, under a
    // new history row whose id it returns; checks the archive holds every row before returning.
    [[nodiscard]] Expected<qint64> archiveCurrent(const QString &title, const QString &replacedBy,
                                                  const QString &crosswalkId,
                                                  const QDateTime &when);

    [[nodiscard]] Expected<QList<Reconfirmation>> reconfirmations() const;
    [[nodiscard]] Expected<std::optional<Reconfirmation>>
    reconfirmation(const QString &itemId) const;
    [[nodiscard]] Expected<QSet<QString>> flaggedItems() const;
    [[nodiscard]] Status flag(const Reconfirmation &flag);
    [[nodiscard]] Status clearFlag(const QString &itemId);
    [[nodiscard]] Status clearAllFlags();

    static QJsonArray sourcesJson(const QList<Reconfirmation::Source> &sources);

private:
    StorageKernel &m_kernel;
};

} // namespace seqohs
