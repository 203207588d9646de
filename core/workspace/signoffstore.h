#pragma once

#include "common/expected.h"
#include "signoff.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace seqohs {

class StorageKernel;

// The sign-offs of the self-assessment, oldest first.
class SignOffStore
{
    Q_DECLARE_TR_FUNCTIONS(SignOffStore)

public:
    explicit SignOffStore(StorageKernel &kernel)
        : m_kernel(kernel)
    {
    }

    [[nodiscard]] Expected<QList<SignOff>> all() const;
    [[nodiscard]] Expected<std::optional<SignOff>> find(qint64 id) const;
    // Whether any sign-off still holds: cheap, asked before every commit.
    [[nodiscard]] Expected<bool> anyHolding() const;
    // Stores a new sign-off and sets its id.
    [[nodiscard]] Status insert(SignOff &signOff);
    // Puts a removed sign-off back under its own id.
    [[nodiscard]] Status restore(const SignOff &signOff);
    [[nodiscard]] Status setVoided(qint64 id, const QDateTime &when, const QString &reason);
    [[nodiscard]] Status remove(qint64 id);

private:
    StorageKernel &m_kernel;
};

} // namespace seqohs
